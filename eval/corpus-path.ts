import { resolve } from "node:path";

/** The shared development corpus, beside the project (`../shared/corpus/`): eval's default, and bench's. */
export const DEFAULT_CORPUS_PATH = resolve(import.meta.dirname, "../../shared/corpus/dev-42.jsonl");
