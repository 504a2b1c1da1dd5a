import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createVendorKeyResolver } from "../../vendors/create-vendor-key-resolver.ts";
import { vendorSecretAssociatedData } from "../../vendors/vendor-secret-store.ts";
import { parseVendorFile } from "../../vendors/vendor-schema.ts";
import { createSodiumSecretBox } from "./create-sodium-secret-box.ts";
import { createSqliteVendorSecretStore } from "./create-sqlite-vendor-secret-store.ts";
import { finishMasterKeyRotation } from "./finish-master-key-rotation.ts";
import { loadMasterKey } from "./load-master-key.ts";
import { loadPreviousMasterKeys } from "./load-previous-master-keys.ts";
import { openDatabase } from "./open-database.ts";
import { rotateMasterKey } from "./rotate-master-key.ts";
import { SQLITE_SCHEMAS } from "./sqlite-schemas.ts";

const acme = parseVendorFile("t", { id: "acme", displayName: "Acme", protocol: "openai", baseUrl: "https://x.example/v1", models: ["m"], regions: ["us"], dpa: { signed: "2026-01-01", expires: "2027-01-01" }, status: "approved" });
const now = new Date("2026-06-15T00:00:00Z");

describe("master key rotation", () => {
  it("re-seals every vendor key under a new key while the old key stays readable, then finishes", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "veilgate-rotate-"));
    const database = openDatabase(join(dataDir, "veilgate.db"), SQLITE_SCHEMAS);
    const environment = {};
    const oldKey = loadMasterKey({ environment, file: join(dataDir, "master.key") }).key;
    const oldBox = await createSodiumSecretBox({ currentKey: oldKey });
    const secrets = createSqliteVendorSecretStore(database);
    secrets.put({ vendorId: "acme", sealed: oldBox.seal("sk-acme-live", vendorSecretAssociatedData("acme")), previousSealed: null, updatedAt: now.toISOString() });
    // A server started before the rotation holds only the old key.
    const runningServer = createVendorKeyResolver({ secrets, secretBox: oldBox, environment });

    const rotation = await rotateMasterKey({ database, dataDir, environment, now });
    expect(rotation).toMatchObject({ mode: "file", oldKeyId: oldBox.currentKeyId, resealed: 1 });
    expect(rotation.newKeyId).not.toBe(rotation.oldKeyId);
    expect(existsSync(join(dataDir, "master.key.next"))).toBe(false);
    expect(statSync(join(dataDir, "master.previous.keys")).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataDir, "master.key")).mode & 0o777).toBe(0o600);
    const newKey = loadMasterKey({ environment, file: join(dataDir, "master.key") }).key;
    const restarted = await createSodiumSecretBox({ currentKey: newKey, previousKeys: loadPreviousMasterKeys({ environment, dataDir }) });
    expect(restarted.currentKeyId).toBe(rotation.newKeyId);
    expect(restarted.keyIdOf(secrets.get("acme")!.sealed)).toBe(rotation.newKeyId);
    expect(runningServer(acme)).toBe("sk-acme-live");
    expect(createVendorKeyResolver({ secrets, secretBox: restarted, environment })(acme)).toBe("sk-acme-live");

    const finished = await finishMasterKeyRotation({ database, dataDir, environment, now });
    expect(finished.status).toMatchObject({ currentKeyId: rotation.newKeyId, previousKeyIds: [rotation.oldKeyId], vendorSecretsByKeyId: { [rotation.newKeyId]: 1 }, vendorSecretsWithPreviousCopy: 0 });
    expect(runningServer(acme)).toBeUndefined();
    expect(createVendorKeyResolver({ secrets, secretBox: await createSodiumSecretBox({ currentKey: newKey }), environment })(acme)).toBe("sk-acme-live");
    expect(readFileSync(join(dataDir, "veilgate.db")).includes("sk-acme-live")).toBe(false);
    database.close();
  });

  it("refuses to start a second rotation over an unfinished one", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "veilgate-rotate-"));
    const database = openDatabase(join(dataDir, "veilgate.db"), SQLITE_SCHEMAS);
    const { writeFileSync } = await import("node:fs");
    loadMasterKey({ environment: {}, file: join(dataDir, "master.key") });
    writeFileSync(join(dataDir, "master.key.next"), `${Buffer.alloc(32, 7).toString("base64")}\n`, { mode: 0o600 });
    await expect(rotateMasterKey({ database, dataDir, environment: {}, now })).rejects.toThrow(/did not finish/);
    // Finishing promotes the interrupted rotation's key.
    const finished = await finishMasterKeyRotation({ database, dataDir, environment: {}, now });
    expect(finished.status.currentKeyId).toBe((await createSodiumSecretBox({ currentKey: new Uint8Array(32).fill(7) })).currentKeyId);
    database.close();
  });
});
