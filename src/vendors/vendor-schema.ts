import { z } from "zod";
import { parseFileContent } from "../validation.ts";

const isoDate = z.iso.date({ message: "must be a date written YYYY-MM-DD" });

/**
 * A vendor registry entry, as written in `vendors/*.json`. Strict on purpose: a typo or a
 * pasted API key (instead of the *name* of the env var holding it) fails at start-up.
 */
export const vendorSchema = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "must be lower-case letters, digits and dashes"),
  displayName: z.string().min(1),
  protocol: z.enum(["openai", "anthropic"]),
  baseUrl: z.url({ protocol: /^https?$/ }),
  apiKeyEnv: z
    .string()
    .regex(/^[A-Z_][A-Z0-9_]*$/, "must be the NAME of an environment variable (e.g. OPENAI_API_KEY), never the key")
    .optional(),
  models: z.array(z.string().min(1)).min(1),
  regions: z.array(z.string().min(1)).min(1),
  dpa: z.strictObject({ signed: isoDate, expires: isoDate }),
  status: z.enum(["proposed", "approved", "suspended", "retired"]),
  notes: z.string().optional(),
});

export type Vendor = z.infer<typeof vendorSchema>;

/** Validates one vendor file's parsed content; the error names the file and the field. */
export function parseVendorFile(fileName: string, content: unknown): Vendor {
  return parseFileContent(vendorSchema, content, `vendor file ${fileName}`);
}
