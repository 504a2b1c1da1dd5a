import { text } from "node:stream/consumers";
import { z } from "zod";
import type { LifecycleOutcome } from "../vendors/create-vendor-lifecycle.ts";
import type { VendorRecord } from "../vendors/vendor-record.ts";
import { vendorFactsPatchSchema, vendorFactsSchema } from "../vendors/vendor-schema.ts";
import { storeVendorSecret } from "../vendors/store-vendor-secret.ts";
import { parseCommandArgs } from "./config-flags.ts";
import { type CliContext, openCliContext } from "./open-cli-context.ts";
import { readJsonInput } from "./read-json-input.ts";

const STEPS = ["approve", "suspend", "retire", "reinstate"] as const;

/**
 * `veilgate vendors list|show|propose|update|approve|suspend|retire|reinstate|set-secret`:
 * the vendor registry from the host. Reading needs nothing more than the data dir;
 * every change needs an admin key in `VEILGATE_ADMIN_KEY` and follows the same two-person
 * rule as the admin API (the proposer's key cannot approve), logged under that key's id.
 */
export async function runVendorsCommand(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const { config, values, positionals } = parseCommandArgs(rest, { json: { type: "boolean" } });
  const context = await openCliContext(config);
  try {
    const now = new Date();
    switch (action) {
      case "list": {
        const records = context.registry.records();
        if (values.json) process.stdout.write(`${JSON.stringify(records.map((record) => ({ ...record, compliance: context.registry.compliance(record.vendor, now) })))}\n`);
        else if (records.length === 0) process.stdout.write("No vendors.\n");
        else for (const record of records) process.stdout.write(`${describe(context, record, now)}\n`);
        return 0;
      }
      case "show": {
        const record = context.registry.get(required(positionals[0], "vendors show needs a VENDOR_ID"));
        if (!record) throw new Error(`no vendor with id ${positionals[0]}`);
        process.stdout.write(`${JSON.stringify({ ...record, compliance: context.registry.compliance(record.vendor, now), hasStoredApiKey: Boolean(context.vendorSecrets.get(record.vendor.id)) }, null, 2)}\n`);
        return 0;
      }
      case "propose": {
        const actor = context.actor("vendors:write");
        // A seed-style file may carry `status` and `$schema`; a proposal's status is always `proposed`.
        const { status: _status, $schema: _schema, ...facts } = readJsonInput(positionals[0], "vendors propose") as Record<string, unknown>;
        const parsed = vendorFactsSchema.safeParse(facts);
        if (!parsed.success) throw new Error(`invalid vendor:\n${z.prettifyError(parsed.error)}`);
        return report(context, "propose", actor.keyId, context.lifecycle.propose(parsed.data, actor));
      }
      case "update": {
        const actor = context.actor("vendors:write");
        const id = required(positionals[0], "vendors update needs VENDOR_ID FILE");
        const parsed = vendorFactsPatchSchema.safeParse(readJsonInput(positionals[1], "vendors update"));
        if (!parsed.success) throw new Error(`invalid change:\n${z.prettifyError(parsed.error)}`);
        return report(context, "update", actor.keyId, context.lifecycle.update(id, parsed.data, actor));
      }
      case "approve":
      case "suspend":
      case "retire":
      case "reinstate": {
        const actor = context.actor(action === "approve" ? "vendors:approve" : "vendors:write");
        const id = required(positionals[0], `vendors ${action} needs a VENDOR_ID`);
        return report(context, action, actor.keyId, context.lifecycle[action](id, actor));
      }
      case "set-secret": {
        const actor = context.actor("vendors:write");
        const id = required(positionals[0], "vendors set-secret needs a VENDOR_ID (the key is read from stdin)");
        if (!context.registry.store.get(id)) throw new Error(`no stored vendor with id ${id}`);
        const apiKey = (await text(process.stdin)).trim();
        if (apiKey.length < 8 || /\s/.test(apiKey)) throw new Error("pipe the vendor's API key (one line, no spaces) into stdin");
        const change = storeVendorSecret(context.vendorSecrets, context.secretBox, { vendorId: id, apiKey, now });
        context.record({ actorKeyId: actor.keyId, action: "vendor.secret.set", target: `vendor:${id}`, ...change });
        process.stdout.write(`Stored the API key of ${id}, sealed under master key ${context.secretBox.currentKeyId}.\n`);
        return 0;
      }
      default:
        throw new Error(`vendors needs one of: list, show, propose, update, ${STEPS.join(", ")}, set-secret`);
    }
  } finally {
    context.close();
  }
}

const required = (value: string | undefined, message: string): string => {
  if (!value) throw new Error(message);
  return value;
};

/** Logs a lifecycle change and prints the vendor's new state; a refused change is an error naming why. */
function report(context: CliContext, step: string, actorKeyId: string | null, outcome: LifecycleOutcome): number {
  if (!outcome.ok) throw new Error(outcome.message);
  context.record({ actorKeyId, action: `vendor.${step}`, target: `vendor:${outcome.after.vendor.id}`, before: outcome.before, after: outcome.after });
  const pending = outcome.after.pending ? " (change pending approval by a different admin)" : "";
  process.stdout.write(`Vendor ${outcome.after.vendor.id} is ${outcome.after.vendor.status}${pending}.\n`);
  return 0;
}

/** One line per vendor: id, status, protocol, regions, whether it gets traffic today, and warnings. */
function describe(context: CliContext, record: VendorRecord, now: Date): string {
  const { vendor } = record;
  const compliance = context.registry.compliance(vendor, now);
  const traffic = compliance.eligible ? "traffic" : `no traffic (${compliance.rule})`;
  const warnings = compliance.warnings.map((warning) => `${warning.fact} expires ${warning.expires} (${warning.daysLeft} days)`);
  const pending = record.pending ? [`change pending since ${record.pending.proposedAt}`] : [];
  return [vendor.id, vendor.status, vendor.protocol, vendor.regions.join(","), `dpa until ${vendor.dpa.expires}`, traffic, ...warnings, ...pending].join("\t");
}
