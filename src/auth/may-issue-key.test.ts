import { describe, expect, it } from "vitest";
import { mayIssueKey } from "./may-issue-key.ts";
import type { Grant } from "./permissions.ts";

const admin: Grant = { role: "admin", scopes: [] };
const keyManager: Grant = { role: "admin", scopes: ["keys:write"] };
const auditor: Grant = { role: "auditor", scopes: [] };
const client: Grant = { role: "client", scopes: [] };

describe("mayIssueKey: a new key holds no more than its creator", () => {
  it("lets a key pass on what it holds, whole or narrowed", () => {
    expect(mayIssueKey(admin, admin)).toEqual({ allowed: true });
    expect(mayIssueKey(keyManager, { role: "admin", scopes: ["keys:write"] })).toEqual({ allowed: true });
    expect(mayIssueKey(admin, { role: "auditor", scopes: ["audit:verify", "keys:read"] })).toEqual({ allowed: true });
  });

  it("refuses a narrowed key minting a broader one, naming what it lacks", () => {
    expect(mayIssueKey(keyManager, admin)).toEqual({
      allowed: false,
      beyondCreator: ["vendors:read", "vendors:write", "vendors:approve", "keys:read", "policies:read", "policies:write", "audit:verify"],
    });
    expect(mayIssueKey(keyManager, { role: "admin", scopes: ["keys:write", "vendors:approve"] })).toEqual({ allowed: false, beyondCreator: ["vendors:approve"] });
  });

  it("refuses an admin minting an auditor that reads transcripts", () => {
    expect(mayIssueKey(admin, auditor)).toEqual({ allowed: false, beyondCreator: ["audit:read", "audit:export", "audit:reveal"] });
  });

  it("lets any key that may write keys issue client keys, and no other", () => {
    expect(mayIssueKey(admin, client)).toEqual({ allowed: true });
    expect(mayIssueKey(keyManager, client)).toEqual({ allowed: true });
    expect(mayIssueKey({ role: "admin", scopes: ["vendors:read"] }, client)).toEqual({ allowed: false, beyondCreator: ["model:invoke"] });
    expect(mayIssueKey(auditor, client)).toEqual({ allowed: false, beyondCreator: ["model:invoke"] });
  });

  it("judges scopes outside the requested role by what they grant: nothing", () => {
    expect(mayIssueKey(keyManager, { role: "admin", scopes: ["audit:read"] })).toEqual({ allowed: true });
  });
});
