import { z } from "zod";

/** Settings for the compliance checks, from `VEILGATE_*` environment variables. */
export interface ComplianceSettings {
  /** Days before a DPA, SOC 2 report or BAA expires that the admin API starts warning. */
  vendorWarningDays: number;
  /** A key unused for this many days is flagged stale in the access review. */
  keyStaleDays: number;
}

export const DEFAULT_COMPLIANCE_SETTINGS: ComplianceSettings = { vendorWarningDays: 30, keyStaleDays: 90 };

const schema = z.object({
  VEILGATE_VENDOR_WARNING_DAYS: z.coerce.number().int().min(0).max(3650).optional(),
  VEILGATE_KEY_STALE_DAYS: z.coerce.number().int().min(1).max(3650).optional(),
});

/** Reads the compliance settings; the error names the variable. */
export function parseComplianceSettings(environment: Record<string, string | undefined>): ComplianceSettings {
  const result = schema.safeParse(environment);
  if (!result.success) {
    throw new Error(`Invalid configuration:\n  ${result.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`).join("\n  ")}`);
  }
  return {
    vendorWarningDays: result.data.VEILGATE_VENDOR_WARNING_DAYS ?? DEFAULT_COMPLIANCE_SETTINGS.vendorWarningDays,
    keyStaleDays: result.data.VEILGATE_KEY_STALE_DAYS ?? DEFAULT_COMPLIANCE_SETTINGS.keyStaleDays,
  };
}
