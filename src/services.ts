import type { AuditLog } from "./audit/audit-log.ts";
import type { KeyStore } from "./auth/key-store.ts";
import type { Detector } from "./detect/index.ts";
import { type ComplianceSettings, DEFAULT_COMPLIANCE_SETTINGS } from "./policy/compliance-settings.ts";
import { createMemoryPolicyStore, type PolicyStore } from "./policy/policy-store.ts";
import { type RequestIo, webRequestIo } from "./http/request-io.ts";
import type { UpstreamClient } from "./proxy/upstream-client.ts";
import type { SecretBox } from "./secrets/secret-box.ts";
import { createPlaceholderTagger, type PlaceholderTagger } from "./vault/create-placeholder-tagger.ts";
import type { KeyedHash } from "./vault/keyed-hash.ts";
import { createVendorLifecycle, type VendorLifecycle } from "./vendors/create-vendor-lifecycle.ts";
import type { VendorRegistry } from "./vendors/create-vendor-registry.ts";
import { createMemoryVendorSecretStore, type VendorSecretStore } from "./vendors/vendor-secret-store.ts";
import type { Vendor } from "./vendors/vendor-schema.ts";

/** The few log calls Veilgate makes; pino satisfies it. Never pass request text to it. */
export interface Logger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/** Runtime-specific pieces an entry point supplies. */
export interface Ports {
  keys: KeyStore;
  exchangeLog: AuditLog;
  upstream: UpstreamClient;
  /** Server-wide secret that placeholder tags are keyed from. */
  placeholderSecret: Uint8Array;
  /** The vendor's API key, read from wherever this runtime keeps secrets. */
  vendorApiKey(vendor: Vendor): string | undefined;
  logger: Logger;
  now?: () => Date;
  /** Keyed BLAKE2b for placeholder tags; defaults to the pure-JS implementation. */
  keyedHash?: KeyedHash;
  /** Encrypts what is kept at rest and must be reversible, under the master key. */
  secretBox: SecretBox;
  /** How this runtime reads request bodies; defaults to the standard Request API. */
  requestIo?: RequestIo;
  /** Vendor API keys registered through the admin API, sealed; defaults to memory. */
  vendorSecrets?: VendorSecretStore;
}

export interface ServiceSettings {
  upstreamTimeoutMs: number;
  maxBodyBytes: number;
  /** Break-glass reveal: keep each exchange's value map sealed under the master key. Off unless set. */
  revealEnabled?: boolean;
  /** Mark the review session cookie Secure on every request, not only those whose URL is https (Node behind a TLS terminator). */
  secureCookies?: boolean;
}

/** Everything the app needs, built once per process (or Workers isolate). The only DI container. */
export interface Services extends Required<Omit<Ports, "placeholderSecret" | "keyedHash">> {
  settings: ServiceSettings;
  detector: Detector;
  vendors: VendorRegistry;
  /** Proposes, approves, suspends and retires vendors under the two-person rule. */
  vendorLifecycle: VendorLifecycle;
  /** Tenant policies, which client keys belong to. */
  policies: PolicyStore;
  compliance: ComplianceSettings;
  /** The tagger for one caller's placeholders, cached per caller. */
  taggerFor(callerId: string): PlaceholderTagger;
}

export function buildServices(
  ports: Ports,
  options: {
    settings: ServiceSettings;
    detector: Detector;
    vendors: VendorRegistry;
    policies?: PolicyStore;
    compliance?: Partial<ComplianceSettings>;
  },
): Services {
  const taggers = new Map<string, PlaceholderTagger>();
  return {
    keys: ports.keys,
    exchangeLog: ports.exchangeLog,
    upstream: ports.upstream,
    secretBox: ports.secretBox,
    vendorApiKey: ports.vendorApiKey,
    logger: ports.logger,
    now: ports.now ?? (() => new Date()),
    requestIo: ports.requestIo ?? webRequestIo,
    settings: options.settings,
    detector: options.detector,
    vendors: options.vendors,
    vendorLifecycle: createVendorLifecycle({ registry: options.vendors, now: ports.now }),
    vendorSecrets: ports.vendorSecrets ?? createMemoryVendorSecretStore(),
    policies: options.policies ?? createMemoryPolicyStore(),
    compliance: { ...DEFAULT_COMPLIANCE_SETTINGS, ...options.compliance },
    taggerFor(callerId) {
      let tagger = taggers.get(callerId);
      if (!tagger) {
        tagger = createPlaceholderTagger({ serverSecret: ports.placeholderSecret, callerId, keyedHash: ports.keyedHash });
        taggers.set(callerId, tagger);
      }
      return tagger;
    },
  };
}
