import { en } from "@faker-js/faker";

/** A country, US state or continent (`region`), or a city (`city`). */
export type PlaceKind = "region" | "city";

let placeKinds: Map<string, PlaceKind> | null = null;

function addPlaces(kinds: Map<string, PlaceKind>, places: readonly string[] | null | undefined, kind: PlaceKind): void {
  for (const place of places ?? []) {
    // "South Africa", "Aliso Viejo": every word; a region wins over a city of the same name.
    for (const word of place.toLowerCase().split(/[\s,()-]+/)) {
      if (word.length >= 3 && kinds.get(word) !== "region") kinds.set(word, kind);
    }
  }
}

function buildPlaces(): Map<string, PlaceKind> {
  const kinds = new Map<string, PlaceKind>();
  addPlaces(kinds, en.location?.country, "region");
  addPlaces(kinds, en.location?.state, "region");
  addPlaces(kinds, en.location?.continent, "region");
  addPlaces(kinds, en.location?.city_name, "city");
  return kinds;
}

/**
 * Whether a lower-cased word is (part of) a place name in faker's English location data:
 * about 250 countries, the US states, the continents and 900 US cities. A place that is not
 * also a known name ("Toronto", "Nigeria") is never part of a person's name; one that is
 * ("Georgia", "Jordan") only with a second signal.
 */
export function placeKindOf(lowerCaseWord: string): PlaceKind | null {
  placeKinds ??= buildPlaces();
  return placeKinds.get(lowerCaseWord) ?? null;
}
