import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatCompletion, chatCompletionStream, type FakeVendor, lastUserText, startFakeOpenAiVendor } from "../support/fake-openai-vendor.ts";
import { PII_PROMPT, PII_VALUES, leakedIn } from "../support/pii-samples.ts";
import { type SpawnedVeilgate, spawnVeilgate } from "../support/spawn-veilgate.ts";
import { FAKE_VENDOR_KEY, testVendors } from "../support/start-veilgate.ts";
import { runCli } from "../support/run-cli.ts";

/** Every spelling the grep looks for: as sent, and folded so that separators do not hide a value. */
function leaksInBytes(bytes: Buffer): string[] {
  // The database stores UTF-8 text; a value split by page boundaries is still found whole in WAL frames.
  return leakedIn(bytes.toString("latin1"), PII_VALUES);
}

describe("no PII at rest or in process logs", () => {
  let vendor: FakeVendor;
  let veilgate: SpawnedVeilgate;
  let dataDir: string;

  beforeAll(async () => {
    vendor = await startFakeOpenAiVendor();
    vendor.respondWith((request) => {
      const text = lastUserText(request.body);
      return request.body.stream ? { kind: "sse", writes: chatCompletionStream(text.match(/[\s\S]{1,3}/g) ?? []) } : { kind: "json", body: chatCompletion(text) };
    });
    const root = mkdtempSync(join(tmpdir(), "veilgate-at-rest-"));
    const vendorsDir = join(root, "vendors");
    mkdirSync(vendorsDir);
    for (const entry of testVendors(vendor.url)) writeFileSync(join(vendorsDir, `${entry.id}.json`), JSON.stringify(entry));
    dataDir = join(root, "data");
    veilgate = await spawnVeilgate(["--data-dir", dataDir, "--vendors-dir", vendorsDir, "--log-level", "debug"], { FAKEAI_API_KEY: FAKE_VENDOR_KEY });
  });
  afterAll(async () => {
    await veilgate?.stop();
    await vendor?.close();
  });

  it("keeps every value out of the database file, its WAL and stdout/stderr", async () => {
    const key = (await runCli(["keys", "create", "--name", "at-rest", "--data-dir", dataDir])).stdout.trim();
    const client = new OpenAI({ baseURL: `${veilgate.url}/v1`, apiKey: key, maxRetries: 0 });
    const json = await client.chat.completions.create({ model: "gpt-test", messages: [{ role: "system", content: PII_PROMPT }, { role: "user", content: PII_PROMPT }] });
    expect(json.choices[0]!.message.content).toBe(PII_PROMPT);
    const stream = await client.chat.completions.create({ model: "gpt-test", stream: true, messages: [{ role: "user", content: PII_PROMPT }] });
    let streamed = "";
    for await (const chunk of stream) streamed += chunk.choices[0]?.delta.content ?? "";
    expect(streamed).toBe(PII_PROMPT);
    // Refusals are logged too: an unknown model, a malformed body and a bad key.
    await expect(client.chat.completions.create({ model: "nope", messages: [{ role: "user", content: PII_PROMPT }] })).rejects.toThrow(/does not exist/);
    const malformed = await fetch(`${veilgate.url}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: `{"messages": "${PII_PROMPT.replaceAll("\n", " ")}`,
    });
    expect(malformed.status).toBe(400);
    await fetch(`${veilgate.url}/v1/chat/completions`, { method: "POST", headers: { authorization: "Bearer vg_bad" }, body: PII_PROMPT });

    const files = ["veilgate.db", "veilgate.db-wal"].map((name) => join(dataDir, name)).filter(existsSync);
    expect(files.length).toBeGreaterThanOrEqual(1);
    for (const file of files) expect({ file, leaks: leaksInBytes(readFileSync(file)) }).toEqual({ file, leaks: [] });

    const exitCode = await veilgate.stop();
    expect(exitCode).toBe(0);
    expect(leaksInBytes(readFileSync(join(dataDir, "veilgate.db")))).toEqual([]);
    expect(veilgate.stdout()).toMatch(/"msg":"request"/);
    expect(leakedIn(veilgate.stdout(), PII_VALUES)).toEqual([]);
    expect(leakedIn(veilgate.stderr(), PII_VALUES)).toEqual([]);
    // The log did get the exchanges: five records, placeholders where values were.
    const database = readFileSync(join(dataDir, "veilgate.db")).toString("latin1");
    expect(database).toMatch(/\[US_SSN_[0-9A-Z]{6}\]/);
  });
});
