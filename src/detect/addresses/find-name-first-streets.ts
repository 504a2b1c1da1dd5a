/** A street line written name first, [start, end): "Hauptstraße 5", "Via Roma 10". */
export interface NameFirstStreet {
  start: number;
  end: number;
}

// The end of a name-and-type word, then the number: German, Dutch, Scandinavian, Finnish,
// Hungarian and Polish forms ("Hauptstraße 5", "Musterstr. 12a", "Kerkstraat 12"). Found
// by the type, which is a literal the engine can search for; the name is read backwards.
const COMPOUND_TYPE =
  /(?:straße|strasse|str\.|weg|gasse|platz|allee|damm|ufer|chaussee|straat|laan|gracht|plein|kade|singel|dijk|vej|gatan|vägen|gränd|veien|gata|katu|tie|utca|ulica) \d{1,4}[a-z]?(?:-\d{1,4})?(?![\p{L}\p{N}])/gu;
// A southern-European street type, then the name, then the number: "Via Roma 10",
// "Calle Mayor 5", "Avenida de Mayo 1370", "Rua Augusta, 100".
const TYPE_FIRST =
  /(?:Via|Viale|Piazza|Corso|Calle|Avenida|Paseo|Plaza|Carrer|Rua|Travessa|Largo|Rue|Chemin|Allée|Impasse|Quai) (?:(?:de|del|della|di|da|do|dos|das|la|le|les|des|du) ){0,2}\p{Lu}\p{L}*(?:['’-]\p{L}+)*(?: \p{Lu}\p{L}*(?:['’-]\p{L}+)*){0,3},? \d{1,4}[a-z]?(?![\p{L}\p{N}])/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LOWER_CASE = /\p{Ll}/u;
const UPPER_CASE = /\p{Lu}/u;
const MAX_NAME = 30;
// The number must end the line or a clause: "Plaza Hotel 5 stars" is no address.
const CLAUSE_END = /^(?:$|[\r\n,;:!?)"'\]|.])/;

/** Start of the capitalised word that ends at `typeStart` ("Haupt" of "Hauptstraße"), or -1. */
function compoundNameStart(text: string, typeStart: number): number {
  let start = typeStart;
  while (start > 0 && typeStart - start < MAX_NAME && LOWER_CASE.test(text[start - 1] ?? "")) start--;
  if (start === typeStart || start === 0 || !UPPER_CASE.test(text[start - 1] ?? "")) return -1;
  return LETTER_OR_DIGIT.test(text[start - 2] ?? "") ? -1 : start - 1;
}

/**
 * Street lines written name first, then the house number, as in most of continental
 * Europe and Latin America. The number must end the line or a clause.
 */
export function findNameFirstStreets(text: string): NameFirstStreet[] {
  const streets: NameFirstStreet[] = [];
  COMPOUND_TYPE.lastIndex = 0;
  for (let match = COMPOUND_TYPE.exec(text); match; match = COMPOUND_TYPE.exec(text)) {
    const start = compoundNameStart(text, match.index);
    const end = match.index + match[0].length;
    if (start !== -1 && CLAUSE_END.test(text.slice(end, end + 1))) streets.push({ start, end });
  }
  TYPE_FIRST.lastIndex = 0;
  for (let match = TYPE_FIRST.exec(text); match; match = TYPE_FIRST.exec(text)) {
    const end = match.index + match[0].length;
    if (LETTER_OR_DIGIT.test(text[match.index - 1] ?? "") || !CLAUSE_END.test(text.slice(end, end + 1))) {
      TYPE_FIRST.lastIndex = match.index + 1;
      continue;
    }
    streets.push({ start: match.index, end });
  }
  return streets;
}
