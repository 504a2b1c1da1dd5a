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
// another sign, such as an address label, a unit, or a town and postcode after it. The
// rest of USPS Publication 28's suffixes and the usual British ones.
const WEAK = new Set([
  ...["acres", "approach", "bank", "branch", "bridge", "broadway", "brook", "brooks", "brow", "burg"],
  ...["burgs", "bypass", "camp", "canyon", "cape", "center", "centers", "chase", "circles", "cliff"],
  ...["cliffs", "club", "common", "commons", "corner", "corners", "course", "courts", "cove", "coves"],
  ...["creek", "crest", "croft", "crossing", "crossroad", "ctr", "curve", "dale", "dam", "divide"],
  ...["drives", "end", "estate", "estates", "extension", "extensions", "fall", "falls", "ferry"],
  ...["field", "fields", "flat", "flats", "fold", "ford", "fords", "forest", "forge", "forges", "fork"],
  ...["forks", "fort", "garden", "gate", "gateway", "glade", "glen", "glens", "grange", "green"],
  ...["greens", "groves", "harbor", "harbors", "haven", "heights", "hill", "hills", "hollow", "hts"],
  ...["inlet", "island", "islands", "isle", "junction", "junctions", "key", "keys", "knoll", "knolls"],
  ...["lake", "lakes", "land", "landing", "lea", "light", "lights", "loaf", "lock", "locks", "lodge"],
  ...["loop", "mall", "manor", "manors", "market", "mead", "meadow", "meadows", "mill", "mills"],
  ...["mission", "motorway", "mount", "mountain", "mountains", "neck", "nook", "orchard", "oval"],
  ...["overpass", "paddock", "parade", "park", "parks", "parkways", "pass", "passage", "path", "pine"],
  ...["pines", "place", "plain", "plains", "point", "points", "port", "ports", "prairie", "pt", "quay"],
  ...["radial", "ramp", "ranch", "rapid", "rapids", "rest", "ridge", "ridges", "rise", "river", "roads"],
  ...["route", "row", "rte", "rue", "run", "shoal", "shoals", "shore", "shores", "side", "skyway"],
  ...["spring", "springs", "spur", "spurs", "squares", "station", "stravenue", "stream", "streets"],
  ...["summit", "throughway", "trace", "track", "trafficway", "tunnel", "underpass", "union", "unions"],
  ...["vale", "valley", "valleys", "via", "viaduct", "view", "views", "village", "villages", "villas"],
  ...["ville", "vista", "walk", "walks", "wall", "way", "ways", "well", "wells", "wharf", "wood"],
  ...["xing", "yard"],
]);

/** How much a street type says: "strong" (Street, Ave, Close …), "weak" (Green, View …) or null. */
export function streetTypeOf(word: string): "strong" | "weak" | null {
  const key = (word.endsWith(".") ? word.slice(0, -1) : word).toLowerCase();
  if (STRONG.has(key)) return "strong";
  return WEAK.has(key) ? "weak" : null;
}
