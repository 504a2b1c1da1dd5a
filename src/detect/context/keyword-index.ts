import { derived } from "../derived.ts";
import type { NormalizedText } from "../types.ts";
import { characterSteps, DIGIT_THEN_LETTER, FOUR_DOTTED_GROUPS, LETTER_THEN_DIGIT, MAY_START, STATE } from "./character-steps.ts";

const idByKeyword = new Map<string, number>();
const keywordLengths: number[] = [];
/** For each keyword, the keyword sets (one per context pattern) it belongs to. */
const setsOfKeyword: number[][] = [];
let setCount = 0;

/** A context pattern's keywords, registered in the index. */
export interface KeywordSet {
  /** Number of the set, for `KeywordHits.mentioned`. */
  set: number;
  /** Each keyword's id, in the order given. */
  ids: number[];
}

/** Adds a pattern's lower-case `keywords` to the index (each keyword once) as a new set. */
export function registerKeywords(keywords: readonly string[]): KeywordSet {
  const set = setCount++;
  const ids = keywords.map((keyword) => {
    let id = idByKeyword.get(keyword);
    if (id === undefined) {
      id = keywordLengths.length;
      keywordLengths.push(keyword.length);
      setsOfKeyword.push([]);
      idByKeyword.set(keyword, id);
      compiled = null;
    }
    setsOfKeyword[id]?.push(set);
    return id;
  });
  return { set, ids };
}

/** The length of a registered keyword. */
export function keywordLength(id: number): number {
  return keywordLengths[id] ?? 0;
}

/**
 * Every registered keyword in one trie over lower-cased characters. Node 0 is the root.
 * ASCII edges live in one flat table over a compact alphabet: `column[code]` is the column
 * of an ASCII character that occurs in some keyword (a capital shares its lower case's
 * column), 0 for every other; `ascii[node * width + column]` is the child, 0 for none. The
 * rare other edges live in maps. The table is small (a few dozen columns, not 128) because
 * the walk runs on a cold CPU cache in the proxy, where each row it touches is a memory fetch.
 */
interface KeywordTrie {
  column: Uint8Array;
  width: number;
  ascii: Uint16Array | Uint32Array;
  other: Map<number, number>[];
  /** Id of the keyword ending at each node, or -1. */
  keywordAt: Int32Array;
  /** See `characterSteps`. */
  steps: Uint8Array;
}

const SHAPES = DIGIT_THEN_LETTER | LETTER_THEN_DIGIT | FOUR_DOTTED_GROUPS;

let compiled: KeywordTrie | null = null;

function compileTrie(): KeywordTrie {
  const nodes: { ascii: Map<number, number>; other: Map<number, number>; keyword: number }[] = [
    { ascii: new Map(), other: new Map(), keyword: -1 },
  ];
  const column = new Uint8Array(128);
  let width = 1;
  for (const [keyword, id] of idByKeyword) {
    let node = 0;
    for (let index = 0; index < keyword.length; index++) {
      const code = keyword.charCodeAt(index);
      const edges = code < 128 ? nodes[node]?.ascii : nodes[node]?.other;
      // Keywords are lower case; the walk never looks up a capital's own edge.
      if (code < 128 && column[code] === 0 && !(code >= 65 && code <= 90)) {
        column[code] = width;
        if (code >= 97 && code <= 122) column[code - 32] = width;
        width++;
      }
      let child = edges?.get(code);
      if (child === undefined) {
        child = nodes.length;
        nodes.push({ ascii: new Map(), other: new Map(), keyword: -1 });
        edges?.set(code, child);
      }
      node = child;
    }
    const last = nodes[node];
    if (last) last.keyword = id;
  }
  const ascii = nodes.length < 0x10000 ? new Uint16Array(nodes.length * width) : new Uint32Array(nodes.length * width);
  nodes.forEach((node, index) => {
    for (const [code, child] of node.ascii) {
      if (code >= 65 && code <= 90) continue;
      ascii[index * width + (column[code] ?? 0)] = child;
    }
  });
  return {
    column,
    width,
    ascii,
    other: nodes.map((node) => node.other),
    keywordAt: Int32Array.from(nodes, (node) => node.keyword),
    steps: characterSteps((code) => column[code] !== 0 && ascii[column[code] ?? 0] !== 0),
  };
}

/** Keyword occurrences in one input: `starts[i]` is where keyword `ids[i]` begins; sorted by start. */
export interface KeywordHits {
  starts: number[];
  ids: number[];
  /** Per keyword set: 1 when one of its keywords occurs. */
  mentioned: Uint8Array;
  /** How many keyword sets were registered when the text was walked; later ones are not in it. */
  known: number;
  /** The shapes of text seen on the way (`DIGIT_THEN_LETTER` …, see `characterSteps`), as bits. */
  shapes: number;
}

const lowerCodes = new Map<number, number>();

/** The lower-case code of a non-ASCII character, as `toLowerCase` gives it when that keeps it one character. */
function lowerCodeOf(code: number): number {
  let lower = lowerCodes.get(code);
  if (lower === undefined) {
    const folded = String.fromCharCode(code).toLowerCase();
    lower = folded.length === 1 ? folded.charCodeAt(0) : code;
    lowerCodes.set(code, lower);
  }
  return lower;
}

/**
 * Walks the text once, folding case as it goes. A keyword counts where it could start a
 * context word (the rule of `contextPattern`): no ASCII letter before it, or a camelCase
 * hump ("taxSsn"); keywords that start with a symbol ("⑆", "§") count anywhere. Notes on
 * the way which shapes of text occur (see `characterSteps`).
 */
function walk(text: string): KeywordHits {
  const trie = (compiled ??= compileTrie());
  const { column, width, ascii, other, keywordAt, steps } = trie;
  const hits: KeywordHits = { starts: [], ids: [], mentioned: new Uint8Array(setCount), known: setCount, shapes: 0 };
  const length = text.length;
  let before = 0;
  let seen = 0;
  for (let start = 0; start < length; start++) {
    const code = text.charCodeAt(start);
    let node: number;
    if (code < 128) {
      const step = steps[before * 128 + code] ?? 0;
      before = step & STATE;
      seen |= step;
      if ((step & MAY_START) === 0) continue;
      node = ascii[column[code] ?? 0] ?? 0;
    } else {
      before = 0;
      node = other[0]?.get(lowerCodeOf(code)) ?? 0;
      if (node === 0) continue;
    }
    for (let at = start + 1; ; at++) {
      const keyword = keywordAt[node] ?? -1;
      if (keyword !== -1) {
        hits.starts.push(start);
        hits.ids.push(keyword);
        for (const set of setsOfKeyword[keyword] ?? []) hits.mentioned[set] = 1;
      }
      if (at >= length) break;
      const next = text.charCodeAt(at);
      node = next < 128 ? (ascii[node * width + (column[next] ?? 0)] ?? 0) : (other[node]?.get(lowerCodeOf(next)) ?? 0);
      if (node === 0) break;
    }
  }
  hits.shapes = seen & SHAPES;
  return hits;
}

const walkInput = (input: NormalizedText): KeywordHits => walk(input.text);

/** Where every registered keyword occurs in the input, found in one walk and kept for the input. */
export function keywordHits(input: NormalizedText): KeywordHits {
  const hits = derived(input, walkInput);
  if (hits.known === setCount) return hits;
  // Keywords were registered after this input was walked (a rule pack compiled meanwhile).
  const fresh = walkInput(input);
  input.facts.set(walkInput, fresh);
  return fresh;
}

/** The input's keyword hits if the walk has run for it already, else undefined (nothing is walked). */
export function knownKeywordHits(input: NormalizedText): KeywordHits | undefined {
  return input.facts.get(walkInput) as KeywordHits | undefined;
}
