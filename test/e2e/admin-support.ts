import type { TestVeilgate } from "../support/start-veilgate.ts";

/** What an admin API call answered. */
export interface AdminAnswer {
  status: number;
  // Loosely typed on purpose: each test reads the fields it asserts on.
  body: { data?: Record<string, unknown> & Array<Record<string, unknown>>; error?: { code: string; message: string }; [field: string]: unknown };
  headers: Headers;
}

/** Calls Veilgate's admin API over HTTP with an optional key. */
export async function adminCall(veilgate: Pick<TestVeilgate, "url">, key: string | undefined, method: string, path: string, body?: unknown): Promise<AdminAnswer> {
  const response = await fetch(`${veilgate.url}/admin${path}`, {
    method,
    headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as AdminAnswer["body"]) : {}, headers: response.headers };
}

/** A vendor's facts as the admin API takes them, pointing at `baseUrl`. */
export function vendorFacts(id: string, baseUrl: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    displayName: `Vendor ${id}`,
    protocol: "openai",
    baseUrl: `${baseUrl}/v1`,
    models: [`${id}-model`],
    regions: ["us"],
    dpa: { signed: "2025-01-01", expires: "2099-12-31" },
    ...overrides,
  };
}

/** An ISO date `days` from today (negative: in the past). */
export const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
