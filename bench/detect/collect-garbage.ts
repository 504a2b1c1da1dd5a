import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

const SETTLE_STEP_MILLIS = 5;
const SETTLE_MAX_MILLIS = 500;
/** CPU the process may use in one settle step and still count as idle: the GC's helper threads are done. */
const IDLE_CPU_MICROS = 500;

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * A full garbage collection, run between measured visits so one engine's garbage is not
 * collected on the next engine's clock. `npm run bench:detect` has no `--expose-gc`, so the
 * flag is set at run time; a no-op if V8 refuses.
 *
 * V8 sweeps the freed memory on helper threads after `gc()` returns, and `process.cpuUsage`
 * counts every thread: the visit that starts right away would pay for sweeping the garbage
 * of the engine before it (measured: the first corpus pass after a full GC used 22.5 ms of
 * CPU against 17 ms for the next ones, and 17.8 ms with --single-threaded-gc). So this waits,
 * off the clock, until the process has been idle for one step.
 */
export const collectGarbage: () => void = (() => {
  setFlagsFromString("--expose-gc");
  const gc: unknown = runInNewContext("gc");
  if (typeof gc !== "function") return () => {};
  return () => {
    gc();
    for (let waited = 0; waited < SETTLE_MAX_MILLIS; waited += SETTLE_STEP_MILLIS) {
      const before = process.cpuUsage();
      Atomics.wait(pause, 0, 0, SETTLE_STEP_MILLIS);
      const used = process.cpuUsage(before);
      if (used.user + used.system < IDLE_CPU_MICROS) return;
    }
  };
})();
