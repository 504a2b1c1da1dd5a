import { beforeAll, describe, expect, it } from "vitest";
import { sampleExchangeRecord } from "../../test/support/sample-exchange-record.ts";
import { createSodiumSecretBox } from "../runtime/node/create-sodium-secret-box.ts";
import { createMemoryExchangeLog } from "./create-memory-exchange-log.ts";
import { createValueMapSealer, type ValueMapSealer } from "./create-value-map-sealer.ts";
import { revealPlaceholder } from "./reveal-placeholder.ts";

let sealer: ValueMapSealer;
beforeAll(async () => {
  sealer = createValueMapSealer(await createSodiumSecretBox({ currentKey: new Uint8Array(32).fill(5) }));
});
const now = () => new Date("2026-03-20T00:00:00.000Z");

function sealedExchange() {
  const log = createMemoryExchangeLog();
  const record = sampleExchangeRecord(1);
  log.append({ ...record, sealedValueMap: sealer.seal([["[US_SSN_AAAAA1]", "123-45-6789"]], record) });
  const reveal = (placeholder: string) =>
    revealPlaceholder({ log, sealer, now }, { seq: 1, placeholder, justification: "incident 42: checking what this field held", actorKeyId: "key_auditor", requestId: "r" });
  const reveals = () => log.recentAdminActions(10).filter((action) => action.action === "audit.reveal");
  return { reveal, reveals };
}

describe("revealPlaceholder", () => {
  it("reveals only the map's own placeholders: Object.prototype names are not issued, and are not logged", () => {
    const { reveal, reveals } = sealedExchange();
    for (const placeholder of ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty"]) {
      expect(reveal(placeholder), placeholder).toMatchObject({ revealed: false, reason: "unknown_placeholder" });
    }
    expect(reveals()).toEqual([]);
    expect(reveal("[US_SSN_AAAAA1]")).toEqual({ revealed: true, value: "123-45-6789" });
    expect(reveals()).toHaveLength(1);
  });

  it("refuses a justification over 2000 characters, wherever the reveal comes from, and logs nothing", () => {
    const log = createMemoryExchangeLog();
    const record = sampleExchangeRecord(1);
    log.append({ ...record, sealedValueMap: sealer.seal([["[US_SSN_AAAAA1]", "123-45-6789"]], record) });
    const decision = revealPlaceholder({ log, sealer, now }, { seq: 1, placeholder: "[US_SSN_AAAAA1]", justification: "x".repeat(2001), actorKeyId: "key_auditor", requestId: "r" });
    expect(decision).toMatchObject({ revealed: false, reason: "justification_too_long" });
    expect(log.recentAdminActions(10)).toEqual([]);
  });
});

