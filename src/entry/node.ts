import { mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { serve, type ServerType } from "@hono/node-server";
import { pino } from "pino";
import { createApp } from "../app.ts";
import { createCachingKeyStore } from "../auth/create-caching-key-store.ts";
import { createClientKey } from "../auth/create-client-key.ts";
import type { Config } from "../config.ts";
import { createEchoVendorApp } from "../demo/create-echo-vendor-app.ts";
import { createDetector } from "../detect/index.ts";
import { createSqliteExchangeLog } from "../runtime/node/create-sqlite-exchange-log.ts";
import { createSqliteKeyStore } from "../runtime/node/create-sqlite-key-store.ts";
import { createSodiumSecretBox } from "../runtime/node/create-sodium-secret-box.ts";
import { createUndiciUpstream } from "../runtime/node/create-undici-upstream.ts";
import { createSodiumKeyedHash } from "../runtime/node/sodium-keyed-hash.ts";
import { loadMasterKey } from "../runtime/node/load-master-key.ts";
import { loadRulePacks } from "../runtime/node/load-rule-packs.ts";
import { loadSecretFile } from "../runtime/node/load-secret-file.ts";
import { loadVendorFiles } from "../runtime/node/load-vendor-files.ts";
import { nodeRequestIo } from "../runtime/node/node-request-io.ts";
import { openDatabase } from "../runtime/node/open-database.ts";
import { SQLITE_SCHEMAS } from "../runtime/node/sqlite-schemas.ts";
import { buildServices, type Services } from "../services.ts";
import { createVendorRegistry } from "../vendors/create-vendor-registry.ts";
import type { Vendor } from "../vendors/vendor-schema.ts";

export interface RunningVeilgate {
  url: string;
  services: Services;
  /** Set in demo mode: a fresh client key for the demo vendor, shown once. */
  demoKey?: string;
  close(): Promise<void>;
}

export const DEMO_VENDOR_ID = "demo-echo";

function listen(server: ServerType): Promise<AddressInfo> {
  return new Promise((resolveAddress, reject) => {
    server.once("error", reject);
    server.once("listening", () => resolveAddress(server.address() as AddressInfo));
  });
}

async function startDemoVendor(log: (text: string) => void): Promise<{ vendor: Vendor; server: ServerType }> {
  const server = serve({ fetch: createEchoVendorApp({ onReceived: log }).fetch, port: 0, hostname: "127.0.0.1" });
  const address = await listen(server);
  const vendor: Vendor = {
    id: DEMO_VENDOR_ID,
    displayName: "Demo echo vendor (local; echoes what it receives; not an AI)",
    protocol: "openai",
    baseUrl: `http://127.0.0.1:${address.port}/v1`,
    models: ["echo-1"],
    regions: ["local"],
    dpa: { signed: "2000-01-01", expires: "2999-12-31" },
    status: "approved",
  };
  return { vendor, server };
}

/**
 * Starts Veilgate on Node: SQLite in the data dir, vendors and rule packs from their
 * folders, undici to reach vendors. Everything the app needs is wired here and nowhere else.
 */
export async function startNodeServer(config: Config, environment: Record<string, string | undefined> = process.env): Promise<RunningVeilgate> {
  // Buffered: a synchronous write per request line costs more than the rest of the log call.
  const logDestination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  const logger = pino({ level: config.logLevel, base: undefined }, logDestination);
  const logFlush = setInterval(() => logDestination.flush(), 1_000).unref();
  const dataDir = resolve(config.dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const database = openDatabase(join(dataDir, "veilgate.db"), SQLITE_SCHEMAS);
  const placeholderSecret = loadSecretFile(join(dataDir, "placeholder.key"));
  if (placeholderSecret.created) {
    logger.warn({ file: join(dataDir, "placeholder.key") }, "created a new placeholder secret; back it up with the data dir");
  }

  const masterKey = loadMasterKey({ environment, file: join(dataDir, "master.key") });
  if (masterKey.created) {
    logger.warn({ file: masterKey.source }, "created a new master key; back it up apart from the database: without it, encrypted secrets cannot be read");
  }
  const secretBox = await createSodiumSecretBox({ currentKey: masterKey.key });

  const vendors = loadVendorFiles(resolve(config.vendorsDir));
  const demo = config.demo
    ? await startDemoVendor((text) => process.stderr.write(`[demo-echo vendor] received: ${JSON.stringify(text)}\n`))
    : undefined;
  if (demo) vendors.push(demo.vendor);

  const rules = loadRulePacks(resolve(config.rulesDir));
  // Keys revoked with the CLI (another process) stop working within five seconds.
  const keys = createCachingKeyStore(createSqliteKeyStore(database), { ttlMs: 5_000 });
  const services = buildServices(
    {
      keys,
      exchangeLog: createSqliteExchangeLog(database),
      upstream: createUndiciUpstream(),
      secretBox,
      keyedHash: await createSodiumKeyedHash(),
      placeholderSecret: placeholderSecret.secret,
      vendorApiKey: (vendor) => (vendor.apiKeyEnv ? environment[vendor.apiKeyEnv] || undefined : undefined),
      logger,
      requestIo: nodeRequestIo,
    },
    {
      settings: { upstreamTimeoutMs: config.upstreamTimeoutMs, maxBodyBytes: config.maxBodyBytes },
      detector: createDetector({ types: rules.entityTypes }),
      vendors: createVendorRegistry({ vendors }),
    },
  );
  for (const vendor of vendors) {
    if (vendor.status === "approved" && vendor.apiKeyEnv && !environment[vendor.apiKeyEnv]) {
      logger.warn({ vendor: vendor.id, env: vendor.apiKeyEnv }, "vendor has no API key set; its requests will fail");
    }
  }

  const demoKey = demo ? createClientKey(keys, { name: `demo ${new Date().toISOString()}`, vendors: [DEMO_VENDOR_ID] }).secret : undefined;
  const server = serve({ fetch: createApp(services).fetch, port: config.port, hostname: config.host });
  const address = await listen(server);
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const closeServer = (target: ServerType) =>
    new Promise<void>((done) => {
      target.close(() => done());
      (target as { closeAllConnections?: () => void }).closeAllConnections?.();
    });
  return {
    url: `http://${host}:${address.port}`,
    services,
    ...(demoKey ? { demoKey } : {}),
    async close() {
      await closeServer(server);
      if (demo) await closeServer(demo.server);
      database.close();
      clearInterval(logFlush);
      logDestination.flushSync();
    },
  };
}
