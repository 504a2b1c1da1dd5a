import { streetTypeOf } from "./street-type-of.ts";

/** A street name read after a house number: where it ends and how sure its type makes us. */
export interface StreetLine {
  end: number;
  /** "strong": Street, Ave, Close …; "weak": Green, View, "The X" …; "none": a bare name. */
  strength: "strong" | "weak" | "none";
}

// One word of a street name: capitalised ("Main", "O'Keefe", "MacGyver"), an ordinal
// ("5th"), a direction with a full stop ("N."), a lower-case particle ("Avenue of the
// Americas") or a French/Spanish/Italian street type written after the number ("rue").
const WORD =
  /[NSEW]\.(?= )|\p{Lu}\p{L}*(?:['’-]\p{L}+)*|\d{1,3}(?:st|nd|rd|th)(?![\p{L}\p{N}])|(?:of|the|de|la|le|du|des|del|da|di|dos|van|von|der|den)(?= )|(?:rue|avenue|boulevard|bd|place|allée|chemin|impasse|quai|route|via|viale|piazza|calle|rua|carrer)(?= )/uy;
const PARTICLES: ReadonlySet<string> = new Set("of the de la le du des del da di dos van von der den".split(" "));
const ROMANCE_TYPES: ReadonlySet<string> = new Set(
  "rue avenue boulevard bd place allée chemin impasse quai route via viale piazza calle rua carrer".split(" "),
);
const DIRECTIONS: ReadonlySet<string> = new Set("N S E W N. S. E. W. NE NW SE SW".split(" "));
const NAME_WORD = /^(?:\p{Lu}\p{Ll}|\d)/u;
const MAX_WORDS = 6;

interface Word {
  text: string;
  end: number;
}

function readWords(text: string, from: number): Word[] {
  const words: Word[] = [];
  let index = from;
  while (words.length < MAX_WORDS) {
    WORD.lastIndex = index;
    const word = WORD.exec(text)?.[0];
    if (!word) break;
    words.push({ text: word, end: index + word.length });
    index += word.length;
    if (text[index] !== " ") break;
    index++;
  }
  // A name never ends in a particle or a bare direction's full stop.
  while (words.length > 0 && PARTICLES.has(words[words.length - 1]?.text ?? "")) words.pop();
  return words;
}

/** The street line from the first to the `last` word, with a post-directional ("NW") kept. */
function lineThrough(words: readonly Word[], last: number, strength: StreetLine["strength"]): StreetLine {
  const next = words[last + 1];
  const end = next && DIRECTIONS.has(next.text) ? next.end : (words[last]?.end ?? 0);
  return { end, strength };
}

/** Index of the first strong street type at or after `from`, reached over name words only, or -1. */
function laterStrongType(words: readonly Word[], from: number): number {
  for (let index = from; index < words.length; index++) {
    const word = words[index]?.text ?? "";
    if (streetTypeOf(word) === "strong") return index;
    if (!NAME_WORD.test(word)) return -1;
  }
  return -1;
}

/**
 * Reads the street name that starts at `from`, just after a house number and a space:
 * up to the first street type after at least one name word ("Main St", "W 5th Street",
 * "Veterans Memorial Drive", "Park Lane Court"), or past a weak one to a strong one ("Lake
 * Shore Drive"), "The" and a name ("The Ridgeway"), a
 * French-style "rue de la Paix", or, failing those, up to three capitalised words.
 * Null when no name follows.
 */
export function readStreetLine(text: string, from: number): StreetLine | null {
  const words = readWords(text, from);
  const first = words[0];
  if (!first) return null;
  if (ROMANCE_TYPES.has(first.text)) return words.length > 1 ? lineThrough(words, words.length - 1, "strong") : null;
  if (first.text === "The") {
    const name = words[1];
    if (!name || PARTICLES.has(name.text)) return null;
    const typed = words[2] && streetTypeOf(words[2].text) ? 2 : 1;
    return lineThrough(words, typed, streetTypeOf(name.text) === "strong" || typed === 2 ? "strong" : "weak");
  }
  for (let index = 1; index < words.length; index++) {
    const type = streetTypeOf(words[index]?.text ?? "");
    if (!type) continue;
    // "Lake Shore Drive", "Mill Creek Road": a weak type ("Lake", "Creek") is often part of
    // the name of a street whose own type comes later, after capitalised words only.
    if (type === "weak") {
      const strongAt = laterStrongType(words, index + 1);
      if (strongAt !== -1) return lineThrough(words, strongAt, "strong");
    }
    // "Park Lane Court": a second type right at the end of the name belongs to it.
    const endingType = index + 1 === words.length - 1 ? streetTypeOf(words[index + 1]?.text ?? "") : null;
    const strength = type === "strong" || endingType === "strong" ? "strong" : "weak";
    return lineThrough(words, endingType ? index + 1 : index, strength);
  }
  // A bare name is words like "Waterside" or "West View", not codes ("IDs", "API").
  const named = words.filter((word) => !PARTICLES.has(word.text));
  if (named.length > 3 || !named.every((word) => NAME_WORD.test(word.text))) return null;
  return lineThrough(words, words.length - 1, "none");
}
