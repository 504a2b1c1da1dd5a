import { z } from "zod";
import { vendorSchema } from "./vendor-schema.ts";

/**
 * The JSON Schema editors validate `vendors/*.json` with, generated from the zod schema so
 * the two never disagree (cross-field checks, such as dates in order, run at start-up only).
 * `scripts/generate-vendor-schema.ts` writes it to `vendors/vendor.schema.json`.
 */
export function vendorJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(vendorSchema, { io: "input", target: "draft-2020-12" }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: "https://veilgate.dev/schemas/vendor.schema.json",
    title: "Veilgate vendor",
    description: "One AI vendor in the Veilgate registry. Set the contract dates (dpa, soc2, hipaaBaa) to your own signed copies.",
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema")),
  };
}
