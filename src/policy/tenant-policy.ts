import { z } from "zod";
import { DATA_CLASSES } from "../vendors/data-class.ts";
import { regionSchema, vendorIdSchema } from "../vendors/vendor-schema.ts";
import { FINDING_ACTIONS } from "./finding-action.ts";

export const policyIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "must be lower-case letters, digits and dashes");

/**
 * One action override. Every condition given must hold; the first matching rule of a
 * policy wins, over the action a rule pack set (which wins over `tokenize`).
 */
export const actionRuleSchema = z.strictObject({
  entities: z.array(z.string().regex(/^[A-Z][A-Z0-9_]*$/, "must be an entity type such as US_SSN")).min(1).optional(),
  dataClasses: z.array(z.enum(DATA_CLASSES)).min(1).optional(),
  /** Detection rule ids (e.g. `us-ssn`, or a rule pack's rule id). */
  rules: z.array(z.string().min(1)).min(1).optional(),
  vendors: z.array(vendorIdSchema).min(1).optional(),
  vendorHasBaa: z.boolean().optional(),
  vendorRetainsData: z.boolean().optional(),
  action: z.enum(FINDING_ACTIONS),
});

/** A tenant policy's settings, as written in admin API bodies and policy files. */
export const policyBodySchema = z.strictObject({
  name: z.string().min(1).max(200),
  description: z.string().max(2000).optional(),
  /** Vendor ids this tenant may use; null means any approved vendor. */
  vendors: z.array(vendorIdSchema).nullable().default(null),
  /** `model`, `vendor/model` or `vendor/*`; null means any model of an allowed vendor. */
  models: z.array(z.string().min(1)).nullable().default(null),
  /** Every region a vendor (and its sub-processors) processes or stores data in must lie within one of these; null means anywhere. */
  residency: z.array(regionSchema).min(1).nullable().default(null),
  /** Data classes this tenant may send out (tokenized or in clear); null means any the vendor is cleared for. */
  dataClasses: z.array(z.enum(DATA_CLASSES)).nullable().default(null),
  requireSoc2: z.boolean().default(false),
  forbidTraining: z.boolean().default(false),
  maxRetentionDays: z.number().int().min(0).nullable().default(null),
  /** PHI for a vendor without a valid BAA: refuse the request (default), or mask the PHI values and send the rest. */
  phiWithoutBaa: z.enum(["refuse", "mask"]).default("refuse"),
  actions: z.array(actionRuleSchema).max(200).default([]),
});

/** A new policy: its id and settings. */
export const newPolicySchema = policyBodySchema.extend({ id: policyIdSchema });

export type ActionRule = z.output<typeof actionRuleSchema>;
export type PolicyBody = z.output<typeof policyBodySchema>;

/** The policy a client key belongs to: which vendors, models, regions and data classes its requests may use. */
export interface TenantPolicy extends PolicyBody {
  id: string;
  createdAt: string;
  updatedAt: string;
}
