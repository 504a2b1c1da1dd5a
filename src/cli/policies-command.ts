import { z } from "zod";
import { activeKeysByPolicy, activeKeysFollowing } from "../auth/active-keys-following.ts";
import { newPolicySchema, policyBodySchema, type TenantPolicy } from "../policy/tenant-policy.ts";
import { parseCommandArgs } from "./config-flags.ts";
import { openCliContext } from "./open-cli-context.ts";
import { readJsonInput } from "./read-json-input.ts";

/**
 * `veilgate policies list|show|create|update|delete|assign|unassign`: tenant policies from
 * the host. Changes need an admin key in `VEILGATE_ADMIN_KEY` and are audit-logged under it.
 * A policy file is the admin API's body: `{ "id": "eu-health", "name": …, "residency": ["eu"], … }`.
 */
export async function runPoliciesCommand(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const { config, positionals } = parseCommandArgs(rest);
  const context = await openCliContext(config);
  const now = () => new Date().toISOString();
  try {
    switch (action) {
      case "list": {
        const policies = context.policies.list();
        if (policies.length === 0) process.stdout.write("No policies; keys follow the built-in default.\n");
        const activeKeys = activeKeysByPolicy(context.keys);
        for (const policy of policies) process.stdout.write(`${describe(policy, activeKeys.get(policy.id) ?? 0)}\n`);
        return 0;
      }
      case "show": {
        const policy = context.policies.get(positionals[0] ?? "");
        if (!policy) throw new Error(`no policy with id ${positionals[0] ?? "(none given)"}`);
        process.stdout.write(`${JSON.stringify(policy, null, 2)}\n`);
        return 0;
      }
      case "create": {
        const actor = context.actor("policies:write");
        const parsed = newPolicySchema.safeParse(readJsonInput(positionals[0], "policies create"));
        if (!parsed.success) throw new Error(`invalid policy:\n${z.prettifyError(parsed.error)}`);
        const policy: TenantPolicy = { ...parsed.data, createdAt: now(), updatedAt: now() };
        if (!context.policies.insert(policy)) throw new Error(`a policy with id ${policy.id} already exists`);
        context.record({ actorKeyId: actor.keyId, action: "policy.create", target: `policy:${policy.id}`, before: null, after: policy });
        process.stdout.write(`Created policy ${policy.id}.\n`);
        return 0;
      }
      case "update": {
        const actor = context.actor("policies:write");
        const id = positionals[0] ?? "";
        const before = context.policies.get(id);
        if (!before) throw new Error(`no policy with id ${id || "(none given)"}`);
        const { id: _id, ...settings } = readJsonInput(positionals[1], "policies update") as Record<string, unknown>;
        const parsed = policyBodySchema.safeParse(settings);
        if (!parsed.success) throw new Error(`invalid policy:\n${z.prettifyError(parsed.error)}`);
        const after: TenantPolicy = { ...parsed.data, id, createdAt: before.createdAt, updatedAt: now() };
        context.policies.replace(after);
        context.record({ actorKeyId: actor.keyId, action: "policy.update", target: `policy:${id}`, before, after });
        process.stdout.write(`Updated policy ${id}.\n`);
        return 0;
      }
      case "delete": {
        const actor = context.actor("policies:write");
        const id = positionals[0] ?? "";
        const before = context.policies.get(id);
        if (!before) throw new Error(`no policy with id ${id || "(none given)"}`);
        const followers = activeKeysFollowing(context.keys, id);
        if (followers > 0) throw new Error(`policy ${id} is assigned to ${followers} active key(s); assign them another policy first`);
        context.policies.delete(id);
        context.record({ actorKeyId: actor.keyId, action: "policy.delete", target: `policy:${id}`, before, after: null });
        process.stdout.write(`Deleted policy ${id}.\n`);
        return 0;
      }
      case "assign":
      case "unassign": {
        const actor = context.actor("policies:write");
        const policyId = action === "assign" ? (positionals[0] ?? "") : null;
        const keyIds = action === "assign" ? positionals.slice(1) : positionals;
        if (keyIds.length === 0) throw new Error(action === "assign" ? "policies assign needs POLICY_ID KEY_ID..." : "policies unassign needs KEY_ID...");
        if (policyId !== null && !context.policies.get(policyId)) throw new Error(`no policy with id ${policyId || "(none given)"}`);
        for (const keyId of keyIds) {
          const before = context.keys.list().find((key) => key.id === keyId);
          if (!before) throw new Error(`no key with id ${keyId}`);
          if (before.role !== "client") throw new Error(`key ${keyId} is an ${before.role} key; only client keys follow tenant policies`);
          context.keys.setPolicy(keyId, policyId);
          context.record({ actorKeyId: actor.keyId, action: "key.policy", target: `key:${keyId}`, before: { policyId: before.policyId ?? null }, after: { policyId } });
        }
        process.stdout.write(`${keyIds.join(", ")} now follow${keyIds.length === 1 ? "s" : ""} ${policyId ?? "the default policy"}.\n`);
        return 0;
      }
      default:
        throw new Error("policies needs one of: list, show, create, update, delete, assign, unassign");
    }
  } finally {
    context.close();
  }
}

/** One line per policy: id, name, vendors, residency, classes, PHI handling, overrides, keys. */
function describe(policy: TenantPolicy, keys: number): string {
  const list = (items: readonly string[] | null) => (items ? items.join(",") : "*");
  return [
    policy.id,
    policy.name,
    `vendors ${list(policy.vendors)}`,
    `models ${list(policy.models)}`,
    `residency ${list(policy.residency)}`,
    `classes ${list(policy.dataClasses)}`,
    `phi-without-baa ${policy.phiWithoutBaa}`,
    `${policy.actions.length} action rule(s)`,
    `${keys} key(s)`,
  ].join("\t");
}
