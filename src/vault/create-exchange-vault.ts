import type { Finding } from "../detect/types.ts";
import type { PlaceholderTagger } from "./create-placeholder-tagger.ts";

/**
 * The placeholders of one exchange (one request and its answer) and the values behind them.
 * It lives only as long as the exchange; nothing in it is written anywhere.
 */
export interface ExchangeVault {
  /** Replaces each finding's span in `text` with its placeholder. Findings must be sorted and disjoint. */
  tokenize(text: string, findings: readonly Finding[]): string;
  /** The placeholder for one value, found as `finding` (its span is not read); counted as `tokenize` counts. */
  tokenizeValue(value: string, finding: Finding): string;
  /** The original value for a placeholder issued by this vault, else undefined. */
  lookup(placeholder: string): string | undefined;
  /** Findings tokenized so far, per entity type. */
  readonly counts: ReadonlyMap<string, number>;
  /** Ids of the rules whose findings were tokenized (recognizer ids, e.g. `us-ssn`). */
  readonly ruleIds: ReadonlySet<string>;
  /** Every placeholder issued so far with its original value: for break-glass sealing only, never for logs. */
  entries(): IterableIterator<[string, string]>;
}

export function createExchangeVault(options: { tagger: PlaceholderTagger }): ExchangeVault {
  const placeholderByKey = new Map<string, string>();
  const valueByPlaceholder = new Map<string, string>();
  const counts = new Map<string, number>();
  const ruleIds = new Set<string>();

  const placeholderFor = (finding: Finding, original: string): string => {
    const key = `${finding.type}\u0000${finding.canonical}`;
    const known = placeholderByKey.get(key);
    if (known) return known;
    // Two values meeting on one tag is rare (30 bits); the next attempt keeps both restorable.
    for (let attempt = 0; ; attempt++) {
      const placeholder = `[${finding.type}_${options.tagger(finding.type, finding.canonical, attempt)}]`;
      if (valueByPlaceholder.has(placeholder)) continue;
      placeholderByKey.set(key, placeholder);
      valueByPlaceholder.set(placeholder, original);
      return placeholder;
    }
  };

  const tokenizeValue = (value: string, finding: Finding): string => {
    counts.set(finding.type, (counts.get(finding.type) ?? 0) + 1);
    ruleIds.add(finding.rule);
    return placeholderFor(finding, value);
  };

  return {
    tokenize(text, findings) {
      if (findings.length === 0) return text;
      let output = "";
      let cursor = 0;
      for (const finding of findings) {
        output += text.slice(cursor, finding.start) + tokenizeValue(text.slice(finding.start, finding.end), finding);
        cursor = finding.end;
      }
      return output + text.slice(cursor);
    },
    tokenizeValue,
    lookup: (placeholder) => valueByPlaceholder.get(placeholder),
    counts,
    ruleIds,
    entries: () => valueByPlaceholder.entries(),
  };
}
