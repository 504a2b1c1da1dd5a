import { readFileSync } from "node:fs";

/** One labelled prompt of the shared corpus (fields the scorer reads are kept as they are). */
export interface CorpusRecord {
  id: string;
  text: string;
  pii: { type: string; value: string }[];
  decoys: { kind: string; value: string }[];
}

/** The corpus, loaded once: the records for scoring and their texts for timing. */
export interface Corpus {
  path: string;
  records: CorpusRecord[];
  texts: string[];
  /** Total UTF-8 bytes of all texts: the numerator of every MB/s figure. */
  bytes: number;
}

/** Reads a JSONL corpus (`{"id", "text", "pii", "decoys"}` per line). */
export function loadCorpus(path: string): Corpus {
  const records = readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as CorpusRecord);
  if (records.length === 0 || records.some((record) => typeof record.text !== "string")) {
    throw new Error(`${path}: expected JSON lines with a "text" field`);
  }
  const texts = records.map((record) => record.text);
  const bytes = texts.reduce((total, text) => total + Buffer.byteLength(text, "utf8"), 0);
  return { path, records, texts, bytes };
}
