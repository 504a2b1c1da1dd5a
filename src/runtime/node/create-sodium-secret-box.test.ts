import { describe, expect, it } from "vitest";
import { createSodiumSecretBox } from "./create-sodium-secret-box.ts";

const key = (fill: number) => new Uint8Array(32).fill(fill);

describe("sodium secret box", () => {
  it("round-trips, hides the plaintext, and binds the associated data", async () => {
    const box = await createSodiumSecretBox({ currentKey: key(1) });
    const sealed = box.seal("sk-live-abc123", "vendor-key:openai");
    expect(sealed).toMatch(/^v1\.[0-9a-f]{16}\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain("sk-live");
    expect(box.open(sealed, "vendor-key:openai")).toBe("sk-live-abc123");
    expect(() => box.open(sealed, "vendor-key:anthropic")).toThrow();
    expect(box.seal("same", "ad")).not.toBe(box.seal("same", "ad"));
  });

  it("opens old ciphertexts after a rotation and refuses unknown keys", async () => {
    const old = await createSodiumSecretBox({ currentKey: key(1) });
    const sealed = old.seal("secret", "ad");
    const rotated = await createSodiumSecretBox({ currentKey: key(2), previousKeys: [key(1)] });
    expect(rotated.open(sealed, "ad")).toBe("secret");
    expect(rotated.keyIdOf(sealed)).toBe(old.currentKeyId);
    expect(rotated.currentKeyId).not.toBe(old.currentKeyId);
    const stranger = await createSodiumSecretBox({ currentKey: key(3) });
    expect(() => stranger.open(sealed, "ad")).toThrow(/does not have/);
  });

  it("detects tampering", async () => {
    const box = await createSodiumSecretBox({ currentKey: key(1) });
    const sealed = box.seal("secret", "ad");
    const parts = sealed.split(".");
    const flipped = parts[3]!.startsWith("A") ? `B${parts[3]!.slice(1)}` : `A${parts[3]!.slice(1)}`;
    expect(() => box.open([...parts.slice(0, 3), flipped].join("."), "ad")).toThrow();
  });
});
