import { beforeAll, describe, expect, it } from "vitest";
import { sampleExchangeRecord } from "../../test/support/sample-exchange-record.ts";
import { createApp } from "../app.ts";
import { createMemoryExchangeLog } from "../audit/create-memory-exchange-log.ts";
import { createValueMapSealer } from "../audit/create-value-map-sealer.ts";
import { createClientKey } from "../auth/create-client-key.ts";
import { createMemoryKeyStore } from "../auth/key-store.ts";
import { parseConfig } from "../config.ts";
import { createDetector } from "../detect/index.ts";
import { createSodiumSecretBox } from "../runtime/node/create-sodium-secret-box.ts";
import { buildServices, type ServiceSettings } from "../services.ts";
import { createVendorRegistry } from "../vendors/create-vendor-registry.ts";
import { parseReviewFilters } from "./review-filters.ts";

const ORIGIN = "http://veilgate.test";
const silent = { info() {}, warn() {}, error() {} };
const SSN = "[US_SSN_AAAAA1]";
let secretBox: Awaited<ReturnType<typeof createSodiumSecretBox>>;
beforeAll(async () => {
  secretBox = await createSodiumSecretBox({ currentKey: new Uint8Array(32).fill(3) });
});

/** The app in memory with one auditor key and one exchange whose SSN placeholder was sealed for reveal. */
function consoleApp(settings: Partial<ServiceSettings> = {}) {
  const keys = createMemoryKeyStore();
  const exchangeLog = createMemoryExchangeLog();
  const services = buildServices(
    { keys, exchangeLog, upstream: () => Promise.reject(new Error("no vendor here")), secretBox, placeholderSecret: new Uint8Array(32), vendorApiKey: () => undefined, logger: silent },
    { settings: { upstreamTimeoutMs: 1_000, maxBodyBytes: 1024 * 1024, revealEnabled: true, ...settings }, detector: createDetector(), vendors: createVendorRegistry({ vendors: [] }) },
  );
  const record = sampleExchangeRecord(1, { time: new Date().toISOString() });
  exchangeLog.append({ ...record, sealedValueMap: createValueMapSealer(secretBox).seal([[SSN, "123-45-6789"]], record) });
  const auditor = createClientKey(keys, { name: "Dana", role: "auditor" }).secret;
  const app = createApp(services);
  const request = (path: string, init: RequestInit & { url?: string } = {}) => app.request(`${init.url ?? ORIGIN}${path}`, init);
  const form = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}, url = ORIGIN) =>
    request(path, { method: "POST", url, headers: { origin: url, "content-type": "application/x-www-form-urlencoded", ...headers }, body: new URLSearchParams(fields) });
  const signIn = async (url = ORIGIN) => {
    const response = await form("/review/sign-in", { key: auditor }, {}, url);
    expect(response.status).toBe(303);
    const setCookie = response.headers.getSetCookie()[0]!;
    const cookie = setCookie.split(";")[0]!;
    const page = await (await request("/review", { headers: { cookie }, url })).text();
    return { setCookie, cookie, csrf: /name="_csrf" value="([^"]+)"/.exec(page)![1]! };
  };
  return { services, exchangeLog, auditor, request, form, signIn };
}

describe("review filters", () => {
  it("drop a day that is not in the calendar, keep real ones", () => {
    for (const day of ["2026-13-01", "2026-00-10", "2026-02-30", "2026-04-31", "2026-02-00"]) {
      expect(parseReviewFilters({ from: day, to: day }), day).toMatchObject({ filter: {}, form: { from: undefined, to: undefined } });
    }
    expect(parseReviewFilters({ from: "2024-02-29", to: "2026-12-31" }).filter).toEqual({ from: "2024-02-29T00:00:00.000Z", to: "2027-01-01T00:00:00.000Z" });
  });

  it("answer an impossible day in the console's URL with the page, not a server error", async () => {
    const app = consoleApp();
    const { cookie } = await app.signIn();
    for (const path of ["/review?to=2026-13-01", "/review?from=2026-00-10&to=2026-02-30", "/review/export?format=csv&to=2026-00-10"]) {
      expect((await app.request(path, { headers: { cookie } })).status, path).toBe(200);
    }
  });
});

describe("review console reveal", () => {
  const reveals = (app: ReturnType<typeof consoleApp>) =>
    app.exchangeLog.search({ limit: 10, kind: "admin_action" }).items.filter((item) => item.entry.kind === "admin_action" && item.entry.record.action === "audit.reveal");

  it("refuses anything but a placeholder with 400 and logs nothing (Object.prototype keys included)", async () => {
    const app = consoleApp();
    const { cookie, csrf } = await app.signIn();
    for (const placeholder of ["constructor", "__proto__", "toString", "hasOwnProperty", "", "US_SSN_AAAAA1", `${SSN} `]) {
      const response = await app.form("/review/entries/1/reveal", { _csrf: csrf, placeholder, justification: "incident 42: checking what this field held" }, { cookie });
      const html = await response.text();
      expect(response.status, placeholder).toBe(400);
      expect(html, placeholder).not.toContain('data-testid="revealed"');
    }
    expect(reveals(app)).toEqual([]);
  });

  it("still reveals an issued placeholder, and logs it", async () => {
    const app = consoleApp();
    const { cookie, csrf } = await app.signIn();
    const response = await app.form("/review/entries/1/reveal", { _csrf: csrf, placeholder: SSN, justification: "incident 42: checking what this field held" }, { cookie });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("123-45-6789");
    expect(reveals(app)).toHaveLength(1);
    const unknown = await app.form("/review/entries/1/reveal", { _csrf: csrf, placeholder: "[US_SSN_ZZZZZ9]", justification: "incident 42: checking what this field held" }, { cookie });
    expect(await unknown.text()).toContain("was not issued in this exchange");
    expect(reveals(app)).toHaveLength(1);
  });
});

describe("review session cookie", () => {
  it("is Secure over https, and not over plain http by default (local use)", async () => {
    expect((await consoleApp().signIn()).setCookie).not.toMatch(/;\s*Secure/i);
    expect((await consoleApp().signIn("https://veilgate.test")).setCookie).toMatch(/;\s*Secure/i);
  });

  it("is Secure on plain http with secureCookies (behind a TLS terminator), set and dropped alike; no forwarded header decides it", async () => {
    const app = consoleApp({ secureCookies: true });
    const { setCookie, cookie, csrf } = await app.signIn();
    expect(setCookie).toMatch(/;\s*Secure/i);
    expect(setCookie).toMatch(/HttpOnly/i);
    const signOut = await app.form("/review/sign-out", { _csrf: csrf }, { cookie });
    expect(signOut.headers.getSetCookie()[0]).toMatch(/Max-Age=0.*;\s*Secure/i);
    const plain = consoleApp();
    const forwarded = await plain.form("/review/sign-in", { key: plain.auditor }, { "x-forwarded-proto": "https" });
    expect(forwarded.headers.getSetCookie()[0]).not.toMatch(/;\s*Secure/i);
  });

  it("is set by --secure-cookies or VEILGATE_SECURE_COOKIES, off by default", () => {
    expect(parseConfig({}, {}).secureCookies).toBe(false);
    expect(parseConfig({}, { VEILGATE_SECURE_COOKIES: "1" }).secureCookies).toBe(true);
    expect(parseConfig({ secureCookies: true }, {}).secureCookies).toBe(true);
  });
});
