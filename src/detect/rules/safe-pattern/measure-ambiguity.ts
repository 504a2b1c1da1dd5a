import { type CharSet, NO_CHARACTER, intersects, union } from "./char-set.ts";
import { nodeFacts } from "./node-facts.ts";
import type { RegexNode } from "./regex-node.ts";

/** How many ways a pattern can match at one position, and what makes it unsafe. */
export interface Ambiguity {
  /** Upper bound on the paths a backtracking engine explores from one start position. */
  paths: number;
  /** Longest stretch a lookaround reads, in characters. */
  lookaroundReach: number;
  /** Sources of the quantifiers and alternations that can match the same text two ways. */
  ambiguous: string[];
  /** Reasons to reject the pattern outright (nesting, backreferences, unbounded repeats). */
  problems: string[];
}

function hasVariableRepeat(node: RegexNode): boolean {
  switch (node.kind) {
    case "repeat":
      return node.min !== node.max || hasVariableRepeat(node.body);
    case "sequence":
      return node.items.some(hasVariableRepeat);
    case "alternation":
      return node.alternatives.some(hasVariableRepeat);
    case "lookaround":
      return hasVariableRepeat(node.body);
    default:
      return false;
  }
}

/**
 * Walks the pattern with, for each node, the characters that may follow it. A choice is
 * ambiguous when more than one branch can take the next character: an alternation whose
 * alternatives start alike, or a variable repeat whose next iteration starts like what
 * follows it. Ambiguous choices multiply the paths; inside a repeat they multiply once per
 * iteration (exponential), which is always rejected.
 */
export function measureAmbiguity(root: RegexNode): Ambiguity {
  const result: Ambiguity = { paths: 1, lookaroundReach: 0, ambiguous: [], problems: [] };

  function walk(node: RegexNode, follow: CharSet): number {
    switch (node.kind) {
      case "characters":
      case "assertion":
        return 1;
      case "backreference":
        result.problems.push(`backreference ${node.text} at offset ${node.offset}: not allowed (matching one costs more than any bound)`);
        return 1;
      case "lookaround": {
        if (node.behind && hasVariableRepeat(node.body)) {
          result.problems.push(`lookbehind ${node.text} at offset ${node.offset} must have a fixed length: no variable repeat inside`);
        }
        result.lookaroundReach = Math.max(result.lookaroundReach, nodeFacts(node.body).maxLength);
        return walk(node.body, NO_CHARACTER);
      }
      case "sequence": {
        const follows: CharSet[] = [];
        let after = follow;
        for (let index = node.items.length - 1; index >= 0; index--) {
          follows[index] = after;
          const facts = nodeFacts(node.items[index] as RegexNode);
          after = facts.nullable ? union(facts.first, after) : facts.first;
        }
        return node.items.reduce((paths, item, index) => paths * walk(item, follows[index] ?? follow), 1);
      }
      case "alternation": {
        const paths = node.alternatives.map((alternative) => walk(alternative, follow));
        const starts = node.alternatives.map((alternative) => {
          const facts = nodeFacts(alternative);
          return facts.nullable ? union(facts.first, follow) : facts.first;
        });
        const overlap = starts.some((start, index) => starts.some((other, otherIndex) => otherIndex > index && intersects(start, other)));
        if (!overlap) return Math.max(...paths);
        result.ambiguous.push(node.text);
        return paths.reduce((sum, count) => sum + count, 0);
      }
      case "repeat": {
        const body = nodeFacts(node.body);
        const repeats = node.max > 1;
        let inner = walk(node.body, repeats ? union(body.first, follow) : follow);
        if (repeats && inner > 1) {
          // Listed first: it is the reason a reader most needs to see.
          result.problems.unshift(
            `${node.text} at offset ${node.offset} repeats something that can match the same text in more than one way (nested quantifiers or overlapping alternatives): it backtracks exponentially`,
          );
          inner = 1;
        }
        if (node.max === Infinity) {
          result.problems.push(`${node.text} at offset ${node.offset} is unbounded: give it an upper limit, e.g. {1,64} instead of + or *`);
        }
        if (node.min === node.max || !intersects(body.first, follow)) return inner;
        result.ambiguous.push(node.text);
        return inner * (node.max - node.min + 1);
      }
    }
  }

  result.paths = walk(root, NO_CHARACTER);
  return result;
}
