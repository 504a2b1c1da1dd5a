/**
 * (c) Veilgate itself: the real `startNodeServer` with a fresh temporary data dir (a real
 * SQLite file), a vendor file for the fake vendor and the repo's rule packs; every other
 * setting is the default (info logging included), except port 0.
 * Usage (forked by the harness): veilgate-server.ts <vendor-url>
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createClientKey } from "../../src/auth/create-client-key.ts";
import { parseConfig } from "../../src/config.ts";
import { startNodeServer } from "../../src/entry/node.ts";
import { BENCH_VENDOR_ID, BENCH_VENDOR_KEY, BENCH_VENDOR_KEY_ENV, benchVendorFile } from "../bench-vendor.ts";
import { serveBenchChild } from "./serve-bench-child.ts";

const vendorUrl = process.argv[2];
if (!vendorUrl) throw new Error("usage: veilgate-server.ts <vendor-url>");
const repositoryRoot = resolve(import.meta.dirname, "../..");

await serveBenchChild(async () => {
  const root = mkdtempSync(join(tmpdir(), "veilgate-bench-"));
  const vendorsDir = join(root, "vendors");
  mkdirSync(vendorsDir);
  writeFileSync(join(vendorsDir, `${BENCH_VENDOR_ID}.json`), JSON.stringify(benchVendorFile(vendorUrl)));
  const config = parseConfig({ port: 0, dataDir: join(root, "data"), vendorsDir, rulesDir: join(repositoryRoot, "redaction-rules") }, {});
  const running = await startNodeServer(config, { [BENCH_VENDOR_KEY_ENV]: BENCH_VENDOR_KEY });
  const { secret } = createClientKey(running.services.keys, { name: "proxy bench", vendors: [BENCH_VENDOR_ID] });
  return {
    url: running.url,
    clientKey: secret,
    async close() {
      await running.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
});
