import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { vendorJsonSchema } from "./vendor-json-schema.ts";
import { parseVendorFile } from "./vendor-schema.ts";

const VENDORS_DIR = join(import.meta.dirname, "../../vendors");

describe("vendors/vendor.schema.json", () => {
  it("is the schema generated from the zod vendor schema (run scripts/generate-vendor-schema.ts after changing it)", () => {
    const committed = JSON.parse(readFileSync(join(VENDORS_DIR, "vendor.schema.json"), "utf8")) as unknown;
    expect(committed).toEqual(vendorJsonSchema());
  });

  it("is named by every shipped vendor file, each of which is valid", () => {
    const files = readdirSync(VENDORS_DIR).filter((name) => name.endsWith(".json") && !name.endsWith(".schema.json"));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) {
      const content = JSON.parse(readFileSync(join(VENDORS_DIR, file), "utf8")) as Record<string, unknown>;
      expect(content.$schema).toBe("./vendor.schema.json");
      const vendor = parseVendorFile(file, content);
      expect(vendor).toMatchObject({ soc2: expect.any(Object), hipaaBaa: expect.any(Object), retentionDays: expect.any(Number), trainsOnCustomerData: false });
      expect(vendor.notes).toMatch(/your own signed copies/);
    }
  });

  it("rejects what start-up rejects: unknown fields, pasted keys, bad regions", () => {
    const schema = vendorJsonSchema() as { additionalProperties?: boolean; properties: Record<string, { pattern?: string; items?: { pattern?: string } }> };
    expect(schema.additionalProperties).toBe(false);
    expect(new RegExp(schema.properties.apiKeyEnv!.pattern!).test("sk-live-123")).toBe(false);
    expect(new RegExp(schema.properties.regions!.items!.pattern!).test("EU")).toBe(false);
  });
});
