import { z } from "zod";
import { parseFileContent } from "../validation.ts";
import { DATA_CLASSES } from "./data-class.ts";
import { isVeilgateVariable, VEILGATE_VARIABLE_PREFIX } from "./veilgate-variable.ts";

const isoDate = z.iso.date({ message: "must be a date written YYYY-MM-DD" });
/** Lower-case region codes; `eu-west` lies within `eu` (see region-within.ts). */
export const regionSchema = z
  .string()
  .regex(/^[a-z]{2,}(?:-[a-z0-9]+)*$/, "must be a lower-case region code such as us, eu, au or eu-west");

/** A vendor id: lower-case letters, digits and dashes. */
export const vendorIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "must be lower-case letters, digits and dashes");

/** The facts a vendor entry holds, without its lifecycle status. */
const vendorFactsShape = {
  id: vendorIdSchema,
  displayName: z.string().min(1),
  protocol: z.enum(["openai", "anthropic"]),
  baseUrl: z.url({ protocol: /^https?$/ }),
  apiKeyEnv: z
    .string()
    .regex(/^[A-Z_][A-Z0-9_]*$/, "must be the NAME of an environment variable (e.g. OPENAI_API_KEY), never the key")
    .refine((name) => !isVeilgateVariable(name), `must not name one of Veilgate's own variables (${VEILGATE_VARIABLE_PREFIX}…): Veilgate would send its value to the vendor`)
    .optional()
    .describe("Name of the environment variable holding the vendor's API key. A key set through the admin API takes precedence."),
  models: z.array(z.string().min(1)).min(1),
  regions: z.array(regionSchema).min(1).describe("Regions where the vendor processes customer data."),
  storageRegions: z.array(regionSchema).min(1).optional().describe("Regions where the vendor stores customer data at rest; defaults to `regions`."),
  dpa: z
    .strictObject({ signed: isoDate, expires: isoDate })
    .describe("Your data processing agreement with this vendor. Traffic stops the day after it expires."),
  soc2: z
    .strictObject({ reportDate: isoDate, expires: isoDate })
    .optional()
    .describe("The vendor's SOC 2 Type II report: its date, and the date you stop accepting it (often 12 months after the period ends). Traffic stops once it has expired."),
  hipaaBaa: z
    .strictObject({ signed: z.boolean(), expires: isoDate.optional() })
    .optional()
    .describe("HIPAA business associate agreement. Without a signed, unexpired BAA no PHI reaches this vendor; a signed BAA that has expired stops all traffic."),
  retentionDays: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe("How long the vendor keeps request data; 0 means zero data retention. Absent means unknown, treated as retained."),
  trainsOnCustomerData: z.boolean().optional().describe("Whether the vendor trains models on API customer data. Absent means unknown, treated as yes."),
  subProcessors: z
    .array(z.strictObject({ name: z.string().min(1), purpose: z.string().min(1).optional(), regions: z.array(regionSchema).min(1) }))
    .optional()
    .describe("Sub-processors that handle customer data; their regions count towards residency."),
  dataClasses: z
    .array(z.enum(DATA_CLASSES))
    .optional()
    .describe("Data classes this vendor may receive (tokenized or in clear). Absent: every class except phi and restricted."),
  notes: z.string().optional(),
};

type FactsInput = { dpa: { signed: string; expires: string }; soc2?: { reportDate: string; expires: string } | undefined; hipaaBaa?: { signed: boolean } | undefined; dataClasses?: readonly string[] | undefined };

/** Checks that span fields: dates in order, and PHI only with a signed BAA. */
function checkFacts(facts: FactsInput, context: z.core.$RefinementCtx): void {
  if (facts.dpa.expires < facts.dpa.signed) context.addIssue({ code: "custom", path: ["dpa", "expires"], message: "must not be before dpa.signed" });
  if (facts.soc2 && facts.soc2.expires < facts.soc2.reportDate) {
    context.addIssue({ code: "custom", path: ["soc2", "expires"], message: "must not be before soc2.reportDate" });
  }
  if (facts.dataClasses?.includes("phi") && !facts.hipaaBaa?.signed) {
    context.addIssue({ code: "custom", path: ["dataClasses"], message: "may list phi only when hipaaBaa.signed is true" });
  }
}

/** A vendor's facts as proposed or changed through the admin API (no status: the lifecycle owns it). */
export const vendorFactsSchema = z.strictObject(vendorFactsShape).superRefine(checkFacts);

/** A partial change to a vendor's facts (PATCH); the merged result is checked with vendorFactsSchema. */
export const vendorFactsPatchSchema = z.strictObject(vendorFactsShape).omit({ id: true }).partial();

export const VENDOR_STATUSES = ["proposed", "approved", "suspended", "retired"] as const;
export type VendorStatus = (typeof VENDOR_STATUSES)[number];

/**
 * A vendor registry entry, as written in `vendors/*.json`. Strict on purpose: a typo or a
 * pasted API key (instead of the *name* of the env var holding it) fails at start-up.
 */
export const vendorSchema = z
  .strictObject({ $schema: z.string().optional(), ...vendorFactsShape, status: z.enum(VENDOR_STATUSES) })
  .superRefine(checkFacts);

export type Vendor = z.infer<typeof vendorSchema>;
export type VendorFacts = z.infer<typeof vendorFactsSchema>;
export type VendorFactsPatch = z.infer<typeof vendorFactsPatchSchema>;

/** Validates one vendor file's parsed content; the error names the file and the field. */
export function parseVendorFile(fileName: string, content: unknown): Vendor {
  return parseFileContent(vendorSchema, content, `vendor file ${fileName}`);
}

/** A vendor's facts without its status or editor hint. */
export function factsOf(vendor: Vendor): VendorFacts {
  const { status: _status, $schema: _schema, ...facts } = vendor;
  return facts;
}
