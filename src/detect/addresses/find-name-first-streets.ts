/** A street line written name first, [start, end): "Hauptstraße 5", "Via Roma 10". */
export interface NameFirstStreet {
  start: number;
  end: number;
}

// Street name and type in one word, then the number: German, Dutch, Scandinavian, Finnish,
// Hungarian and Polish forms ("Hauptstraße 5", "Musterstr. 12a", "Kerkstraat 12").
const COMPOUND =
  /\p{Lu}(?<![\p{L}\p{N}]\p{Lu})\p{Ll}{1,30}(?:straße|strasse|str\.|weg|gasse|platz|allee|damm|ufer|chaussee|straat|laan|gracht|plein|kade|singel|dijk|vej|gatan|vägen|gränd|veien|gata|katu|tie|utca|ulica)(?: \d{1,4}[a-z]?(?:-\d{1,4})?)(?![\p{L}\p{N}])/gu;
// A southern-European street type, then the name, then the number: "Via Roma 10",
// "Calle Mayor 5", "Avenida de Mayo 1370", "Rua Augusta, 100".
const TYPE_FIRST =
  /(?<![\p{L}\p{N}])(?:Via|Viale|Piazza|Corso|Calle|Avenida|Paseo|Plaza|Carrer|Rua|Travessa|Largo|Rue|Chemin|Allée|Impasse|Quai) (?:(?:de|del|della|di|da|do|dos|das|la|le|les|des|du)\s){0,2}\p{Lu}\p{L}*(?:['’-]\p{L}+)*(?: \p{Lu}\p{L}*(?:['’-]\p{L}+)*){0,3},? \d{1,4}[a-z]?(?![\p{L}\p{N}])/gu;

/**
 * Street lines written name first, then the house number, as in most of continental
 * Europe and Latin America. The number must end the line or a clause, so "Plaza Hotel 5
 * stars" is not taken for an address.
 */
export function findNameFirstStreets(text: string): NameFirstStreet[] {
  const streets: NameFirstStreet[] = [];
  for (const pattern of [COMPOUND, TYPE_FIRST]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const end = match.index + match[0].length;
      if (!/^(?:$|[\r\n,;:!?)"'\]|.])/.test(text.slice(end, end + 1))) continue;
      streets.push({ start: match.index, end });
    }
  }
  return streets;
}
