/**
 * `npm run bench`: the same PII-laden chat-completions request sent (a) straight to a fake
 * vendor, (b) through a bare node:http + undici hop and (c) through Veilgate, as JSON and
 * as a stream; latency, first byte, throughput and server CPU per request for each; then
 * Veilgate's cost over (b) against its targets. Writes bench/results/proxy-bench.{json,md}.
 * `npm run bench -- --quick` does a short smoke run.
 */
import { resolve } from "node:path";
import { Agent } from "undici";
import { benchRequestBody } from "./bench-request.ts";
import { benchSettingsFrom } from "./bench-settings.ts";
import { verifyEcho } from "./checks/verify-echo.ts";
import { verifyRedaction } from "./checks/verify-redaction.ts";
import { STANDARD_HOPS, startBenchServers } from "./harness/start-bench-servers.ts";
import type { AnswerMode } from "./load/bench-target.ts";
import { cpuMeterOf } from "./load/cpu-meter.ts";
import { type MeasuredTarget, measureTargets } from "./load/measure-targets.ts";
import type { BenchRow } from "./report/bench-row.ts";
import { checkCells, measurementCells } from "./report/bench-tables.ts";
import { evaluateTargets } from "./report/evaluate-targets.ts";
import { formatTextTable } from "./report/format-table.ts";
import { currentLoadAverage, machineInfo } from "./report/machine-info.ts";
import { writeResults } from "./report/write-results.ts";

const { settings, quick } = benchSettingsFrom(process.argv.slice(2));
const progress = (line: string) => process.stderr.write(`  ${line}\n`);
const bodies: Record<AnswerMode, string> = { json: benchRequestBody(false), stream: benchRequestBody(true) };
const startedAt = performance.now();
const loadAtStart = currentLoadAverage();
if (loadAtStart > 0.5) progress(`note: the 1-minute load average is ${loadAtStart} before the bench starts; other work will skew the numbers`);

const servers = await startBenchServers(STANDARD_HOPS);
try {
  const checker = new Agent({ connections: 1 });
  const direct = servers.targets[0];
  const passThrough = servers.targets.find((target) => target.id === "pass-through");
  const veilgate = servers.targets.find((target) => target.id === "veilgate");
  if (!direct || !passThrough || !veilgate) throw new Error("a bench target is missing");
  await verifyEcho(checker, direct, bodies);
  await verifyEcho(checker, passThrough, bodies);
  const redaction = await verifyRedaction(checker, veilgate, servers.vendor, bodies);
  await checker.close();
  for (const evidence of redaction) progress(`Veilgate ${evidence.mode}: the vendor received ${evidence.placeholders} placeholders, no values`);

  const measured: MeasuredTarget[] = servers.targets.map((target) => {
    const hop = servers.hops.get(target.id);
    return hop ? { target, cpuMeter: cpuMeterOf(hop) } : { target };
  });
  const rows: BenchRow[] = await measureTargets({ targets: measured, bodies, settings, progress });
  const checks = evaluateTargets(rows);
  const machine = machineInfo(loadAtStart);

  console.log(`\nVeilgate proxy bench — ${machine.cpuModel} × ${machine.cpuCount}, Node ${machine.node}, ${machine.date}${quick ? " (quick run)" : ""}; load average ${machine.loadAverage.atStart} → ${machine.loadAverage.atEnd}`);
  console.log(`Request ${Buffer.byteLength(bodies.json)} B JSON / ${Buffer.byteLength(bodies.stream)} B stream; latency in ms at 1 connection; first byte = first body chunk\n`);
  console.log(formatTextTable(measurementCells(rows)));
  console.log("");
  console.log(formatTextTable(checkCells(checks)));

  const paths = writeResults(resolve(import.meta.dirname, "results"), {
    machine,
    settings,
    quick,
    requestBytes: { json: Buffer.byteLength(bodies.json), stream: Buffer.byteLength(bodies.stream) },
    redaction,
    rows,
    checks,
  });
  console.log(`\nWrote ${paths.markdown} and ${paths.json} in ${((performance.now() - startedAt) / 1000).toFixed(0)} s.`);
} finally {
  await servers.stopAll();
}
