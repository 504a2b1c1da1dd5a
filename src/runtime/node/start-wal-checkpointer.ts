import { Worker } from "node:worker_threads";
import type Database from "better-sqlite3";

/** What one checkpoint did: pages in the write-ahead log, and how many of them are now in the database file. */
export interface WalCheckpoint {
  busy: boolean;
  logPages: number;
  checkpointedPages: number;
}

export interface WalCheckpointer {
  /** Runs a checkpoint now (on the worker) and resolves with what it did. */
  checkpoint(): Promise<WalCheckpoint>;
  /** Stops the worker and closes its connection. */
  stop(): Promise<void>;
}

/**
 * The server's SQLite checkpoints, moved off the thread that answers requests. SQLite runs a
 * checkpoint inside whichever commit pushes the write-ahead log past `wal_autocheckpoint`
 * pages: every few hundred requests one of them waited ~15 ms for its page copies and
 * fsyncs. Here a worker thread with its own connection checkpoints every `intervalMs`
 * instead, and the serving connection's own threshold is raised so it is only a fallback
 * (should the worker fall behind or fail, the log is still bounded). Commits stay as
 * durable as before: a checkpoint only moves committed pages from the log into the file.
 */
export function startWalCheckpointer(
  database: Database.Database,
  options: { intervalMs?: number; fallbackPages?: number; onError(message: string): void },
): WalCheckpointer {
  database.pragma(`wal_autocheckpoint = ${options.fallbackPages ?? 16_384}`);
  const worker = new Worker(new URL("./wal-checkpoint-worker.mjs", import.meta.url), {
    workerData: { file: database.name, intervalMs: options.intervalMs ?? 250 },
    execArgv: [],
  });
  const waiting = new Map<number, { resolve(result: WalCheckpoint): void; reject(error: Error): void }>();
  let nextId = 1;
  const failAll = (error: Error) => {
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  };
  worker.on("message", (message: { type: string; id?: number; result?: WalCheckpoint; error?: string; message?: string }) => {
    if (message.type === "error") options.onError(message.message ?? "checkpoint failed");
    if (message.type !== "checkpointed" || message.id === undefined) return;
    const pending = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.error !== undefined) pending?.reject(new Error(message.error));
    else if (message.result) pending?.resolve(message.result);
  });
  worker.on("error", (error) => {
    options.onError(String(error));
    failAll(error);
  });
  // The worker must not keep a finished process alive (unref'd after its listeners are
  // attached, which would ref it again); `stop` holds the process until it has closed.
  worker.unref();
  let running = true;
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  void exited.then(() => {
    running = false;
    failAll(new Error("the WAL checkpoint worker has stopped"));
  });
  return {
    checkpoint() {
      if (!running) return Promise.reject(new Error("the WAL checkpoint worker has stopped"));
      const id = nextId++;
      return new Promise<WalCheckpoint>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ type: "checkpoint", id });
      });
    },
    async stop() {
      if (!running) return;
      worker.ref();
      worker.postMessage({ type: "stop" });
      await exited;
    },
  };
}
