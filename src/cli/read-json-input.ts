import { readFileSync } from "node:fs";

/** Parses JSON from a file, or from stdin when the path is `-`; the error names the source. */
export function readJsonInput(path: string | undefined, what: string): unknown {
  if (!path) throw new Error(`${what} needs a JSON FILE (or - for stdin)`);
  const source = path === "-" ? "stdin" : path;
  try {
    return JSON.parse(readFileSync(path === "-" ? 0 : path, "utf8")) as unknown;
  } catch (error) {
    throw new Error(`${source} is not valid JSON: ${(error as Error).message}`);
  }
}
