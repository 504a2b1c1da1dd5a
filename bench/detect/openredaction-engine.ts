import type { DetectEngine } from "./detect-engine.ts";
import { installedVersion } from "./installed-version.ts";

/**
 * OpenRedaction as its README's quick start uses it: `new OpenRedaction()` then
 * `detect(text).redacted`, with its defaults (every built-in pattern, names, addresses,
 * context analysis, placeholder mode; cache, multi-pass, worker batches, document/OCR
 * processing, audit, metrics and RBAC all off). One change: the learning store is off, so the
 * run neither reads nor can write `.openredaction/learnings.json` in the working directory
 * (it only feeds a whitelist from that file, which does not exist here).
 */
export async function createOpenRedactionEngine(): Promise<DetectEngine> {
  const { OpenRedaction } = await import("@openredaction/openredaction");
  const shield = new OpenRedaction({ enableLearning: false });
  const patterns = shield.getPatterns().length;
  return {
    id: "openredaction",
    label: `@openredaction/openredaction ${installedVersion("@openredaction/openredaction")}`,
    role: "peer",
    setup: `new OpenRedaction({ enableLearning: false }) (otherwise defaults: ${patterns} patterns incl. names, context analysis on, cache off); detect(text).redacted.`,
    run: (text) => shield.detect(text).redacted.length,
    examine: (text) => {
      const result = shield.detect(text);
      return { redacted: result.redacted, labels: result.detections.map((detection) => detection.type) };
    },
  };
}
