// The thread behind start-wal-checkpointer.ts: its own connection to the database file,
// copying the write-ahead log back into the file every `intervalMs` and when asked, so the
// fsyncs and page copies of a checkpoint never run on the thread that answers requests.
// Plain JavaScript so the worker starts without the TypeScript loader.
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

const database = new Database(workerData.file, { fileMustExist: true });
database.pragma("busy_timeout = 5000");

/** PASSIVE: copies what it can without waiting for, or blocking, the writer and readers. */
const checkpoint = () => {
  const [result] = database.pragma("wal_checkpoint(PASSIVE)");
  return { busy: result.busy === 1, logPages: result.log, checkpointedPages: result.checkpointed };
};

const timer = setInterval(() => {
  try {
    checkpoint();
  } catch (error) {
    parentPort.postMessage({ type: "error", message: String(error) });
  }
}, workerData.intervalMs);

parentPort.on("message", (message) => {
  if (message.type === "checkpoint") {
    try {
      parentPort.postMessage({ type: "checkpointed", id: message.id, result: checkpoint() });
    } catch (error) {
      parentPort.postMessage({ type: "checkpointed", id: message.id, error: String(error) });
    }
  } else if (message.type === "stop") {
    clearInterval(timer);
    database.close();
    parentPort.close();
  }
});
