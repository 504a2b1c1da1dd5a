import { frameCategory, frameLocation } from "./categorize-call-frame.ts";
import type { CpuProfile, CpuProfileNode } from "./cpu-profile.ts";

/** Time charged to one function or one category. */
export interface ProfileEntry {
  name: string;
  /** Microseconds sampled. */
  micros: number;
  /** Share of the busy (non-idle) time, 0–100. */
  percent: number;
  /** Microseconds per request served while profiling. */
  microsPerRequest: number;
}

export interface ProfileSummary {
  requests: number;
  /** Sampled time that was not idle, in microseconds. */
  busyMicros: number;
  topSelf: ProfileEntry[];
  /** Inclusive (self + callees) time of functions in Veilgate's src/ and the packages it calls. */
  topInclusive: ProfileEntry[];
  categories: ProfileEntry[];
}

const functionKey = (frame: CpuProfileNode["callFrame"]): string =>
  `${frame.functionName || "(anonymous)"} ${frameLocation(frame)}${frame.url ? `:${frame.lineNumber + 1}` : ""}`;

/**
 * Charges each sample's interval to the sampled function (self time), to every distinct
 * function on its stack (inclusive time, recursion counted once) and to the sampled
 * function's category; idle samples are left out of the busy total.
 */
export function summarizeCpuProfile(profile: CpuProfile, requests: number, limit = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const categories = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((nodeId, index) => {
    // A sample's interval is the gap to the next sample; the last one gets the gap before it.
    const micros = profile.timeDeltas[index + 1] ?? profile.timeDeltas[index] ?? 0;
    const node = byId.get(nodeId);
    if (!node) return;
    const category = frameCategory(node.callFrame);
    if (category === "idle") return;
    busy += micros;
    categories.set(category, (categories.get(category) ?? 0) + micros);
    const key = functionKey(node.callFrame);
    self.set(key, (self.get(key) ?? 0) + micros);
    const seen = new Set<string>();
    for (let current: number | undefined = nodeId; current !== undefined; current = parentOf.get(current)) {
      const frame = byId.get(current)?.callFrame;
      if (!frame || frame.url === "") continue;
      const frameKey = functionKey(frame);
      if (seen.has(frameKey)) continue;
      seen.add(frameKey);
      inclusive.set(frameKey, (inclusive.get(frameKey) ?? 0) + micros);
    }
  });

  const entries = (totals: Map<string, number>, keep: (name: string) => boolean = () => true): ProfileEntry[] =>
    [...totals]
      .filter(([name]) => keep(name))
      .sort((left, right) => right[1] - left[1])
      .slice(0, limit)
      .map(([name, micros]) => ({ name, micros, percent: busy > 0 ? (micros / busy) * 100 : 0, microsPerRequest: requests > 0 ? micros / requests : 0 }));

  return {
    requests,
    busyMicros: busy,
    topSelf: entries(self),
    // Entry points and generic glue (the event loop, stream plumbing) would top this list without saying anything.
    topInclusive: entries(inclusive, (name) => / src\//.test(name) || /(zod|better-sqlite3|pino|hono|@hono|undici|@noble)\//.test(name)),
    categories: entries(categories),
  };
}
