/**
 * Titles put before a name: "Mr", "Dr.", "Prof", "Mx", "Frau" … and the clinical shorthand
 * "Pt" (patient). Lower-case, without the full stop ("Dr." and "Dr" both count). Whatever
 * follows one is read as a name even when the lexicon does not know it.
 */
export const HONORIFICS: readonly string[] = [
  "mr", "mrs", "ms", "mx", "miss", "mister", "madam", "madame", "mme", "mlle", "sir", "dame",
  "lady", "lord", "dr", "doctor", "prof", "professor", "rev", "reverend", "fr", "father",
  "sr", "sister", "br", "brother", "herr", "frau", "sra", "srta", "dona", "señor",
  "señora", "capt", "captain", "col", "colonel", "lt", "sgt", "sergeant", "hon", "judge",
  "justice", "rabbi", "imam", "pastor", "nurse", "pt",
];
