/**
 * Compares two Veilgate source trees in the same minutes: (b) the bare hop, (c) Veilgate from
 * this tree and (c′) Veilgate from another checkout, measured in interleaved rounds, so a
 * before/after on a busy machine shares its background load.
 * Usage: node --import tsx bench/compare-builds.ts <other-checkout> [--quick]
 * `<other-checkout>` is a directory holding bench/ and src/ (e.g. `git archive HEAD src bench
 * redaction-rules | tar -x -C /tmp/base`, with node_modules linked in). Prints a table; writes nothing.
 */
import { resolve } from "node:path";
import { benchRequestBody } from "./bench-request.ts";
import { benchSettingsFrom } from "./bench-settings.ts";
import { STANDARD_HOPS, startBenchServers } from "./harness/start-bench-servers.ts";
import type { AnswerMode } from "./load/bench-target.ts";
import { cpuMeterOf } from "./load/cpu-meter.ts";
import { type MeasuredTarget, measureTargets } from "./load/measure-targets.ts";
import { measurementCells } from "./report/bench-tables.ts";
import { formatTextTable } from "./report/format-table.ts";
import { currentLoadAverage } from "./report/machine-info.ts";

const [otherCheckout, ...flags] = process.argv.slice(2);
if (!otherCheckout) throw new Error("usage: compare-builds.ts <other-checkout> [--quick]");
const { settings } = benchSettingsFrom(flags);
const progress = (line: string) => process.stderr.write(`  ${line}\n`);
const bodies: Record<AnswerMode, string> = { json: benchRequestBody(false), stream: benchRequestBody(true) };
const loadAtStart = currentLoadAverage();

const servers = await startBenchServers([
  ...STANDARD_HOPS,
  { id: "veilgate-other", label: `(c′) Veilgate from ${otherCheckout}`, script: resolve(otherCheckout, "bench/servers/veilgate-server.ts") },
]);
try {
  const measured: MeasuredTarget[] = servers.targets
    .filter((target) => servers.hops.has(target.id))
    .map((target) => ({ target, cpuMeter: cpuMeterOf(servers.hops.get(target.id)!) }));
  const rows = await measureTargets({ targets: measured, bodies, settings, progress });
  console.log(`load average ${loadAtStart} → ${currentLoadAverage()}`);
  console.log(formatTextTable(measurementCells(rows)));
} finally {
  await servers.stopAll();
}
