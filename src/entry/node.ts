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
import { createNodeAuditLog } from "../runtime/node/create-node-audit-log.ts";
import { createSqliteKeyStore } from "../runtime/node/create-sqlite-key-store.ts";
import { createSodiumSecretBox } from "../runtime/node/create-sodium-secret-box.ts";
import { createUndiciUpstream } from "../runtime/node/create-undici-upstream.ts";
import { createSodiumKeyedHash } from "../runtime/node/sodium-keyed-hash.ts";
import { loadMasterKey } from "../runtime/node/load-master-key.ts";
import { loadPreviousMasterKeys } from "../runtime/node/load-previous-master-keys.ts";
import { loadRulePacks } from "../runtime/node/load-rule-packs.ts";
import { loadSecretFile } from "../runtime/node/load-secret-file.ts";
import { loadVendorFiles } from "../runtime/node/load-vendor-files.ts";
import { nodeRequestIo } from "../runtime/node/node-request-io.ts";
import { openComplianceStores } from "../runtime/node/open-compliance-stores.ts";
import { openDatabase } from "../runtime/node/open-database.ts";
import { startWalCheckpointer } from "../runtime/node/start-wal-checkpointer.ts";
import { SQLITE_SCHEMAS } from "../runtime/node/sqlite-schemas.ts";
import { startAuditMaintenance } from "../runtime/node/start-audit-maintenance.ts";
import { buildServices, type Services } from "../services.ts";
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
    // It runs on this host and keeps nothing, so it may receive every class, PHI included.
    hipaaBaa: { signed: true },
    retentionDays: 0,
    trainsOnCustomerData: false,
    dataClasses: ["phi", "financial", "contact", "government_id", "identity"],
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
  // Previous keys (kept by `veilgate secrets rotate`) still open what they sealed.
  const secretBox = await createSodiumSecretBox({ currentKey: masterKey.key, previousKeys: loadPreviousMasterKeys({ environment, dataDir }) });
  const audit = await createNodeAuditLog({ database, dataDir, secretBox, checkpointEvery: config.auditCheckpointEvery });
  if (audit.signingKeyCreated) {
    logger.warn({ file: audit.signingKeyFile }, "created a new audit signing key; back it up with the data dir: its public key is what verifies the audit log");
  }

  const vendors = loadVendorFiles(resolve(config.vendorsDir));
  const demo = config.demo
    ? await startDemoVendor((text) => process.stderr.write(`[demo-echo vendor] received: ${JSON.stringify(text)}\n`))
    : undefined;

  const rules = loadRulePacks(resolve(config.rulesDir));
  // Keys revoked with the CLI (another process) stop working within five seconds.
  const keys = createCachingKeyStore(createSqliteKeyStore(database), { ttlMs: 5_000 });
  // Last-used times are held in memory and written once a minute (and on close).
  const usageFlush = setInterval(() => keys.flushUsage(), 60_000).unref();
  const compliance = openComplianceStores({
    database,
    seeds: vendors,
    transient: demo ? [demo.vendor] : [],
    keys,
    secretBox,
    exchangeLog: audit.log,
    logger,
    environment,
    now: new Date(),
  });
  const services = buildServices(
    {
      keys,
      exchangeLog: audit.log,
      upstream: createUndiciUpstream(),
      secretBox,
      keyedHash: await createSodiumKeyedHash(),
      placeholderSecret: placeholderSecret.secret,
      vendorApiKey: compliance.vendorApiKey,
      vendorSecrets: compliance.vendorSecrets,
      logger,
      requestIo: nodeRequestIo,
    },
    {
      settings: { upstreamTimeoutMs: config.upstreamTimeoutMs, maxBodyBytes: config.maxBodyBytes, revealEnabled: config.auditReveal, secureCookies: config.secureCookies },
      detector: createDetector(rules.detectorOptions),
      vendors: compliance.registry,
      policies: compliance.policies,
      compliance: compliance.settings,
    },
  );

  const auditMaintenance = startAuditMaintenance({
    log: audit.log,
    retentionDays: config.auditRetentionDays,
    now: services.now,
    onError: (task, error) => logger.error({ task, name: (error as Error).name }, "audit maintenance failed"),
  });

  const demoKey = demo ? createClientKey(keys, { name: `demo ${new Date().toISOString()}`, vendors: [DEMO_VENDOR_ID] }).secret : undefined;
  const walCheckpointer = startWalCheckpointer(database, { onError: (message) => logger.warn({ message }, "WAL checkpoint failed") });
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
      auditMaintenance.stop();
      clearInterval(usageFlush);
      keys.flushUsage();
      await walCheckpointer.stop();
      database.close();
      clearInterval(logFlush);
      logDestination.flushSync();
    },
  };
}
