import type Database from "better-sqlite3";

/**
 * The FTS5 text of an entry, the same words as searchableText() in audit/search-text.ts:
 * an exchange's redacted request and response, or an admin action's name, target and
 * before/after as JSON (`->` keeps JSON spelling, e.g. `true` rather than 1).
 */
const ENTRY_TEXT = `CASE json_extract(entry, '$.kind') WHEN 'exchange'
  THEN coalesce(json_extract(entry, '$.record.redactedRequest'), '') || char(10) || coalesce(json_extract(entry, '$.record.redactedResponse'), '')
  ELSE json_extract(entry, '$.record.action') || char(10) || json_extract(entry, '$.record.target') || char(10)
    || coalesce(entry -> '$.record.before', 'null') || char(10) || coalesce(entry -> '$.record.after', 'null') END`;

/**
 * Keeps the contentless FTS5 index in step with the chain, lazily: `catchUp` indexes the
 * entries appended since the last call (run before each text search), and `forget` drops
 * removed entries (run by retention, in its transaction).
 */
export function createSqliteAuditTextIndex(database: Database.Database) {
  const progress = database.prepare<[], { through_seq: number }>("SELECT through_seq FROM audit_text_progress WHERE id = 1");
  const index = database.prepare(`INSERT INTO audit_text (rowid, text) SELECT seq, ${ENTRY_TEXT} FROM audit_entries WHERE seq > ? ORDER BY seq`);
  const head = database.prepare<[], { seq: number | null }>("SELECT max(seq) AS seq FROM audit_entries");
  const record = database.prepare("UPDATE audit_text_progress SET through_seq = ? WHERE id = 1");
  const drop = database.prepare("DELETE FROM audit_text WHERE rowid <= ?");
  const catchUp = database.transaction(() => {
    const through = progress.get()?.through_seq ?? 0;
    const latest = head.get()?.seq ?? 0;
    if (latest <= through) return;
    index.run(through);
    record.run(latest);
  });
  return {
    catchUp: () => catchUp.immediate(),
    forget: (throughSeq: number) => drop.run(throughSeq),
  };
}
