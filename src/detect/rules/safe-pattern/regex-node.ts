import type { CharSet } from "./char-set.ts";

/**
 * A regular expression as the safe-pattern check sees it. Groups disappear (capturing
 * does not change how a pattern backtracks); everything that consumes one character is a
 * `characters` node with the set it accepts.
 */
export type RegexNode =
  | { kind: "characters"; set: CharSet }
  /** `^`, `$`, `\b`, `\B`: zero-width, consume nothing. */
  | { kind: "assertion" }
  | { kind: "sequence"; items: RegexNode[] }
  | { kind: "alternation"; alternatives: RegexNode[]; offset: number; text: string }
  | { kind: "lookaround"; behind: boolean; body: RegexNode; offset: number; text: string }
  /** A quantified atom; `max` is Infinity for `*`, `+` and `{n,}`. `text` is its source. */
  | { kind: "repeat"; body: RegexNode; min: number; max: number; offset: number; text: string }
  /** `\1` or `\k<name>`: never allowed, kept only to name it in the error. */
  | { kind: "backreference"; offset: number; text: string };
