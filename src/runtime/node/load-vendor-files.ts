import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseVendorFile, type Vendor } from "../../vendors/vendor-schema.ts";

/** Reads and validates every `*.json` vendor file in a folder, in name order. */
export function loadVendorFiles(directory: string): Vendor[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith(".json") && !name.endsWith(".schema.json"))
    .sort()
    .map((name) => {
      const path = join(directory, name);
      let content: unknown;
      try {
        content = JSON.parse(readFileSync(path, "utf8"));
      } catch (error) {
        throw new Error(`Invalid vendor file ${path}: not valid JSON (${(error as Error).message})`);
      }
      return parseVendorFile(path, content);
    });
}
