import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AuditFixture, startAuditFixture } from "../browser/support/audit-fixture.ts";

/** Splits RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks) into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') (field += '"'), index++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") row.push(field), (field = "");
    else if (char === "\r" && text[index + 1] === "\n") (row.push(field), rows.push(row), (row = []), (field = "")), index++;
    else field += char;
  }
  return rows;
}

const IN_RANGE = 1_150;
const minute = (index: number) => new Date(Date.UTC(2026, 0, 10, 8, 0, 0) + index * 60_000).toISOString();

describe("audit export (admin API), over more than one page", () => {
  let fixture: AuditFixture;
  const get = (path: string, key = fixture.keys.auditor.secret) => fetch(`${fixture.veilgate.url}/admin${path}`, { headers: { authorization: `Bearer ${key}` } });
  const range = `from=${encodeURIComponent(minute(0))}&to=${encodeURIComponent(minute(IN_RANGE))}`;

  beforeAll(async () => {
    fixture = await startAuditFixture({ checkpointEvery: 256 });
    fixture.appendPast({ time: minute(-5), requestId: "before-range" });
    for (let index = 0; index < IN_RANGE; index++) {
      fixture.appendPast({
        time: minute(index),
        requestId: `bulk-${index}`,
        entityCounts: index % 3 === 0 ? { US_SSN: 1 } : {},
        // Text a CSV must quote: commas, quotes, a line break; and one that a spreadsheet would run.
        redactedRequest: JSON.stringify({ messages: [{ role: "user", content: `Row ${index}, "quoted"\nSSN [US_SSN_ABCDE${index % 10}]` }] }),
        redactedResponse: index === 7 ? "=HYPERLINK(\"http://evil\")" : `ok ${index}`,
      });
    }
    fixture.appendPast({ time: minute(IN_RANGE + 5), requestId: "after-range" });
  });
  afterAll(() => fixture?.close());

  it("streams JSON lines, oldest first, exactly the range, without sealed values", async () => {
    const response = await get(`/audit/export?format=jsonl&${range}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/x-ndjson/);
    const lines = (await response.text()).trimEnd().split("\n").map((line) => JSON.parse(line) as { seq: number; kind: string; record: Record<string, unknown>; hash: string });
    expect(lines).toHaveLength(IN_RANGE);
    expect(lines.map((line) => line.record.requestId)).toEqual(Array.from({ length: IN_RANGE }, (_, index) => `bulk-${index}`));
    expect(lines.every((line, index) => index === 0 || line.seq > lines[index - 1]!.seq)).toBe(true);
    expect(lines[0]).toMatchObject({ kind: "exchange", hash: expect.stringMatching(/^[0-9a-f]{64}$/), revealable: false });
    expect(lines.some((line) => "sealedValueMap" in line.record)).toBe(false);
  });

  it("streams CSV with a header and one correctly quoted row per entry", async () => {
    const response = await get(`/audit/export?format=csv&${range}&entityType=US_SSN`);
    expect(response.headers.get("content-type")).toMatch(/text\/csv/);
    const [header, ...rows] = parseCsv(await response.text());
    expect(header!.slice(0, 5)).toEqual(["seq", "hash", "kind", "time", "request_id"]);
    const expected = Array.from({ length: IN_RANGE }, (_, index) => index).filter((index) => index % 3 === 0);
    expect(rows.map((row) => row[4])).toEqual(expected.map((index) => `bulk-${index}`));
    const column = (name: string) => header!.indexOf(name);
    expect(rows[1]![column("redacted_request")]).toContain('Row 3, \\"quoted\\"\\nSSN [US_SSN_ABCDE3]');
    expect(rows[1]![column("entity_counts")]).toBe('{"US_SSN":1}');
    const all = parseCsv(await (await get(`/audit/export?format=csv&${range}`)).text());
    expect(all).toHaveLength(IN_RANGE + 1);
    expect(all[8]![column("redacted_response")]).toBe("'=HYPERLINK(\"http://evil\")");
  });

  it("pages the same range through search with a cursor", async () => {
    const seen: string[] = [];
    let cursor: string | null = "";
    let pages = 0;
    while (cursor !== null) {
      const response = await get(`/audit/entries?${range}&limit=500&order=asc${cursor ? `&cursor=${cursor}` : ""}`);
      const page = (await response.json()) as { data: Array<{ record: { requestId: string } }>; nextCursor: string | null };
      seen.push(...page.data.map((item) => item.record.requestId));
      cursor = page.nextCursor;
      pages += 1;
    }
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(seen).toEqual(Array.from({ length: IN_RANGE }, (_, index) => `bulk-${index}`));
  });

  it("needs audit:export: admins and clients are refused", async () => {
    expect((await get(`/audit/export?${range}`, fixture.keys.admin.secret)).status).toBe(403);
    expect((await get(`/audit/export?${range}`, fixture.keys.client.secret)).status).toBe(403);
    expect((await fetch(`${fixture.veilgate.url}/admin/audit/export`)).status).toBe(401);
  });
});
