import { type CharSet, NOT_LINE_TERMINATOR, EVERY_CHARACTER, charSet, foldCase } from "./char-set.ts";
import { parseCharacterClass } from "./parse-character-class.ts";
import { parseEscape } from "./parse-regex-escape.ts";
import { type RegexCursor, UnsupportedRegexSyntax, readCodePoint } from "./regex-cursor.ts";
import type { RegexNode } from "./regex-node.ts";

const QUANTIFIER = /\*|\+|\?|\{(\d+)(,(\d*))?\}/y;

function characters(cursor: RegexCursor, set: CharSet): RegexNode {
  return { kind: "characters", set: cursor.ignoreCase ? foldCase(set) : set };
}

function parseGroup(cursor: RegexCursor): RegexNode {
  const start = cursor.index;
  const source = cursor.source;
  const opening = /\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/y;
  opening.lastIndex = start;
  const head = opening.exec(source)?.[0] ?? "(";
  if (head === "(" && source[start + 1] === "?") {
    throw new UnsupportedRegexSyntax(`unsupported group syntax at offset ${start}`);
  }
  cursor.index += head.length;
  const body = parseDisjunction(cursor);
  if (source[cursor.index] !== ")") throw new UnsupportedRegexSyntax(`unclosed group at offset ${start}`);
  cursor.index++;
  const lookaround = ["(?=", "(?!", "(?<=", "(?<!"].includes(head);
  if (!lookaround) return body;
  const text = source.slice(start, cursor.index);
  return { kind: "lookaround", behind: head.startsWith("(?<"), body, offset: start, text };
}

function parseAtom(cursor: RegexCursor): RegexNode {
  const start = cursor.index;
  const character = cursor.source[start];
  switch (character) {
    case "^":
    case "$":
      cursor.index++;
      return { kind: "assertion" };
    case ".":
      cursor.index++;
      return characters(cursor, cursor.dotAll ? EVERY_CHARACTER : NOT_LINE_TERMINATOR);
    case "(":
      return parseGroup(cursor);
    case "[":
      return characters(cursor, parseCharacterClass(cursor));
    case "\\": {
      cursor.index++;
      const escape = parseEscape(cursor, false);
      if (escape.kind === "characters") return characters(cursor, escape.set);
      if (escape.kind === "assertion") return escape;
      return { kind: "backreference", offset: start, text: cursor.source.slice(start, cursor.index) };
    }
    default: {
      const code = readCodePoint(cursor);
      return characters(cursor, charSet([[code, code]]));
    }
  }
}

function parseTerm(cursor: RegexCursor): RegexNode {
  const start = cursor.index;
  const atom = parseAtom(cursor);
  QUANTIFIER.lastIndex = cursor.index;
  const quantifier = QUANTIFIER.exec(cursor.source);
  if (!quantifier) return atom;
  cursor.index += quantifier[0].length;
  if (cursor.source[cursor.index] === "?") cursor.index++;
  const [symbol, low, comma, high] = quantifier;
  const min = symbol === "+" ? 1 : low === undefined ? 0 : Number(low);
  const max = symbol === "?" ? 1 : low === undefined || (comma !== undefined && high === "") ? Infinity : Number(high ?? low);
  return { kind: "repeat", body: atom, min, max, offset: start, text: cursor.source.slice(start, cursor.index) };
}

function parseAlternative(cursor: RegexCursor): RegexNode {
  const items: RegexNode[] = [];
  while (cursor.index < cursor.source.length && cursor.source[cursor.index] !== "|" && cursor.source[cursor.index] !== ")") {
    items.push(parseTerm(cursor));
  }
  return items.length === 1 && items[0] ? items[0] : { kind: "sequence", items };
}

function parseDisjunction(cursor: RegexCursor): RegexNode {
  const start = cursor.index;
  const alternatives = [parseAlternative(cursor)];
  while (cursor.source[cursor.index] === "|") {
    cursor.index++;
    alternatives.push(parseAlternative(cursor));
  }
  if (alternatives.length === 1 && alternatives[0]) return alternatives[0];
  return { kind: "alternation", alternatives, offset: start, text: cursor.source.slice(start, cursor.index) };
}

/**
 * Parses a JavaScript regular expression that `new RegExp(source, flags)` already accepted
 * into the tree the safe-pattern check walks. Throws `UnsupportedRegexSyntax` for what it
 * does not model (the caller rejects the pattern rather than guess).
 */
export function parseRegex(source: string, flags: string): RegexNode {
  const cursor: RegexCursor = { source, index: 0, unicode: flags.includes("u"), ignoreCase: flags.includes("i"), dotAll: flags.includes("s") };
  const tree = parseDisjunction(cursor);
  if (cursor.index !== source.length) throw new UnsupportedRegexSyntax(`unexpected "${source[cursor.index]}" at offset ${cursor.index}`);
  return tree;
}
