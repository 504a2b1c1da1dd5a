// Lower-case; a capitalised run right before one of these names a street, place, company or
// something else named after a person.
const WORDS = new Set([
  // Streets and places
  "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "way", "row", "close",
  "court", "ct", "place", "pl", "boulevard", "blvd", "terrace", "crescent", "fields", "gardens",
  "garth", "park", "square", "sq", "mews", "walk", "grove", "rise", "green", "parade", "highway",
  "hwy", "parkway", "pkwy", "circle", "cir", "trail", "loop", "pike", "wharf", "quay", "yard",
  "hill", "heights", "falls", "valley", "beach", "bay", "island", "islands", "county", "city",
  "town", "village", "bridge", "square", "center", "centre", "mall", "plaza", "station", "airport",
  "harbour", "harbor", "port", "point", "ridge", "springs", "lake", "river", "mountain", "bank",
  // Organisations
  "inc", "llc", "ltd", "plc", "corp", "corporation", "co", "company", "gmbh", "ag", "sa", "bv",
  "pty", "group", "holdings", "partners", "associates", "sons", "brothers", "bros", "labs",
  "technologies", "systems", "solutions", "services", "consulting", "capital", "ventures",
  "media", "studio", "studios", "foundation", "institute", "university", "college", "school",
  "academy", "hospital", "clinic", "pharmacy", "health", "healthcare", "insurance", "financial",
  "bank", "trust", "fund", "law", "llp", "agency", "hotel", "restaurant", "cafe", "shoes",
  "stadium", "arena", "theatre", "theater", "museum", "library", "church", "cathedral", "air",
  "airlines", "airways", "lines", "motors", "pharmaceuticals", "energy", "telecom", "mobile",
  // Eponyms
  "doctrine", "plan", "act", "effect", "law", "laws", "principle", "theorem", "prize", "award",
  "medal", "memorial", "tower", "building", "lecture", "fellowship", "scholarship", "trophy",
  "cup", "syndrome", "disease", "disorder", "lymphoma", "sarcoma", "palsy", "sign", "reflex",
  "maneuver", "manoeuvre", "scale", "score", "criteria", "classification", "test", "index",
  "method", "algorithm", "equation", "constant", "distribution", "curve", "paradox", "problem",
  "conjecture", "lemma", "transform", "series", "cipher", "procedure", "operation", "comet",
  "rule", "razor", "notation", "formula",
  // Polities, eras and events
  "empire", "kingdom", "republic", "dynasty", "era", "war", "wars", "army", "navy", "district",
  "province", "state", "festival", "conference", "club", "fc", "united",
]);

/**
 * Whether a lower-cased word, right after a capitalised run, shows the run names a thing: a
 * street, place or organisation ("Balmoral Road", "Lincoln Park", "Kulas Group", "Mayo
 * Clinic"), a polity or event ("Roman Empire", "Boston Conference") or an eponym ("Monroe Doctrine", "Hodgkin Lymphoma", "Newton's laws").
 */
export function isNamedThingWord(lowerCaseWord: string): boolean {
  return WORDS.has(lowerCaseWord);
}
