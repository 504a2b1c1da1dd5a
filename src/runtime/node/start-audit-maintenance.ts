import type { AuditLog } from "../../audit/audit-log.ts";

const DAY_MS = 86_400_000;

/**
 * The audit log's timers: sign a checkpoint of the head every `checkpointIntervalMs`
 * (so a quiet log's newest entries are signed too), and, when `retentionDays` > 0, remove
 * segments older than that every `retentionIntervalMs` and once at start. Timers are unref'd.
 */
export function startAuditMaintenance(options: {
  log: AuditLog;
  retentionDays: number;
  now: () => Date;
  onError: (task: "checkpoint" | "retention", error: unknown) => void;
  checkpointIntervalMs?: number;
  retentionIntervalMs?: number;
}): { stop(): void } {
  const { log } = options;
  const run = (task: "checkpoint" | "retention", work: () => void) => () => {
    try {
      work();
    } catch (error) {
      options.onError(task, error);
    }
  };
  const checkpoint = run("checkpoint", () => log.checkpoint());
  const retention = run("retention", () => {
    log.checkpoint();
    log.applyRetention(new Date(options.now().getTime() - options.retentionDays * DAY_MS).toISOString());
  });
  const timers = [setInterval(checkpoint, options.checkpointIntervalMs ?? 60_000).unref()];
  if (options.retentionDays > 0) {
    retention();
    timers.push(setInterval(retention, options.retentionIntervalMs ?? 3_600_000).unref());
  }
  return {
    stop() {
      for (const timer of timers) clearInterval(timer);
      checkpoint();
    },
  };
}
