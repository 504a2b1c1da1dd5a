import { describe, expect, it } from "vitest";
import type { Finding } from "../detect/types.ts";
import { createExchangeVault } from "./create-exchange-vault.ts";
import { createPlaceholderTagger } from "./create-placeholder-tagger.ts";
import { PLACEHOLDER_PATTERN } from "./placeholder-format.ts";

const secret = new Uint8Array(32).fill(1);
const finding = (text: string, value: string, canonical: string, type: Finding["type"] = "US_SSN"): Finding => {
  const start = text.indexOf(value);
  return { type, start, end: start + value.length, canonical, score: 1, rule: "test" };
};

describe("placeholder tagger", () => {
  it("is deterministic per caller and unlinkable across callers", () => {
    const mine = createPlaceholderTagger({ serverSecret: secret, callerId: "key_a" });
    const again = createPlaceholderTagger({ serverSecret: secret, callerId: "key_a" });
    const theirs = createPlaceholderTagger({ serverSecret: secret, callerId: "key_b" });
    expect(mine("US_SSN", "536221234", 0)).toBe(again("US_SSN", "536221234", 0));
    expect(mine("US_SSN", "536221234", 0)).not.toBe(theirs("US_SSN", "536221234", 0));
    expect(mine("US_SSN", "536221234", 0)).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/);
  });

  it("depends on the server secret", () => {
    const one = createPlaceholderTagger({ serverSecret: secret, callerId: "key_a" });
    const other = createPlaceholderTagger({ serverSecret: new Uint8Array(32).fill(2), callerId: "key_a" });
    expect(one("EMAIL", "a@b.example", 0)).not.toBe(other("EMAIL", "a@b.example", 0));
  });
});

describe("exchange vault", () => {
  it("tokenizes spans, reuses a value's placeholder, and restores the first spelling", () => {
    const vault = createExchangeVault({ tagger: createPlaceholderTagger({ serverSecret: secret, callerId: "k" }) });
    const text = "SSN 536-22-1234 or 536 22 1234.";
    const first = finding(text, "536-22-1234", "536221234");
    const second = finding(text, "536 22 1234", "536221234");
    const redacted = vault.tokenize(text, [first, second]);
    const placeholders = redacted.match(PLACEHOLDER_PATTERN)!;
    expect(placeholders).toHaveLength(2);
    expect(placeholders[0]).toBe(placeholders[1]);
    expect(redacted).toBe(`SSN ${placeholders[0]} or ${placeholders[0]}.`);
    expect(vault.lookup(placeholders[0]!)).toBe("536-22-1234");
    expect(vault.counts.get("US_SSN")).toBe(2);
    expect(vault.lookup("[US_SSN_000000]")).toBeUndefined();
  });

  it("keeps two values apart even when their tags collide", () => {
    const collidingTagger = (_type: string, _canonical: string, attempt: number) => `AAAAA${attempt}`;
    const vault = createExchangeVault({ tagger: collidingTagger });
    const text = "111-22-3333 and 444-55-6666";
    const redacted = vault.tokenize(text, [finding(text, "111-22-3333", "111223333"), finding(text, "444-55-6666", "444556666")]);
    expect(redacted).toBe("[US_SSN_AAAAA0] and [US_SSN_AAAAA1]");
    expect(vault.lookup("[US_SSN_AAAAA0]")).toBe("111-22-3333");
    expect(vault.lookup("[US_SSN_AAAAA1]")).toBe("444-55-6666");
  });
});
