import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * A full garbage collection, run between measured visits so one engine's garbage is not
 * collected on the next engine's clock. `npm run bench:detect` has no `--expose-gc`, so the
 * flag is set at run time; a no-op if V8 refuses.
 */
export const collectGarbage: () => void = (() => {
  setFlagsFromString("--expose-gc");
  const gc: unknown = runInNewContext("gc");
  return typeof gc === "function" ? () => void gc() : () => {};
})();
