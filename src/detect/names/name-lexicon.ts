import type { PersonEntryDefinition } from "@faker-js/faker";
import { FAKER_NAME_LOCALES } from "./faker-name-locales.ts";
import { GIVEN_NAMES_FAKER_LACKS, SURNAMES_FAKER_LACKS } from "./names-faker-lacks.ts";

/** Bit flags of what a word is known as: a given name, a surname, or both. */
export const GIVEN_NAME = 1;
export const SURNAME = 2;

let kindsByWord: Map<string, number> | null = null;

/** Every name of a faker entry, whether it is a plain list or split by sex. */
function namesOf(entries: PersonEntryDefinition<string> | null | undefined): readonly string[] {
  if (!entries) return [];
  return [...(entries.generic ?? []), ...(entries.female ?? []), ...(entries.male ?? [])];
}

function addNames(kinds: Map<string, number>, names: readonly string[], kind: number): void {
  for (const name of names) {
    // "Mary Ann", "Adam Perl": each capitalised word is a name; particles ("de", "van") are not.
    for (const word of name.split(" ")) {
      if (word.length < 2 || word[0] === word[0]?.toLowerCase()) continue;
      const key = word.toLowerCase();
      kinds.set(key, (kinds.get(key) ?? 0) | kind);
    }
  }
}

function buildLexicon(): Map<string, number> {
  const kinds = new Map<string, number>();
  for (const locale of FAKER_NAME_LOCALES) {
    const person = locale.person;
    if (!person) continue;
    addNames(kinds, namesOf(person.first_name), GIVEN_NAME);
    addNames(kinds, namesOf(person.middle_name), GIVEN_NAME);
    addNames(kinds, namesOf(person.last_name), SURNAME);
  }
  addNames(kinds, GIVEN_NAMES_FAKER_LACKS.flatMap((line) => line.split(" ")), GIVEN_NAME);
  addNames(kinds, SURNAMES_FAKER_LACKS.flatMap((line) => line.split(" ")), SURNAME);
  return kinds;
}

/**
 * What a lower-cased word is known as in the name lexicon: `GIVEN_NAME | SURNAME` flags,
 * 0 when unknown. The lexicon holds about 40,000 given names and surnames from faker's
 * cased-script locales (plus `names-faker-lacks.ts`); it is built on first use, in a few
 * milliseconds, so importing the detector costs nothing until a name is looked for.
 */
export function nameKindOf(lowerCaseWord: string): number {
  kindsByWord ??= buildLexicon();
  return kindsByWord.get(lowerCaseWord) ?? 0;
}
