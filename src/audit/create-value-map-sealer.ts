import type { SecretBox } from "../secrets/secret-box.ts";
import { canonicalJson } from "./canonical-json.ts";
import type { ExchangeRecord } from "./exchange-record.ts";

/** The fields of an exchange that a sealed value map is bound to. */
export type ValueMapBinding = Pick<ExchangeRecord, "requestId" | "time" | "keyId">;

/** Seals and opens an exchange's placeholder → value map (break-glass reveal). */
export interface ValueMapSealer {
  seal(values: Iterable<readonly [string, string]>, binding: ValueMapBinding): string;
  /** Throws if the ciphertext was altered or moved to another exchange. */
  open(sealed: string, binding: ValueMapBinding): Record<string, string>;
}

/**
 * The associated data binds a sealed map to its exchange (request id, time and caller),
 * so a map copied onto another entry no longer opens; the hash chain covers the ciphertext.
 */
const associatedData = (binding: ValueMapBinding) =>
  `veilgate.audit.value-map:v1:${canonicalJson({ requestId: binding.requestId, time: binding.time, keyId: binding.keyId })}`;

/** A ValueMapSealer under the master key (services.secretBox). */
export function createValueMapSealer(secretBox: SecretBox): ValueMapSealer {
  return {
    seal: (values, binding) => secretBox.seal(canonicalJson(Object.fromEntries(values)), associatedData(binding)),
    open: (sealed, binding) => JSON.parse(secretBox.open(sealed, associatedData(binding))) as Record<string, string>,
  };
}
