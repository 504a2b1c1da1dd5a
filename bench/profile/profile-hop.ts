import { readFileSync } from "node:fs";
import type { Dispatcher } from "undici";
import type { BenchChild } from "../harness/start-bench-child.ts";
import type { AnswerMode, BenchTarget } from "../load/bench-target.ts";
import { cpuMeterOf } from "../load/cpu-meter.ts";
import { runClosedLoops } from "../load/run-closed-loops.ts";
import type { CpuProfile } from "./cpu-profile.ts";
import { type ProfileSummary, summarizeCpuProfile } from "./summarize-cpu-profile.ts";

/**
 * Loads a hop with `concurrency` closed loops, and records V8's sampling CPU profile of the
 * hop's process (the same profiler `node --cpu-prof` starts, driven over the inspector so
 * only the measured window is in it) while a second run of the same load goes on.
 */
export async function profileHop(options: {
  child: BenchChild;
  target: BenchTarget;
  mode: AnswerMode;
  body: string;
  dispatcher: Dispatcher;
  concurrency: number;
  warmupSeconds: number;
  seconds: number;
  intervalMicros: number;
  /** Where the `.cpuprofile` is written (open it in Chrome DevTools or speedscope). */
  path: string;
  /** The hop's CPU per request under the same load without the profiler, to scale shares by. */
  cpuMicrosPerRequest: number;
}): Promise<{ summary: ProfileSummary; cpuMicrosPerRequestWhileProfiling: number }> {
  const load = { dispatcher: options.dispatcher, target: options.target, mode: options.mode, body: options.body, concurrency: options.concurrency };
  await runClosedLoops(load, options.warmupSeconds, Number.POSITIVE_INFINITY);
  const cpuMeter = cpuMeterOf(options.child);
  await options.child.ask("profile-start", { intervalMicros: options.intervalMicros });
  const cpuBefore = await cpuMeter();
  const measured = await runClosedLoops(load, options.seconds, Number.POSITIVE_INFINITY);
  const cpuAfter = await cpuMeter();
  await options.child.ask("profile-stop", { path: options.path });
  const profile = JSON.parse(readFileSync(options.path, "utf8")) as CpuProfile;
  const requests = measured.latencies.length;
  return {
    summary: summarizeCpuProfile(profile, requests, options.cpuMicrosPerRequest, 40),
    cpuMicrosPerRequestWhileProfiling: (cpuAfter - cpuBefore) / requests,
  };
}
