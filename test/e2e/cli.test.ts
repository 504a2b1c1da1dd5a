import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { PII, PII_PROMPT, PII_VALUES, leakedIn } from "../support/pii-samples.ts";
import { runCli } from "../support/run-cli.ts";
import { spawnVeilgate } from "../support/spawn-veilgate.ts";

describe("veilgate keys", () => {
  it("creates a key shown once, lists it by hint only, and revokes it", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "veilgate-cli-"));
    const created = await runCli(["keys", "create", "--name", "support bot", "--vendors", "openai,demo-echo", "--data-dir", dataDir]);
    expect(created.code).toBe(0);
    const secret = created.stdout.trim();
    expect(secret).toMatch(/^vg_[0-9A-Za-z]{32}$/);
    expect(created.stderr).toMatch(/only time the key is shown/);

    const listed = await runCli(["keys", "list"], { env: { VEILGATE_DATA_DIR: dataDir } });
    expect(listed.stdout).toMatch(/key_[0-9a-f]{16}\tvg_\w{4}…\tclient\tsupport bot\topenai,demo-echo\t\S+\tno expiry\tactive/);
    expect(listed.stdout).not.toContain(secret);
    const id = /key_[0-9a-f]{16}/.exec(listed.stdout)![0];

    expect((await runCli(["keys", "revoke", id, "--data-dir", dataDir])).code).toBe(0);
    expect((await runCli(["keys", "list", "--data-dir", dataDir])).stdout).toMatch(/revoked \d{4}-/);
    const again = await runCli(["keys", "revoke", id, "--data-dir", dataDir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/no active key/);
  });

  it("refuses keys create without a name", async () => {
    const result = await runCli(["keys", "create", "--data-dir", mkdtempSync(join(tmpdir(), "veilgate-cli-"))]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/--name/);
  });
});

describe("veilgate redact", () => {
  it("writes only the redacted text to stdout and counts per type to stderr", async () => {
    const result = await runCli(["redact"], { stdin: PII_PROMPT });
    expect(result.code).toBe(0);
    expect(leakedIn(result.stdout, PII_VALUES)).toEqual([]);
    expect(result.stdout).toMatch(/^My SSN is \[US_SSN_[0-9A-Z]{6}\] and my card is \[CREDIT_CARD_[0-9A-Z]{6}\]/);
    expect(result.stderr).toMatch(/US_SSN: 1/);
    expect(result.stderr).toMatch(/CREDIT_CARD: 2/);
    expect(result.stderr).toMatch(/EMAIL: 1/);
  });

  it("says so when there is nothing to redact", async () => {
    const result = await runCli(["redact"], { stdin: "Version 4.2.1 shipped on 2024-05-01." });
    expect(result.stdout).toBe("Version 4.2.1 shipped on 2024-05-01.");
    expect(result.stderr).toMatch(/no PII found/);
  });
});

describe("configuration errors", () => {
  it("names the file and field of an invalid vendor file", async () => {
    const { mkdirSync, writeFileSync } = await import("node:fs");
    const vendorsDir = mkdtempSync(join(tmpdir(), "veilgate-vendors-"));
    mkdirSync(vendorsDir, { recursive: true });
    writeFileSync(join(vendorsDir, "broken.json"), JSON.stringify({ id: "broken", displayName: "B", protocol: "openai", baseUrl: "https://x.example", apiKeyEnv: "sk-live-123", models: ["m"], regions: ["us"], dpa: { signed: "2025-01-01", expires: "soon" }, status: "approved" }));
    const result = await runCli(["serve", "--port", "0", "--vendors-dir", vendorsDir, "--data-dir", join(vendorsDir, "data")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("broken.json");
    expect(result.stderr).toMatch(/apiKeyEnv: must be the NAME of an environment variable/);
    expect(result.stderr).toMatch(/dpa\.expires: must be a date/);
  });

  it("names the setting that is wrong", async () => {
    const result = await runCli(["serve", "--port", "99999"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/port \(--port or VEILGATE_PORT\)/);
  });
});

describe("npm start (demo mode)", () => {
  it("serves the demo echo vendor with a printed key and curl command, redacting what leaves", async () => {
    const veilgate = await spawnVeilgate(["--demo", "--data-dir", mkdtempSync(join(tmpdir(), "veilgate-demo-"))]);
    try {
      const key = /Demo client key[^:]*: (vg_\w+)/.exec(veilgate.stdout())![1]!;
      expect(veilgate.stdout()).toContain(`curl -s ${veilgate.url}/v1/chat/completions`);
      const client = new OpenAI({ baseURL: `${veilgate.url}/v1`, apiKey: key, maxRetries: 0 });
      // Other values than the ones in the printed curl example, which stdout shows on purpose.
      const ssn = "412-67-8901";
      const email = "sam.lee@example.org";
      const prompt = `My SSN is ${ssn} and my email is ${email}`;
      const answer = await client.chat.completions.create({ model: "echo-1", messages: [{ role: "user", content: prompt }] });
      expect(answer.choices[0]!.message.content).toBe(`Echo from the demo vendor: ${prompt}`);
      const stream = await client.chat.completions.create({ model: "echo-1", stream: true, messages: [{ role: "user", content: prompt }] });
      let streamed = "";
      for await (const chunk of stream) streamed += chunk.choices[0]?.delta.content ?? "";
      expect(streamed).toBe(`Echo from the demo vendor: ${prompt}`);
      expect(veilgate.stderr()).toMatch(/\[demo-echo vendor\] received: "My SSN is \[US_SSN_[0-9A-Z]{6}\] and my email is \[EMAIL_[0-9A-Z]{6}\]"/);
      expect(leakedIn(veilgate.stderr() + veilgate.stdout(), [ssn, email])).toEqual([]);
    } finally {
      await veilgate.stop();
    }
  });
});
