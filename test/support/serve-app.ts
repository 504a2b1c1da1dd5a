import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createApp } from "../../src/app.ts";
import { createMemoryExchangeLog } from "../../src/audit/create-memory-exchange-log.ts";
import type { AuditLog } from "../../src/audit/audit-log.ts";
import { createClientKey } from "../../src/auth/create-client-key.ts";
import { createMemoryKeyStore } from "../../src/auth/key-store.ts";
import type { RequestIo } from "../../src/http/request-io.ts";
import { createDetector } from "../../src/detect/index.ts";
import type { Detector } from "../../src/detect/index.ts";
import { createSodiumSecretBox } from "../../src/runtime/node/create-sodium-secret-box.ts";
import { createUndiciUpstream } from "../../src/runtime/node/create-undici-upstream.ts";
import { buildServices, type Services } from "../../src/services.ts";
import { createVendorRegistry } from "../../src/vendors/create-vendor-registry.ts";
import { parseVendorFile } from "../../src/vendors/vendor-schema.ts";
import { testVendors } from "./start-veilgate.ts";

const silent = { info() {}, warn() {}, error() {} };

/**
 * Serves createApp over real HTTP with in-memory ports, some of which a test may replace
 * (a detector that throws, a log that refuses writes) to see the pipeline fail closed.
 * Bodies are read and streams written through the standard Request API unless `requestIo`
 * says otherwise (nodeRequestIo is what the Node entry uses).
 */
export async function serveApp(options: { fakeVendorUrl: string; detector?: Detector; exchangeLog?: AuditLog; requestIo?: RequestIo; upstreamTimeoutMs?: number }) {
  const keys = createMemoryKeyStore();
  const services: Services = buildServices(
    {
      keys,
      exchangeLog: options.exchangeLog ?? createMemoryExchangeLog(),
      upstream: createUndiciUpstream(),
      secretBox: await createSodiumSecretBox({ currentKey: crypto.getRandomValues(new Uint8Array(32)) }),
      placeholderSecret: crypto.getRandomValues(new Uint8Array(32)),
      vendorApiKey: () => "sk-test",
      logger: silent,
      ...(options.requestIo ? { requestIo: options.requestIo } : {}),
    },
    {
      settings: { upstreamTimeoutMs: options.upstreamTimeoutMs ?? 5_000, maxBodyBytes: 1024 * 1024 },
      detector: options.detector ?? createDetector(),
      vendors: createVendorRegistry({ vendors: testVendors(options.fakeVendorUrl).map((vendor) => parseVendorFile("test", vendor)) }),
    },
  );
  const server = serve({ fetch: createApp(services).fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    services,
    clientKey: createClientKey(keys, { name: "test" }).secret,
    close: () =>
      new Promise<void>((resolve) => {
        (server as unknown as { closeAllConnections(): void }).closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
