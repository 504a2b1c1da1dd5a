import { isAsciiLowerCode, isAsciiUpperCode } from "../char-codes.ts";

// Street types that end a one-word street name, and those written before the name.
const COMPOUND_TYPES = "straße|strasse|str\\.|weg|gasse|platz|allee|damm|ufer|chaussee|straat|laan|gracht|plein|kade|singel|dijk|vej|gatan|vägen|gränd|veien|gata|katu|utca|ulica";
const TYPES_BEFORE_NAME = "Via|Viale|Piazza|Corso|Calle|Avenida|Paseo|Plaza|Carrer|Rua|Travessa|Largo|Rue|Chemin|Allée|Impasse|Quai";
// Street name and type in one word: German, Dutch, Scandinavian, Finnish, Hungarian and
// Polish forms ("Hauptstraße", "Musterstr.", "Kerkstraat", "Storgatan").
const COMPOUND_NAME = new RegExp(`(?<![\\p{L}\\p{N}])\\p{Lu}\\p{Ll}{1,30}(?:${COMPOUND_TYPES}) $`, "u");
// A southern-European street type, then the name: "Via Roma", "Calle Mayor",
// "Avenida de Mayo", "Rua Augusta,".
const TYPE_FIRST_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${TYPES_BEFORE_NAME}) (?:(?:de|del|della|di|da|do|dos|das|la|le|les|des|du) ){0,2}\\p{Lu}\\p{L}*(?:['’-]\\p{L}+)*(?: \\p{Lu}\\p{L}*(?:['’-]\\p{L}+)*){0,3},? $`,
  "u",
);
const LONGEST_NAME = 64;
// Cheap tests first: most numbers at a clause end follow neither a type word nor a compound.
const TYPE_WORD = new RegExp(`(?:${TYPES_BEFORE_NAME}) `);
const COMPOUND_END = new RegExp(`(?:${COMPOUND_TYPES}) $`);

/**
 * Whether the text before the space at `spaceIndex` may end a street name, as both
 * patterns above require: a word that starts with a capital ("Roma", "Augusta,",
 * "Hauptstraße", "Musterstr."). A run of ASCII lower-case letters with anything but a
 * capital, a non-ASCII letter or a joiner before it ("in 2024", "step 3") is no such word.
 */
function mayEndStreetName(text: string, spaceIndex: number): boolean {
  if (text[spaceIndex] !== " ") return false;
  let index = spaceIndex - 1;
  if (text[index] === "," || text[index] === ".") index--;
  while (index >= 0 && isAsciiLowerCode(text.charCodeAt(index))) index--;
  if (index < 0) return false;
  const code = text.charCodeAt(index);
  return isAsciiUpperCode(code) || code >= 128 || code === 39 || code === 45 || code === 46;
}

/**
 * Where a street name written before its house number starts, for the number at
 * `numberStart`: "Hauptstraße 5", "Musterstr. 12a", "Via Roma 10", "Rua Augusta, 100", as
 * in most of continental Europe and Latin America. -1 when no such name precedes it.
 */
export function nameFirstStreetStart(text: string, numberStart: number): number {
  if (!mayEndStreetName(text, numberStart - 1)) return -1;
  const before = text.slice(Math.max(0, numberStart - LONGEST_NAME), numberStart);
  const compound = COMPOUND_END.test(before) ? COMPOUND_NAME.exec(before) : null;
  const name = compound ?? (TYPE_WORD.test(before) ? TYPE_FIRST_NAME.exec(before) : null);
  return name ? numberStart - before.length + name.index : -1;
}
