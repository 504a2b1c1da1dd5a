import { describe, expect, it } from "vitest";
import { readBounded } from "./read-bounded.ts";

async function* chunksOf(pieces: string[], onStop: () => void) {
  try {
    for (const piece of pieces) yield new TextEncoder().encode(piece);
  } finally {
    onStop();
  }
}

describe("readBounded", () => {
  it("reads a body to its end, UTF-8 split across chunks included", async () => {
    const bytes = new TextEncoder().encode('{"text":"émigré 😀"}');
    async function* split() {
      for (const byte of bytes) yield Uint8Array.of(byte);
    }
    expect(await readBounded(split(), 1024)).toBe('{"text":"émigré 😀"}');
  });

  it("refuses a body past the limit as the vendor's error and stops reading it", async () => {
    let stopped = false;
    const reading = readBounded(chunksOf(["a".repeat(600), "b".repeat(600), "c".repeat(600)], () => (stopped = true)), 1000);
    await expect(reading).rejects.toMatchObject({ code: "vendor_error" });
    expect(stopped).toBe(true);
  });
});
