import { describe, expect, it } from "vitest";
import { findUnreadablePayload } from "./find-unreadable-payload.ts";

const BASE64 = "iVBORw0KGgo".repeat(30);

describe("findUnreadablePayload", () => {
  it.each([
    ["file_data", { file: { filename: "a.pdf", file_data: "JVBERi0=" } }, ["file", "file_data"], /a file's bytes \(file_data\)/],
    ["an audio part", { content: [{ type: "input_audio", input_audio: { data: "UklGRg==" } }] }, ["content", 0], /^audio /],
    ["a data: URL", { output: { image_url: "data:image/png;base64,AAAA" } }, ["output", "image_url"], /^image\/png data in a data: URL/],
    ["a data: URL without a media type", { note: "data:,Jane" }, ["note"], /^text\/plain data/],
    ["a long run of base64", { result: BASE64 }, ["result"], /^base64 data/],
  ])("finds %s, with its path", (_, value, path, message) => {
    const found = findUnreadablePayload(value);
    expect(found?.path).toEqual(path);
    expect(found?.message).toMatch(message);
    expect(found?.message).toMatch(/cannot be checked for PII, so Veilgate forwarded nothing/);
  });

  it("lets an image data: URL through where images are allowed, but no other data", () => {
    expect(findUnreadablePayload({ image_url: "data:image/png;base64,AAAA" }, { imageDataUrls: true })).toBeUndefined();
    expect(findUnreadablePayload({ image_url: "data:application/pdf;base64,AAAA" }, { imageDataUrls: true })?.message).toMatch(/^application\/pdf/);
  });

  it("skips opaque keys, and finds nothing in ordinary text", () => {
    expect(findUnreadablePayload({ encrypted_content: BASE64, text: "data: not a URL", id: "x" }, { opaqueKeys: new Set(["encrypted_content"]) })).toBeUndefined();
    expect(findUnreadablePayload({ stdout: `${"word ".repeat(100)}`, file_data: null, n: 4 })).toBeUndefined();
    expect(findUnreadablePayload({ stdout: `data:${"x;".repeat(200_000)}` })).toBeUndefined();
  });
});
