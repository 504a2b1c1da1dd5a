import { describe, expect, it } from "vitest";
import { isStreamedResponse, type StreamedAnswer, type StreamedResponse, streamedResponseOf } from "./streamed-response.ts";

const streamedOf = (body: StreamedAnswer): StreamedResponse => ({ kind: "streamed", status: 200, headers: { "content-type": "text/event-stream" }, body });

describe("streamedResponseOf", () => {
  it("sends every piece as UTF-8 and ends with the answer", async () => {
    const pieces = ["data: é\n\n", "data: [DONE]\n\n"];
    const response = streamedResponseOf(streamedOf({ next: async () => pieces.shift() ?? null, cancel: async () => undefined }), () => undefined);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    expect(await response.text()).toBe("data: é\n\ndata: [DONE]\n\n");
  });

  it("reports a failure escaping the answer and errors the stream", async () => {
    const broken = new Error("a bug past the answer's own error handling");
    const failures: unknown[] = [];
    const response = streamedResponseOf(streamedOf({ next: () => Promise.reject(broken), cancel: async () => undefined }), (error) => failures.push(error));
    await expect(response.text()).rejects.toBe(broken);
    expect(failures).toEqual([broken]);
  });
});

describe("isStreamedResponse", () => {
  it("tells a streamed response from a finished one", () => {
    expect(isStreamedResponse(streamedOf({ next: async () => null, cancel: async () => undefined }))).toBe(true);
    expect(isStreamedResponse(new Response("{}"))).toBe(false);
  });
});
