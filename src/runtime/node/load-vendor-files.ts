import { parseVendorFile, type Vendor } from "../../vendors/vendor-schema.ts";
import { readJsonFiles } from "./read-json-files.ts";

/** Reads and validates every `*.json` vendor file in a folder, in name order. */
export function loadVendorFiles(directory: string): Vendor[] {
  return readJsonFiles(directory, "vendor file").map(({ path, content }) => parseVendorFile(path, content));
}
