import { derived } from "../derived.ts";
import { lowerCaseText } from "../lower-case-text.ts";
import type { NormalizedText } from "../types.ts";

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
 * Every registered keyword in one trie over lower-cased characters. Node 0 is the root;
 * ASCII edges live in a flat table (`ascii[node * 128 + code]`, 0 for none), the rare
 * others in maps.
 */
interface KeywordTrie {
  ascii: Int32Array;
  other: Map<number, number>[];
  /** Id of the keyword ending at each node, or -1. */
  keywordAt: Int32Array;
}

let compiled: KeywordTrie | null = null;

function compileTrie(): KeywordTrie {
  const nodes: { ascii: Map<number, number>; other: Map<number, number>; keyword: number }[] = [
    { ascii: new Map(), other: new Map(), keyword: -1 },
  ];
  for (const [keyword, id] of idByKeyword) {
    let node = 0;
    for (let index = 0; index < keyword.length; index++) {
      const code = keyword.charCodeAt(index);
      const edges = code < 128 ? nodes[node]?.ascii : nodes[node]?.other;
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
  const ascii = new Int32Array(nodes.length * 128);
  nodes.forEach((node, index) => {
    for (const [code, child] of node.ascii) ascii[index * 128 + code] = child;
  });
  return {
    ascii,
    other: nodes.map((node) => node.other),
    keywordAt: Int32Array.from(nodes, (node) => node.keyword),
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
}

const isAsciiLetter = (code: number): boolean => (code | 32) >= 97 && (code | 32) <= 122;

/**
 * Walks the text once. A keyword counts where it could start a context word (the rule of
 * `contextPattern`): no ASCII letter before it, or a camelCase hump ("taxSsn"); keywords
 * that start with a symbol ("⑆", "§") count anywhere.
 */
function walk(text: string, lower: string): KeywordHits {
  const trie = (compiled ??= compileTrie());
  const { ascii, other, keywordAt } = trie;
  const hits: KeywordHits = { starts: [], ids: [], mentioned: new Uint8Array(setCount), known: setCount };
  let previous = 0;
  for (let start = 0; start < lower.length; start++) {
    const code = text.charCodeAt(start);
    const letterAfterLetter = isAsciiLetter(code) && isAsciiLetter(previous) && !(previous >= 97 && code <= 90);
    previous = code;
    if (letterAfterLetter) continue;
    let node = 0;
    for (let at = start; at < lower.length; at++) {
      const next = lower.charCodeAt(at);
      node = next < 128 ? (ascii[node * 128 + next] ?? 0) : (other[node]?.get(next) ?? 0);
      if (node === 0) break;
      const keyword = keywordAt[node] ?? -1;
      if (keyword !== -1) {
        hits.starts.push(start);
        hits.ids.push(keyword);
        for (const set of setsOfKeyword[keyword] ?? []) hits.mentioned[set] = 1;
      }
    }
  }
  return hits;
}

function walkInput(input: NormalizedText): KeywordHits | null {
  const lower = lowerCaseText(input);
  return lower === null ? null : walk(input.text, lower);
}

/**
 * Where every registered keyword occurs in the input, found in one walk over its
 * lower-cased text and kept for the input; null when lower-casing changed the text's
 * length (see `lowerCaseText`), and callers search another way.
 */
export function keywordHits(input: NormalizedText): KeywordHits | null {
  const hits = derived(input, walkInput);
  if (hits === null || hits.known === setCount) return hits;
  // Keywords were registered after this input was walked (a rule pack compiled meanwhile).
  const fresh = walkInput(input);
  input.facts.set(walkInput, fresh);
  return fresh;
}
