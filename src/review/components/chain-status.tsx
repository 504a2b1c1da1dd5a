import type { ChainVerification } from "../../audit/chain-verification.ts";

const number = new Intl.NumberFormat("en-US");

/** The chain's verification, as a badge: green with counts, or red naming the first tampered entry. */
export function ChainStatus(props: { chain: ChainVerification }) {
  const { chain } = props;
  if (!chain.ok) {
    return (
      <a class="chain bad" href={`/review/entries/${chain.problem.seq}`} title={chain.problem.message} data-chain="broken">
        Chain broken: entry #{chain.problem.seq} {chain.problem.kind.replace("_", " ")}
      </a>
    );
  }
  const signed = chain.lastCheckpointSeq === null ? "no checkpoint yet" : `signed through #${chain.lastCheckpointSeq}`;
  return (
    <span class="chain ok" title={`Head ${chain.headHash}`} data-chain="verified">
      Chain verified · {number.format(chain.entries)} entries · {signed}
    </span>
  );
}
