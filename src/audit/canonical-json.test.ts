import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json.ts";

describe("canonicalJson", () => {
  it("sorts keys at every depth and writes no whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: "x" } })).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  it("gives the same text whatever order fields were set in", () => {
    expect(canonicalJson({ time: "t", kind: "k", nested: { b: 2, a: 1 } })).toBe(canonicalJson({ nested: { a: 1, b: 2 }, kind: "k", time: "t" }));
  });

  it("orders keys by UTF-16 code units and escapes like JSON.stringify", () => {
    expect(canonicalJson({ "é": 1, Z: 2, a: 3, "\u{1F600}": 4 })).toBe(`{"Z":2,"a":3,"é":1,"\u{1F600}":4}`);
    expect(canonicalJson("line\nquote\" \u2028 \ud800")).toBe(JSON.stringify("line\nquote\" \u2028 \ud800"));
    expect(canonicalJson([1.5, -0, 1e21, 0.1])).toBe("[1.5,0,1e+21,0.1]");
  });

  it("leaves out undefined fields and refuses values JSON cannot hold exactly", () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(() => canonicalJson([undefined])).toThrow(TypeError);
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ a: 1n })).toThrow(TypeError);
  });
});
