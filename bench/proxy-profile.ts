/**
 * Where Veilgate's time goes. Run: `node --import tsx bench/proxy-profile.ts` (about 2 minutes).
 *
 * 1. Breakdown: measures (b) the bare node:http hop, (d) the same hop on Hono +
 *    @hono/node-server shaped like Veilgate's HTTP layer, and (c) Veilgate, so Veilgate's
 *    cost over (b) splits into the framework's share (d − b) and the pipeline's (c − d).
 * 2. Profiles: V8 CPU profiles of (d) and (c) under 10-connection JSON and stream load,
 *    summarised as top self time, inclusive time of Veilgate and library functions, and
 *    time per category. Profiles are kept in bench/results/profiles/ for DevTools.
 * Writes bench/results/proxy-profile.{md,json}.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Agent } from "undici";
import { benchRequestBody } from "./bench-request.ts";
import type { BenchSettings } from "./bench-settings.ts";
import { verifyEcho } from "./checks/verify-echo.ts";
import { verifyRedaction } from "./checks/verify-redaction.ts";
import { type HopDefinition, STANDARD_HOPS, startBenchServers } from "./harness/start-bench-servers.ts";
import { ANSWER_MODES, type AnswerMode } from "./load/bench-target.ts";
import { cpuMeterOf } from "./load/cpu-meter.ts";
import { type MeasuredTarget, measureTargets } from "./load/measure-targets.ts";
import { breakdownCells, overheadBreakdown } from "./profile/overhead-breakdown.ts";
import { profileEntryCells } from "./profile/profile-tables.ts";
import { profileHop } from "./profile/profile-hop.ts";
import type { ProfileSummary } from "./profile/summarize-cpu-profile.ts";
import { type BenchRow, rowOf } from "./report/bench-row.ts";
import { measurementCells } from "./report/bench-tables.ts";
import { formatMarkdownTable, formatTextTable } from "./report/format-table.ts";
import { currentLoadAverage, machineInfo } from "./report/machine-info.ts";

const HONO_HOP: HopDefinition = { id: "hono-pass-through", label: "(d) Hono hop", script: "hono-pass-through-server.ts" };
const SETTINGS: BenchSettings = {
  warmupRequests: 300,
  sequentialRequests: 1500,
  concurrency: 10,
  throughputWarmupSeconds: 1,
  throughputSeconds: 4,
  throughputMaxRequests: 100_000,
  rounds: 3,
  roundWarmupRequests: 20,
};
const PROFILE = { warmupSeconds: 2, seconds: 6, intervalMicros: 100 };
const resultsDirectory = resolve(import.meta.dirname, "results");
const profilesDirectory = join(resultsDirectory, "profiles");
const progress = (line: string) => process.stderr.write(`  ${line}\n`);
const bodies: Record<AnswerMode, string> = { json: benchRequestBody(false), stream: benchRequestBody(true) };

const loadAtStart = currentLoadAverage();
const [passThroughHop, veilgateHop] = STANDARD_HOPS;
if (!passThroughHop || !veilgateHop) throw new Error("the standard hops are missing");
const servers = await startBenchServers([passThroughHop, HONO_HOP, veilgateHop]);
try {
  const checker = new Agent({ connections: 1 });
  const hopTargets = servers.targets.filter((target) => target.id !== "direct");
  for (const target of hopTargets) if (target.id !== "veilgate") await verifyEcho(checker, target, bodies);
  const veilgateTarget = hopTargets.find((target) => target.id === "veilgate");
  if (!veilgateTarget) throw new Error("Veilgate did not start");
  await verifyRedaction(checker, veilgateTarget, servers.vendor, bodies);
  await checker.close();

  const measured: MeasuredTarget[] = hopTargets.map((target) => {
    const child = servers.hops.get(target.id);
    return child ? { target, cpuMeter: cpuMeterOf(child) } : { target };
  });
  const rows: BenchRow[] = await measureTargets({ targets: measured, bodies, settings: SETTINGS, progress });
  const splits = overheadBreakdown(rows);

  mkdirSync(profilesDirectory, { recursive: true });
  const profiles: Array<{ hop: string; mode: AnswerMode; path: string; summary: ProfileSummary; cpuMicrosPerRequest: number; cpuMicrosPerRequestWhileProfiling: number }> = [];
  for (const target of hopTargets.filter((candidate) => candidate.id !== "pass-through")) {
    const child = servers.hops.get(target.id);
    if (!child) continue;
    for (const mode of ANSWER_MODES) {
      progress(`profiling ${target.label} ${mode} for ${PROFILE.seconds} s…`);
      const dispatcher = new Agent({ connections: SETTINGS.concurrency, keepAliveTimeout: 60_000 });
      const path = join(profilesDirectory, `${target.id}-${mode}.cpuprofile`);
      const cpuMicrosPerRequest = rowOf(rows, target.id, mode).throughput.cpuMicrosPerRequest ?? Number.NaN;
      const profiled = await profileHop({ child, target, mode, body: bodies[mode], dispatcher, concurrency: SETTINGS.concurrency, ...PROFILE, path, cpuMicrosPerRequest });
      await dispatcher.close();
      profiles.push({ hop: target.label, mode, path, cpuMicrosPerRequest, ...profiled });
    }
  }

  const machine = machineInfo(loadAtStart);
  const sections: Array<[string, string[][]]> = [
    ["Measurements", measurementCells(rows)],
    ["Veilgate's cost over (b): framework (d − b) vs pipeline (c − d)", breakdownCells(splits)],
  ];
  for (const profile of profiles) {
    const label = `${profile.hop}, ${profile.mode} @${SETTINGS.concurrency} (${profile.summary.requests} requests; ${profile.cpuMicrosPerRequest.toFixed(0)} µs CPU/req unprofiled, ${profile.cpuMicrosPerRequestWhileProfiling.toFixed(0)} profiled)`;
    sections.push([`${label} — self time by category`, profileEntryCells("category (self time)", profile.summary.categories, 20)]);
    sections.push([`${label} — top self time`, profileEntryCells("function", profile.summary.topSelf, 30)]);
    if (profile.hop.includes("Veilgate")) {
      sections.push([`${label} — inclusive time, Veilgate src/`, profileEntryCells("function (inclusive)", profile.summary.topInclusive, 30)]);
      sections.push([`${label} — inclusive time, libraries`, profileEntryCells("function (inclusive)", profile.summary.topInclusiveLibraries, 20)]);
    }
  }
  for (const [title, cells] of sections) console.log(`\n${title}\n${formatTextTable(cells)}`);

  const header = `# Where Veilgate's time goes\n\nProduced by \`node --import tsx bench/proxy-profile.ts\`. ${machine.cpuModel}, ${machine.cpuCount} CPUs, Node ${machine.node}, commit ${machine.commit}${machine.sourceDirty ? " (src/ modified)" : ""}, ${machine.date}, load average ${machine.loadAverage.atStart} → ${machine.loadAverage.atEnd}. Profiles sampled every ${PROFILE.intervalMicros} µs under ${SETTINGS.concurrency}-connection load. "% busy" is the share of non-idle samples; "≈ CPU µs/req" is that share times the process's CPU per request measured without the profiler. Native functions are named with their JS caller and charged to its category. The .cpuprofile files (bench/results/profiles/) open in Chrome DevTools or speedscope.\n`;
  const markdown = [header, ...sections.map(([title, cells]) => `## ${title}\n\n${formatMarkdownTable(cells)}\n`)].join("\n");
  writeFileSync(join(resultsDirectory, "proxy-profile.md"), markdown);
  writeFileSync(join(resultsDirectory, "proxy-profile.json"), `${JSON.stringify({ machine, settings: SETTINGS, profile: PROFILE, rows, splits, profiles }, null, 2)}\n`);
  console.log(`\nWrote ${join(resultsDirectory, "proxy-profile.md")}`);
} finally {
  await servers.stopAll();
}
