/**
 * Writes `vendors/vendor.schema.json` from the zod vendor schema, so editors validate
 * `vendors/*.json` against exactly what start-up checks. Run after changing the schema:
 *   node --import tsx scripts/generate-vendor-schema.ts
 * (`src/vendors/vendor-json-schema.test.ts` fails while the committed file is out of date.)
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { vendorJsonSchema } from "../src/vendors/vendor-json-schema.ts";

const file = join(import.meta.dirname, "../vendors/vendor.schema.json");
writeFileSync(file, `${JSON.stringify(vendorJsonSchema(), null, 2)}\n`);
process.stdout.write(`Wrote ${file}\n`);
