// Street types that make "<number> <Name> <type>" an address by themselves (USPS
// Publication 28 suffixes and their usual abbreviations, and common UK types).
const STRONG = new Set([
  ...["street", "st", "str", "avenue", "ave", "av", "road", "rd", "boulevard", "blvd", "drive", "dr", "drv"],
  ...["lane", "ln", "court", "ct", "crt", "pl", "terrace", "ter", "terr", "circle", "cir", "parkway", "pkwy"],
  ...["highway", "hwy", "close", "crescent", "cres", "gardens", "gdns", "mews", "grove", "square", "sq"],
  ...["trail", "trl", "alley", "aly", "plaza", "plz", "expressway", "expy", "freeway", "fwy", "turnpike"],
  ...["tpke", "pike", "wynd", "drove", "copse", "brae", "garth", "esplanade", "embankment", "causeway"],
]);

// Types that are also everyday words ("Green", "View", "Bank"): an address only with
// another sign, such as an address label, a unit, or a town and postcode after it.
const WEAK = new Set([
  ...["way", "place", "hill", "hills", "rise", "mead", "bank", "green", "mount", "fields", "field", "orchard"],
  ...["vale", "view", "heights", "hts", "ridge", "glen", "dale", "path", "run", "crossing", "xing", "commons"],
  ...["cove", "hollow", "knoll", "landing", "manor", "meadow", "meadows", "villas", "gate", "chase", "croft"],
  ...["nook", "end", "park", "passage", "wharf", "quay", "yard", "parade", "walk", "row", "loop", "spur"],
  ...["route", "rte", "bypass", "point", "pt", "center", "ctr", "estate", "crest", "broadway"],
  ...["side", "approach", "mall", "market", "pass", "station", "summit", "valley", "village", "brook", "acres"],
]);

/** How much a street type says: "strong" (Street, Ave, Close …), "weak" (Green, View …) or null. */
export function streetTypeOf(word: string): "strong" | "weak" | null {
  const key = word.replace(/\.$/, "").toLowerCase();
  if (STRONG.has(key)) return "strong";
  return WEAK.has(key) ? "weak" : null;
}
