import { describe, expect, it } from "vitest";
import { inlineCodeSpans } from "./inline-code-spans.ts";

const spans = (text: string) => inlineCodeSpans(text).map((span) => text.slice(span.start, span.end));

describe("inlineCodeSpans", () => {
  it("pairs single and double backticks on one line", () => {
    expect(spans("call `Anna()` or ``a ` b`` now")).toEqual(["`Anna()`", "``a ` b``"]);
  });

  it("opens no span at a fence, across a line break or without a partner", () => {
    expect(spans("```\nAnna Smith\n```")).toEqual([]);
    expect(spans("a `b\nc` d")).toEqual([]);
    expect(spans("it`s Anna")).toEqual([]);
  });
});
