// Words inside surnames: "van der Berg", "de la Cruz", "bin Salman", "da Silva", and the Irish
// "Ó" ("Tomás Ó Briain"), the one capitalised particle, a lone capital the word scan skips.
const PARTICLES = new Set([
  "van", "von", "der", "den", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "la",
  "le", "ter", "ten", "bin", "binti", "bint", "ibn", "al", "el", "y", "e", "af", "zu", "st", "Ó",
]);

/** Whether a lower-case word can sit between the capitalised words of one name. */
export function isNameParticle(word: string): boolean {
  return PARTICLES.has(word);
}
