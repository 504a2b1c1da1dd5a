import { describe, expect, it } from "vitest";
import { createSodiumSecretBox } from "../runtime/node/create-sodium-secret-box.ts";
import { createVendorKeyResolver } from "./create-vendor-key-resolver.ts";
import { resealVendorSecrets } from "./reseal-vendor-secrets.ts";
import { createMemoryVendorSecretStore, vendorSecretAssociatedData } from "./vendor-secret-store.ts";
import { parseVendorFile } from "./vendor-schema.ts";

const key = (fill: number) => new Uint8Array(32).fill(fill);
const vendor = (id: string) =>
  parseVendorFile("test", { id, displayName: id, protocol: "openai", baseUrl: "https://x.example/v1", apiKeyEnv: "X_API_KEY", models: ["m"], regions: ["us"], dpa: { signed: "2026-01-01", expires: "2027-01-01" }, status: "approved" });
const now = new Date("2026-06-15T00:00:00Z");

describe("vendor API keys", () => {
  it("uses a stored (sealed) key first, the environment variable otherwise", async () => {
    const secretBox = await createSodiumSecretBox({ currentKey: key(1) });
    const secrets = createMemoryVendorSecretStore();
    const resolve = createVendorKeyResolver({ secrets, secretBox, environment: { X_API_KEY: "sk-from-env" } });
    expect(resolve(vendor("acme"))).toBe("sk-from-env");
    secrets.put({ vendorId: "acme", sealed: secretBox.seal("sk-stored", vendorSecretAssociatedData("acme")), previousSealed: null, updatedAt: now.toISOString() });
    expect(resolve(vendor("acme"))).toBe("sk-stored");
    expect(JSON.stringify(secrets.list())).not.toContain("sk-stored");
  });

  it("fails closed when a sealed key was moved to another vendor or cannot be opened", async () => {
    const secretBox = await createSodiumSecretBox({ currentKey: key(1) });
    const secrets = createMemoryVendorSecretStore();
    const unreadable: string[] = [];
    const resolve = createVendorKeyResolver({ secrets, secretBox, environment: { X_API_KEY: "sk-from-env" }, onUnreadable: (id) => unreadable.push(id) });
    secrets.put({ vendorId: "beta", sealed: secretBox.seal("sk-for-acme", vendorSecretAssociatedData("acme")), previousSealed: null, updatedAt: now.toISOString() });
    expect(resolve(vendor("beta"))).toBeUndefined();
    expect(unreadable).toEqual(["beta"]);
  });

  it("keeps working across a master key rotation: old servers read the old copy, new ones the new", async () => {
    const oldBox = await createSodiumSecretBox({ currentKey: key(1) });
    const newBox = await createSodiumSecretBox({ currentKey: key(2), previousKeys: [key(1)] });
    const secrets = createMemoryVendorSecretStore();
    secrets.put({ vendorId: "acme", sealed: oldBox.seal("sk-stored", vendorSecretAssociatedData("acme")), previousSealed: null, updatedAt: now.toISOString() });
    expect(resealVendorSecrets(secrets, newBox, { keepPrevious: true, now })).toBe(1);
    expect(newBox.keyIdOf(secrets.get("acme")!.sealed)).toBe(newBox.currentKeyId);
    const onlyOld = createVendorKeyResolver({ secrets, secretBox: oldBox, environment: {} });
    const onlyNew = createVendorKeyResolver({ secrets, secretBox: await createSodiumSecretBox({ currentKey: key(2) }), environment: {} });
    expect(onlyOld(vendor("acme"))).toBe("sk-stored");
    expect(onlyNew(vendor("acme"))).toBe("sk-stored");
    expect(resealVendorSecrets(secrets, newBox, { keepPrevious: false, now })).toBe(1);
    expect(secrets.get("acme")!.previousSealed).toBeNull();
    expect(onlyOld(vendor("acme"))).toBeUndefined();
    expect(resealVendorSecrets(secrets, newBox, { keepPrevious: false, now })).toBe(0);
  });

  it("never reads one of Veilgate's own variables, even from a vendor stored before the schema refused them", async () => {
    const secretBox = await createSodiumSecretBox({ currentKey: key(1) });
    const resolve = createVendorKeyResolver({ secrets: createMemoryVendorSecretStore(), secretBox, environment: { VEILGATE_MASTER_KEY: "master-key-value" } });
    expect(resolve({ ...vendor("acme"), apiKeyEnv: "VEILGATE_MASTER_KEY" })).toBeUndefined();
  });
});
