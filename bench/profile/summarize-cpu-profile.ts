import { frameCategory, frameLocation } from "./categorize-call-frame.ts";
import type { CpuProfile, CpuProfileNode } from "./cpu-profile.ts";

/** Time charged to one function or one category. */
export interface ProfileEntry {
  name: string;
  /** Microseconds sampled. */
  micros: number;
  /** Share of the busy (non-idle) time, 0–100. */
  percent: number;
  /**
   * Estimated CPU microseconds per request: the share times the process's measured CPU per
   * request (sampled time is wall time, which on a busy 2-core box includes time descheduled).
   */
  microsPerRequest: number;
}

/** A CPU profile boiled down: ranked functions and categories. */
export interface ProfileSummary {
  requests: number;
  /** Sampled time that was not idle, in microseconds. */
  busyMicros: number;
  topSelf: ProfileEntry[];
  /** Inclusive (self + callees) time of functions in Veilgate's src/. */
  topInclusive: ProfileEntry[];
  /** Inclusive time of functions in the libraries Veilgate calls (zod, SQLite, pino, Hono…). */
  topInclusiveLibraries: ProfileEntry[];
  categories: ProfileEntry[];
}

type CallFrame = CpuProfileNode["callFrame"];

const isPseudoFrame = (frame: CallFrame): boolean => frame.url === "" && /^\(.*\)$/.test(frame.functionName);
const isNativeFrame = (frame: CallFrame): boolean => frame.url === "" && !isPseudoFrame(frame);
const functionKey = (frame: CallFrame): string =>
  `${frame.functionName || "(anonymous)"} ${frameLocation(frame)}${frame.url ? `:${frame.lineNumber + 1}` : ""}`;

/**
 * Charges each sample's interval to the sampled function (self time), to every distinct
 * function on its stack (inclusive time, recursion counted once) and to the sampled
 * function's category; idle samples are left out of the busy total. A native function
 * (JSON.parse, a socket writev, SQLite's `run`) is named with its nearest JS caller and its
 * time goes to that caller's category, so "native" never hides whose cost it is.
 * `cpuMicrosPerRequest` (measured without the profiler) turns shares into microseconds.
 */
export function summarizeCpuProfile(profile: CpuProfile, requests: number, cpuMicrosPerRequest: number, limit = 25): ProfileSummary {
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
    if (frameCategory(node.callFrame) === "idle") return;
    let caller: CallFrame | undefined;
    if (isNativeFrame(node.callFrame)) {
      for (let current = parentOf.get(nodeId); current !== undefined && !caller; current = parentOf.get(current)) {
        const frame = byId.get(current)?.callFrame;
        if (frame && frame.url !== "") caller = frame;
      }
    }
    busy += micros;
    const category = frameCategory(caller ?? node.callFrame);
    categories.set(category, (categories.get(category) ?? 0) + micros);
    const key = caller ? `${node.callFrame.functionName} [native] ← ${functionKey(caller)}` : functionKey(node.callFrame);
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
      .map(([name, micros]) => {
        const share = busy > 0 ? micros / busy : 0;
        return { name, micros, percent: share * 100, microsPerRequest: share * cpuMicrosPerRequest };
      });

  return {
    requests,
    busyMicros: busy,
    topSelf: entries(self),
    // Entry points and generic glue (the event loop, stream plumbing) would top this list without saying anything.
    topInclusive: entries(inclusive, (name) => / src\//.test(name)),
    topInclusiveLibraries: entries(inclusive, (name) => /^\S+ (zod|better-sqlite3|pino|hono|@hono\/node-server|@noble\/hashes|libphonenumber-js)\//.test(name)),
    categories: entries(categories),
  };
}
