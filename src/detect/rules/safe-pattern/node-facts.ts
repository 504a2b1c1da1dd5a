import { type CharSet, EVERY_CHARACTER, NO_CHARACTER, union } from "./char-set.ts";
import type { RegexNode } from "./regex-node.ts";

/** What a node can match, as far as backtracking is concerned. */
export interface NodeFacts {
  /** Whether it can match the empty string. */
  nullable: boolean;
  /** Characters a non-empty match can start with. */
  first: CharSet;
  /** Longest match, in characters (Infinity when unbounded). */
  maxLength: number;
}

const factsByNode = new WeakMap<RegexNode, NodeFacts>();
const ZERO_WIDTH: NodeFacts = { nullable: true, first: NO_CHARACTER, maxLength: 0 };

function computeFacts(node: RegexNode): NodeFacts {
  switch (node.kind) {
    case "characters":
      return { nullable: false, first: node.set, maxLength: 1 };
    case "assertion":
    case "lookaround":
      return ZERO_WIDTH;
    case "backreference":
      return { nullable: true, first: EVERY_CHARACTER, maxLength: Infinity };
    case "sequence": {
      const facts = node.items.map(nodeFacts);
      const firsts: CharSet[] = [];
      for (const item of facts) {
        firsts.push(item.first);
        if (!item.nullable) break;
      }
      return {
        nullable: facts.every((item) => item.nullable),
        first: union(...firsts),
        maxLength: facts.reduce((sum, item) => sum + item.maxLength, 0),
      };
    }
    case "alternation": {
      const facts = node.alternatives.map(nodeFacts);
      return {
        nullable: facts.some((item) => item.nullable),
        first: union(...facts.map((item) => item.first)),
        maxLength: Math.max(...facts.map((item) => item.maxLength)),
      };
    }
    case "repeat": {
      const body = nodeFacts(node.body);
      if (node.max === 0) return ZERO_WIDTH;
      return {
        nullable: node.min === 0 || body.nullable,
        first: body.first,
        maxLength: body.maxLength === 0 ? 0 : node.max * body.maxLength,
      };
    }
  }
}

/** The facts of a node, computed once per node. */
export function nodeFacts(node: RegexNode): NodeFacts {
  let facts = factsByNode.get(node);
  if (!facts) {
    facts = computeFacts(node);
    factsByNode.set(node, facts);
  }
  return facts;
}
