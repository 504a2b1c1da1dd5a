import { describe, expect, it } from "vitest";
import { parseConfig } from "./config.ts";

describe("configuration", () => {
  it("takes flags over environment variables over defaults", () => {
    const config = parseConfig({ port: 9000 }, { VEILGATE_PORT: "8000", VEILGATE_DATA_DIR: "/srv/veilgate", VEILGATE_DEMO: "true" });
    expect(config).toMatchObject({ port: 9000, dataDir: "/srv/veilgate", demo: true, host: "127.0.0.1", upstreamTimeoutMs: 60_000 });
  });

  it("names the flag and the variable of a bad setting", () => {
    expect(() => parseConfig({}, { VEILGATE_UPSTREAM_TIMEOUT_MS: "soon" })).toThrow(/upstreamTimeoutMs \(--upstream-timeout-ms or VEILGATE_UPSTREAM_TIMEOUT_MS\)/);
  });
});
