import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json.ts";

/** RFC 8785's rules for JSON values, written out plainly: the reference the fast path must match. */
function reference(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(reference).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const object = value as Record<string, unknown>;
    const fields = Object.keys(object)
      .sort()
      .filter((key) => object[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${reference(object[key])}`);
    return `{${fields.join(",")}}`;
  }
  return JSON.stringify(value);
}

/** JSON values whose keys include array indexes, "__proto__" and keys that sort unlike insertion order. */
const awkwardKey = fc.constantFrom("0", "1", "10", "9", "01", "4294967295", "__proto__", "é", "Z", "a", "\u{1F600}", "", "toString");
const jsonWithAwkwardKeys = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, fc.jsonValue({ maxDepth: 2 }), tie("object"), fc.array(tie("value"), { maxLength: 4 })),
  object: fc.array(fc.tuple(fc.oneof(awkwardKey, fc.string({ maxLength: 4 })), tie("value")), { maxLength: 6 }).map((entries) => {
    const object: Record<string, unknown> = {};
    for (const [key, child] of entries) Object.defineProperty(object, key, { value: child, enumerable: true, configurable: true, writable: true });
    return object;
  }),
})).value;

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

  it("writes exactly what the plain reference writes, for any JSON value (fast path and slow path alike)", () => {
    fc.assert(
      fc.property(jsonWithAwkwardKeys, (value) => {
        expect(canonicalJson(value)).toBe(reference(value));
      }),
      { seed: 20261129, numRuns: 2000 },
    );
  });

  it("keeps a \"__proto__\" field and array-index keys in code-unit order", () => {
    const parsed = JSON.parse('{"__proto__":{"b":1,"a":2},"10":"x","9":"y","b":[{"2":0,"10":1}]}') as unknown;
    expect(canonicalJson(parsed)).toBe('{"10":"x","9":"y","__proto__":{"a":2,"b":1},"b":[{"10":1,"2":0}]}');
  });

  it("calls toJSON as JSON.stringify does, e.g. for dates", () => {
    expect(canonicalJson({ at: new Date("2026-11-29T00:00:00Z"), n: 1 })).toBe('{"at":"2026-11-29T00:00:00.000Z","n":1}');
  });
});

