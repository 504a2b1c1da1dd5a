import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Every `*.json` file in a folder, in name order, parsed; a syntax error names the file. */
export function readJsonFiles(directory: string, description: string): Array<{ path: string; content: unknown }> {
  return readdirSync(directory)
    .filter((name) => name.endsWith(".json") && !name.endsWith(".schema.json"))
    .sort()
    .map((name) => {
      const path = join(directory, name);
      try {
        return { path, content: JSON.parse(readFileSync(path, "utf8")) as unknown };
      } catch (error) {
        throw new Error(`Invalid ${description} ${path}: not valid JSON (${(error as Error).message})`);
      }
    });
}
