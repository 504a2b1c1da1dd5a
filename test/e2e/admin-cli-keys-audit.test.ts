import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.ts";
import { startFakeOpenAiVendor } from "../support/fake-openai-vendor.ts";
import { startTestVeilgate } from "../support/start-veilgate.ts";

describe("veilgate keys create|revoke (host CLI)", () => {
  it("logs each change like the admin API does, under no key (the host's operator), never with the secret", async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), "veilgate-keys-audit-")), "data");
    const created = await runCli(["keys", "create", "--name", "second admin", "--role", "admin", "--scopes", "keys:write", "--data-dir", dataDir]);
    expect(created.code).toBe(0);
    const secret = created.stdout.trim();
    const id = /key (key_[0-9a-f]+)/.exec(created.stderr)![1]!;
    expect((await runCli(["keys", "revoke", id, "--data-dir", dataDir])).code).toBe(0);
    expect(await runCli(["audit", "verify", "--data-dir", dataDir])).toMatchObject({ code: 0 });

    const vendor = await startFakeOpenAiVendor();
    const veilgate = await startTestVeilgate({ fakeVendorUrl: vendor.url, dataDir });
    try {
      const logged = veilgate.services.exchangeLog.recentAdminActions(100).filter((action) => action.target === `key:${id}`);
      expect(logged).toMatchObject([
        { action: "key.revoke", actorKeyId: null, before: { state: "active" }, after: { state: "revoked", revokedAt: expect.any(String) } },
        { action: "key.create", actorKeyId: null, before: null, after: { id, name: "second admin", role: "admin", scopes: ["keys:write"], createdBy: null, state: "active" } },
      ]);
      expect(logged.every((action) => action.requestId.startsWith("cli-"))).toBe(true);
      expect(JSON.stringify(logged)).not.toContain(secret);
    } finally {
      await veilgate.close();
      await vendor.close();
    }
  });
});
