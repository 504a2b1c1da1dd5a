import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.ts";
import { REPO_ROOT } from "../support/start-veilgate.ts";

const root = mkdtempSync(join(tmpdir(), "veilgate-admin-cli-"));
const dataDir = join(root, "data");
const vendorsDir = join(root, "vendors");
const where = ["--data-dir", dataDir, "--vendors-dir", vendorsDir, "--rules-dir", join(REPO_ROOT, "redaction-rules")];
const keys: Record<string, { id: string; secret: string }> = {};

/** Runs `veilgate` on this test's data dir, as the admin whose key is given (if any). */
const veilgate = (args: string[], options: { as?: string; stdin?: string } = {}) =>
  runCli([...args, ...where], { stdin: options.stdin, env: options.as ? { VEILGATE_ADMIN_KEY: keys[options.as]!.secret } : {} });

async function createKey(name: string, role: string, extra: string[] = []) {
  const result = await veilgate(["keys", "create", "--name", name, "--role", role, ...extra]);
  expect(result.code).toBe(0);
  keys[name] = { id: /key (key_\w+)/.exec(result.stderr)![1]!, secret: result.stdout.trim() };
}

beforeAll(async () => {
  mkdirSync(vendorsDir, { recursive: true });
  await Promise.all([createKey("alice", "admin"), createKey("bob", "admin"), createKey("auditor", "auditor"), createKey("bot", "client")]);
  writeFileSync(join(root, "acme.json"), JSON.stringify({ $schema: "./vendor.schema.json", id: "acme", displayName: "Acme", protocol: "openai", baseUrl: "https://api.acme.example/v1", models: ["m1"], regions: ["eu"], dpa: { signed: "2025-01-01", expires: "2099-12-31" }, status: "approved" }));
  writeFileSync(join(root, "eu.json"), JSON.stringify({ id: "eu", name: "EU only", residency: ["eu"] }));
}, 120_000);

/** The database file and its WAL (which the last connection to close folds back in). */
const databaseBytes = () => Buffer.concat(["veilgate.db", "veilgate.db-wal"].filter((name) => existsSync(join(dataDir, name))).map((name) => readFileSync(join(dataDir, name))));

// Every CLI run is a fresh Node process (a few seconds on a busy machine), hence the long timeouts.
describe("veilgate vendors (CLI) under the two-person rule", { timeout: 120_000 }, () => {
  it("proposes as one admin, refuses that admin's approval, approves as another, and logs both under their key ids", async () => {
    const proposed = await veilgate(["vendors", "propose", join(root, "acme.json")], { as: "alice" });
    expect(proposed).toMatchObject({ code: 0, stdout: "Vendor acme is proposed.\n" });

    // Each CLI run costs seconds, so the three refusals run side by side.
    const [own, auditor, nobody] = await Promise.all([
      veilgate(["vendors", "approve", "acme"], { as: "alice" }),
      veilgate(["vendors", "approve", "acme"], { as: "auditor" }),
      veilgate(["vendors", "approve", "acme"]),
    ]);
    expect(own.code).toBe(1);
    expect(own.stderr).toMatch(/proposed by this admin; a different admin must approve it/);
    expect(auditor.stderr).toMatch(/lacks 'vendors:approve'/);
    expect(nobody.stderr).toMatch(/needs an admin key in VEILGATE_ADMIN_KEY/);

    expect(await veilgate(["vendors", "approve", "acme"], { as: "bob" })).toMatchObject({ code: 0, stdout: "Vendor acme is approved.\n" });
    const listed = await veilgate(["vendors", "list"]);
    expect(listed.stdout).toMatch(/^acme\tapproved\topenai\teu\tdpa until 2099-12-31\ttraffic/m);

    const bytes = databaseBytes().toString("latin1");
    expect(bytes).toContain("vendor.approve");
    expect(bytes).toContain(keys.bob!.id);
  });

  it("stores a vendor key sealed, and rotates the master key without ever writing it in clear", async () => {
    const secret = "sk-cli-vendor-key-0123456789abcdef";
    expect((await veilgate(["vendors", "set-secret", "acme"], { as: "alice", stdin: `${secret}\n` })).stdout).toMatch(/^Stored the API key of acme, sealed under master key [0-9a-f]{16}\.\n$/);
    expect(databaseBytes().includes(secret)).toBe(false);

    const rotated = await veilgate(["secrets", "rotate"]);
    expect(rotated.code).toBe(0);
    const oldKeyId = /Master key ([0-9a-f]{16}) → [0-9a-f]{16}; re-sealed 1 vendor key/.exec(rotated.stdout)![1]!;
    const finished = await veilgate(["secrets", "finish"]);
    expect(finished.stdout).toMatch(new RegExp(`Previous keys still readable: ${oldKeyId}`));
    expect(finished.stdout).toMatch(/with an old copy \(rotation not finished\): 0/);
    expect(databaseBytes().includes(secret)).toBe(false);
  });
});

describe("veilgate policies and keys review (CLI)", { timeout: 120_000 }, () => {
  it("creates a policy, assigns it to a key, and shows it in the access review", async () => {
    expect((await veilgate(["policies", "create", join(root, "eu.json")], { as: "alice" })).stdout).toBe("Created policy eu.\n");
    expect((await veilgate(["policies", "assign", "eu", keys.bot!.id], { as: "alice" })).stdout).toBe(`${keys.bot!.id} now follows eu.\n`);
    const [wrongKey, listed, deleted, review] = await Promise.all([
      veilgate(["policies", "assign", "eu", keys.alice!.id], { as: "alice" }),
      veilgate(["policies", "list"]),
      veilgate(["policies", "delete", "eu"], { as: "alice" }),
      veilgate(["keys", "review", "--stale-days", "30"]),
    ]);
    expect(wrongKey.stderr).toMatch(/only client keys/);
    expect(listed.stdout).toMatch(/^eu\tEU only\tvendors \*\tmodels \*\tresidency eu\t.*\t1 key\(s\)$/m);
    expect(deleted.stderr).toMatch(/assigned to 1 active key/);
    expect(review.code).toBe(0);
    expect(review.stdout).toMatch(new RegExp(`^${keys.bot!.id}\\tclient\\tbot\\t\\(role\\)\\teu\\t`, "m"));
    expect(review.stderr).toMatch(/key\(s\); \d+ need attention \(stale after 30 days\)/);
    const entries = JSON.parse((await veilgate(["keys", "review", "--json"])).stdout) as Array<{ id: string; policyId: string | null; lastUsedAt: string | null }>;
    // The CLI's admin key use is recorded too (at most once a minute on a server; directly here).
    expect(entries.find((entry) => entry.id === keys.alice!.id)?.lastUsedAt).not.toBeNull();
    expect(entries.find((entry) => entry.id === keys.bot!.id)).toMatchObject({ policyId: "eu", lastUsedAt: null });
    expect(JSON.stringify(entries)).not.toContain(keys.bot!.secret);
  });
});
