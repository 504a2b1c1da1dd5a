import { isDeaValid } from "../checksums/dea-checksum.ts";
import { contextPattern } from "../context/context-pattern.ts";
import { type ContextRule, hasContext } from "../context/has-context.ts";
import { mentions } from "../context/mentions.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";

// Two letters (or a letter and "9") and seven digits standing alone: not glued to other
// letters or digits, not continued as "-01" (that is a member id's suffix).
const DEA_SHAPE = /[A-Za-z](?<![A-Za-z0-9][A-Za-z])[A-Za-z9]\d{7}(?![A-Za-z0-9]|[-.]\d)/g;

const DEA_CONTEXT: ContextRule = {
  pattern: contextPattern(["dea", "dea#", "drug enforcement", "controlled substance*", "narcotic*"]),
  before: 40,
  after: 20,
};

/**
 * DEA registration numbers: a registrant-type letter, the registrant's initial, and seven
 * digits whose last is the DEA check digit, next to a DEA word. One random value in ten
 * passes the check, and the shape is common for other codes, so context is required.
 */
export const deaRecognizer: Recognizer = {
  id: "dea",
  type: "DEA",
  find(input: NormalizedText): RecognizerMatch[] {
    // Without a DEA word anywhere (column headers included) nothing can qualify.
    if (!mentions(input, DEA_CONTEXT.pattern)) return [];
    const matches: RecognizerMatch[] = [];
    const text = input.text;
    DEA_SHAPE.lastIndex = 0;
    for (let match = DEA_SHAPE.exec(text); match; match = DEA_SHAPE.exec(text)) {
      const canonical = match[0].toUpperCase();
      if (!isDeaValid(canonical)) continue;
      const start = match.index;
      const end = start + canonical.length;
      if (!hasContext(input, start, end, DEA_CONTEXT)) continue;
      matches.push({ start, end, canonical, score: 0.9 });
    }
    return matches;
  },
};
