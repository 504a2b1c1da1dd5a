import { z } from "@hono/zod-openapi";
import type { Services } from "../../services.ts";
import { changeContributors, proposalContributors } from "../../vendors/proposal-contributors.ts";
import type { VendorRecord } from "../../vendors/vendor-record.ts";

const personSchema = z.object({ keyId: z.string().nullable(), person: z.string() });
const actorSchema = personSchema.nullable();
const contributorsSchema = z.array(personSchema).openapi({ description: "Everyone who proposed or edited it; none of them may approve it." });

/** A vendor as the admin API shows it: the record, its compliance today, and whether a key is stored (never the key). */
export const vendorViewSchema = z
  .object({
    id: z.string(),
    status: z.enum(["proposed", "approved", "suspended", "retired"]),
    vendor: z.record(z.string(), z.unknown()).openapi({ description: "The live entry: facts and status (see vendors/vendor.schema.json)." }),
    source: z.enum(["seed", "api"]),
    proposedBy: actorSchema,
    proposedAt: z.string().nullable(),
    contributors: contributorsSchema,
    approvedBy: actorSchema,
    approvedAt: z.string().nullable(),
    statusChangedBy: actorSchema,
    statusChangedAt: z.string().nullable(),
    pending: z
      .object({ facts: z.record(z.string(), z.unknown()), proposedBy: personSchema, proposedAt: z.string(), contributors: contributorsSchema })
      .nullable()
      .openapi({ description: "A change to an approved vendor's facts, waiting for a different admin's approval." }),
    version: z.number().int(),
    updatedAt: z.string(),
    compliance: z.object({
      eligible: z.boolean().openapi({ description: "Whether the vendor gets traffic today." }),
      rule: z.string().optional(),
      reason: z.string().optional(),
      warnings: z.array(z.object({ fact: z.enum(["dpa", "soc2", "hipaaBaa"]), expires: z.string(), daysLeft: z.number().int() })),
    }),
    hasStoredApiKey: z.boolean(),
  })
  .openapi("Vendor");

export type VendorView = z.infer<typeof vendorViewSchema>;

/** The admin API's view of a vendor record. */
export function vendorView(services: Services, record: VendorRecord): VendorView {
  return {
    id: record.vendor.id,
    status: record.vendor.status,
    ...record,
    vendor: { ...record.vendor },
    contributors: proposalContributors(record),
    pending: record.pending ? { ...record.pending, facts: { ...record.pending.facts }, contributors: changeContributors(record.pending) } : null,
    compliance: services.vendors.compliance(record.vendor, services.now()),
    hasStoredApiKey: services.vendorSecrets.get(record.vendor.id) !== undefined,
  };
}
