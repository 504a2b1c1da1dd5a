import { describe, expect, it } from "vitest";
import { createVendorLifecycle } from "./create-vendor-lifecycle.ts";
import { createVendorRegistry } from "./create-vendor-registry.ts";
import { importSeedVendors } from "./import-seed-vendors.ts";
import type { VendorRecord } from "./vendor-record.ts";
import { parseVendorFile, type VendorFacts } from "./vendor-schema.ts";
import { SAMPLE_VENDOR_FACTS } from "./testing/sample-vendor.ts";

const alice = { keyId: "key_alice", person: "key_alice" };
const bob = { keyId: "key_bob", person: "key_bob" };
const carol = { keyId: "key_carol", person: "key_carol" };
/** A second key Alice minted for herself: a different key id, the same person. */
const aliceAgain = { keyId: "key_alice2", person: "key_alice" };
const facts: VendorFacts = { ...SAMPLE_VENDOR_FACTS, dpa: { signed: "2026-01-01", expires: "2027-12-31" } };
const now = new Date("2026-06-15T12:00:00Z");

function setUp() {
  const registry = createVendorRegistry({ refreshMs: 0 });
  return { registry, lifecycle: createVendorLifecycle({ registry, now: () => now }) };
}

describe("vendor lifecycle: two people for anything that lets data flow", () => {
  it("refuses the proposer's own approval (by person, not key), and takes a different admin's", () => {
    const { registry, lifecycle } = setUp();
    expect(lifecycle.propose(facts, alice)).toMatchObject({ ok: true, after: { vendor: { status: "proposed" }, proposedBy: alice } });
    expect(registry.route("m1", { vendors: null }, now).allowed).toBe(false);
    expect(lifecycle.approve("acme", alice)).toMatchObject({ ok: false, error: "two_person" });
    expect(lifecycle.approve("acme", aliceAgain)).toMatchObject({ ok: false, error: "two_person" });
    const approved = lifecycle.approve("acme", bob);
    expect(approved).toMatchObject({ ok: true, before: { vendor: { status: "proposed" } }, after: { vendor: { status: "approved" }, approvedBy: bob } });
    expect(registry.route("m1", { vendors: null }, now)).toMatchObject({ allowed: true, vendor: { id: "acme" } });
  });

  it("keeps everyone who proposed or edited a proposal from approving it", () => {
    const { lifecycle } = setUp();
    lifecycle.propose(facts, alice);
    expect(lifecycle.update("acme", { models: ["m1", "m2"] }, bob)).toMatchObject({ ok: true, after: { proposedBy: alice, contributors: [alice, bob] } });
    expect(lifecycle.approve("acme", bob)).toMatchObject({ ok: false, error: "two_person", message: expect.stringMatching(/edited by this admin.*so far: key_alice, key_bob/) });
    expect(lifecycle.approve("acme", alice)).toMatchObject({ ok: false, error: "two_person", message: expect.stringMatching(/proposed by this admin/) });
    expect(lifecycle.approve("acme", aliceAgain)).toMatchObject({ ok: false, error: "two_person" });
    expect(lifecycle.approve("acme", carol)).toMatchObject({ ok: true, after: { vendor: { models: ["m1", "m2"], status: "approved" }, contributors: [], approvedBy: carol } });
  });

  it("keeps everyone who edited a pending change from approving it, so its author cannot slip it through another's edit", () => {
    const { registry, lifecycle } = setUp();
    lifecycle.propose(facts, alice);
    lifecycle.approve("acme", bob);
    lifecycle.update("acme", { baseUrl: "https://elsewhere.example/v1" }, alice);
    // Bob's edit is built on Alice's pending facts: approving it would approve her baseUrl too.
    const edited = lifecycle.update("acme", { displayName: "Acme (renamed)" }, bob);
    expect(edited).toMatchObject({ ok: true, after: { pending: { proposedBy: alice, contributors: [alice, bob], facts: { baseUrl: "https://elsewhere.example/v1", displayName: "Acme (renamed)" } } } });
    expect(lifecycle.approve("acme", alice)).toMatchObject({ ok: false, error: "two_person", message: expect.stringMatching(/pending change .* proposed by this admin/) });
    expect(lifecycle.approve("acme", bob)).toMatchObject({ ok: false, error: "two_person", message: expect.stringMatching(/pending change .* edited by this admin/) });
    expect(registry.get("acme")?.vendor.baseUrl).toBe(facts.baseUrl);
    expect(lifecycle.approve("acme", carol)).toMatchObject({ ok: true, after: { vendor: { baseUrl: "https://elsewhere.example/v1" }, pending: null } });
    // The next change starts afresh: its contributors are only those who made it.
    expect(lifecycle.update("acme", { models: ["m3"] }, alice)).toMatchObject({ ok: true, after: { pending: { contributors: [alice] } } });
    expect(lifecycle.approve("acme", bob)).toMatchObject({ ok: true, after: { vendor: { models: ["m3"] } } });
  });

  it("counts a record's proposer as its only contributor when it was stored before contributors were kept", () => {
    const { registry, lifecycle } = setUp();
    const storeAsBefore = (strip: (record: VendorRecord) => VendorRecord) => {
      const stored = registry.store.get("acme")!;
      registry.store.replace({ ...strip(stored), version: stored.version + 1 }, stored.version);
    };
    lifecycle.propose(facts, alice);
    storeAsBefore(({ contributors: _contributors, ...record }) => record);
    expect(lifecycle.approve("acme", alice)).toMatchObject({ ok: false, error: "two_person" });
    lifecycle.approve("acme", bob);
    lifecycle.update("acme", { models: ["m2"] }, alice);
    storeAsBefore((record) => {
      const { contributors: _contributors, ...pending } = record.pending!;
      return { ...record, pending };
    });
    expect(lifecycle.update("acme", { models: ["m3"] }, bob)).toMatchObject({ ok: true, after: { pending: { contributors: [alice, bob] } } });
    expect(lifecycle.approve("acme", alice)).toMatchObject({ ok: false, error: "two_person" });
  });

  it("keeps the approved facts serving while a change waits for a second admin", () => {
    const { registry, lifecycle } = setUp();
    lifecycle.propose(facts, alice);
    lifecycle.approve("acme", bob);
    const pending = lifecycle.update("acme", { baseUrl: "https://elsewhere.example/v1" }, alice);
    expect(pending).toMatchObject({ ok: true, after: { vendor: { baseUrl: facts.baseUrl, status: "approved" }, pending: { proposedBy: alice } } });
    expect(registry.get("acme")?.vendor.baseUrl).toBe(facts.baseUrl);
    expect(lifecycle.approve("acme", alice)).toMatchObject({ ok: false, error: "two_person" });
    expect(lifecycle.approve("acme", bob)).toMatchObject({ ok: true, after: { vendor: { baseUrl: "https://elsewhere.example/v1", status: "approved" }, pending: null } });
    expect(lifecycle.approve("acme", bob)).toMatchObject({ ok: false, error: "conflict" });
  });

  it("validates a change against the whole schema", () => {
    const { lifecycle } = setUp();
    lifecycle.propose(facts, alice);
    expect(lifecycle.update("acme", { dataClasses: ["phi"] }, alice)).toMatchObject({ ok: false, error: "invalid", message: expect.stringMatching(/hipaaBaa/) });
  });

  it("suspends with one admin, but reinstating needs a second", () => {
    const { registry, lifecycle } = setUp();
    lifecycle.propose(facts, alice);
    lifecycle.approve("acme", bob);
    expect(lifecycle.suspend("acme", bob)).toMatchObject({ ok: true, after: { vendor: { status: "suspended" }, statusChangedBy: bob } });
    expect(registry.route("acme/m1", { vendors: null }, now)).toMatchObject({ allowed: false, rule: "vendor.status" });
    expect(lifecycle.reinstate("acme", bob)).toMatchObject({ ok: true, after: { vendor: { status: "proposed" }, proposedBy: bob } });
    expect(lifecycle.approve("acme", bob)).toMatchObject({ ok: false, error: "two_person" });
    expect(lifecycle.approve("acme", alice)).toMatchObject({ ok: true, after: { vendor: { status: "approved" } } });
  });

  it("retires for good", () => {
    const { lifecycle } = setUp();
    lifecycle.propose(facts, alice);
    expect(lifecycle.retire("acme", alice)).toMatchObject({ ok: true, after: { vendor: { status: "retired" } } });
    expect(lifecycle.approve("acme", bob)).toMatchObject({ ok: false, error: "conflict" });
    expect(lifecycle.update("acme", { models: ["m2"] }, bob)).toMatchObject({ ok: false, error: "conflict" });
    expect(lifecycle.reinstate("acme", bob)).toMatchObject({ ok: false, error: "conflict" });
  });

  it("refuses duplicates, unknown ids and built-in vendors", () => {
    const registry = createVendorRegistry({ vendors: [parseVendorFile("demo", { ...facts, id: "demo", status: "approved" })] });
    const lifecycle = createVendorLifecycle({ registry });
    expect(lifecycle.propose({ ...facts, id: "demo" }, alice)).toMatchObject({ ok: false, error: "conflict" });
    expect(lifecycle.suspend("demo", alice)).toMatchObject({ ok: false, error: "conflict", message: expect.stringMatching(/built into/) });
    expect(lifecycle.approve("nope", alice)).toMatchObject({ ok: false, error: "not_found" });
    lifecycle.propose(facts, alice);
    expect(lifecycle.propose(facts, bob)).toMatchObject({ ok: false, error: "conflict" });
  });

  it("never lets two admins overwrite each other (compare-and-set on the version)", () => {
    const { registry, lifecycle } = setUp();
    lifecycle.propose(facts, alice);
    const stale = registry.store.get("acme")!;
    lifecycle.update("acme", { displayName: "Acme 2" }, alice);
    expect(registry.store.replace({ ...stale, version: stale.version + 1 }, stale.version)).toBe(false);
  });
});

describe("seed files", () => {
  const seed = parseVendorFile("vendors/acme.json", { ...facts, status: "approved" });

  it("are imported once, as declared, with the operator as proposer and approver", () => {
    const { registry, lifecycle } = setUp();
    const first = importSeedVendors({ store: registry.store, seeds: [seed], now });
    expect(first.imported).toHaveLength(1);
    expect(first.imported[0]).toMatchObject({ source: "seed", proposedBy: { keyId: null, person: "operator" }, approvedBy: { person: "operator" }, vendor: { status: "approved" } });
    registry.refresh();
    lifecycle.suspend("acme", alice);
    // The file still says approved; the registry (a suspension) wins. A status change is the
    // lifecycle at work; facts that differ from the file are reported as drift.
    expect(importSeedVendors({ store: registry.store, seeds: [seed], now })).toEqual({ imported: [], drifted: [] });
    expect(importSeedVendors({ store: registry.store, seeds: [{ ...seed, displayName: "Renamed" }], now }).drifted).toEqual(["acme"]);
    registry.refresh();
    expect(registry.get("acme")?.vendor.status).toBe("suspended");
  });

  it("declared proposed need an admin's approval (the operator who wrote the file counts as the proposer)", () => {
    const { registry, lifecycle } = setUp();
    importSeedVendors({ store: registry.store, seeds: [{ ...seed, status: "proposed" }], now });
    registry.refresh();
    expect(registry.route("m1", { vendors: null }, now).allowed).toBe(false);
    expect(lifecycle.approve("acme", alice)).toMatchObject({ ok: true, after: { vendor: { status: "approved" }, proposedBy: { person: "operator" } } });
  });
});
