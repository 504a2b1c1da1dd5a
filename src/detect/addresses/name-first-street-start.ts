// Street name and type in one word: German, Dutch, Scandinavian, Finnish, Hungarian and
// Polish forms ("Hauptstraße", "Musterstr.", "Kerkstraat", "Storgatan").
const COMPOUND_NAME =
  /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{1,30}(?:straße|strasse|str\.|weg|gasse|platz|allee|damm|ufer|chaussee|straat|laan|gracht|plein|kade|singel|dijk|vej|gatan|vägen|gränd|veien|gata|katu|utca|ulica) $/u;
// A southern-European street type, then the name: "Via Roma", "Calle Mayor",
// "Avenida de Mayo", "Rua Augusta,".
const TYPE_FIRST_NAME =
  /(?<![\p{L}\p{N}])(?:Via|Viale|Piazza|Corso|Calle|Avenida|Paseo|Plaza|Carrer|Rua|Travessa|Largo|Rue|Chemin|Allée|Impasse|Quai) (?:(?:de|del|della|di|da|do|dos|das|la|le|les|des|du) ){0,2}\p{Lu}\p{L}*(?:['’-]\p{L}+)*(?: \p{Lu}\p{L}*(?:['’-]\p{L}+)*){0,3},? $/u;
const LONGEST_NAME = 64;
// Cheap tests first: most numbers at a clause end follow neither a type word nor a compound.
const TYPE_WORD = /(?:Via|Viale|Piazza|Corso|Calle|Avenida|Paseo|Plaza|Carrer|Rua|Travessa|Largo|Rue|Chemin|Allée|Impasse|Quai) /;
const COMPOUND_END = /(?:straße|strasse|str\.|weg|gasse|platz|allee|damm|ufer|chaussee|straat|laan|gracht|plein|kade|singel|dijk|vej|gatan|vägen|gränd|veien|gata|katu|utca|ulica) $/;

/**
 * Where a street name written before its house number starts, for the number at
 * `numberStart`: "Hauptstraße 5", "Musterstr. 12a", "Via Roma 10", "Rua Augusta, 100", as
 * in most of continental Europe and Latin America. -1 when no such name precedes it.
 */
export function nameFirstStreetStart(text: string, numberStart: number): number {
  const before = text.slice(Math.max(0, numberStart - LONGEST_NAME), numberStart);
  const compound = COMPOUND_END.test(before) ? COMPOUND_NAME.exec(before) : null;
  const name = compound ?? (TYPE_WORD.test(before) ? TYPE_FIRST_NAME.exec(before) : null);
  return name ? numberStart - before.length + name.index : -1;
}
