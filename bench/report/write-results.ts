import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BenchSettings } from "../bench-settings.ts";
import type { RedactionEvidence } from "../checks/verify-redaction.ts";
import type { BenchRow } from "./bench-row.ts";
import { checkCells, measurementCells } from "./bench-tables.ts";
import type { TargetCheck } from "./evaluate-targets.ts";
import { formatMarkdownTable } from "./format-table.ts";
import type { MachineInfo } from "./machine-info.ts";
import { FIRST_FRAME_PAUSE_MS } from "../servers/echo-answer.ts";

/** One bench run, as written to bench/results/. */
export interface BenchResults {
  machine: MachineInfo;
  settings: BenchSettings;
  quick: boolean;
  requestBytes: { json: number; stream: number };
  redaction: RedactionEvidence[];
  rows: BenchRow[];
  checks: TargetCheck[];
}

function markdown(results: BenchResults): string {
  const { machine, settings } = results;
  const evidence = results.redaction
    .map((entry) => `${entry.mode}: ${entry.placeholders} placeholders (${Object.entries(entry.byType).map(([type, count]) => `${type} ×${count}`).join(", ")})`)
    .join("; ");
  return `# Veilgate proxy benchmark

Produced by \`npm run bench\` (bench/proxy-bench.ts). ${results.quick ? "**Quick run (`--quick`): numbers are noisy.**" : ""}

- Machine: ${machine.cpuModel}, ${machine.cpuCount} CPUs, ${machine.memoryGiB} GiB, ${machine.os}
- Node ${machine.node}; commit ${machine.commit}${machine.sourceDirty ? " with uncommitted changes in src/" : ""}; ${machine.date}; 1-minute load average ${machine.loadAverage.atStart} at start, ${machine.loadAverage.atEnd} at end
- Request: one OpenAI chat-completions body of ${results.requestBytes.json} bytes (JSON) / ${results.requestBytes.stream} bytes (\`stream: true\`) carrying 12 PII values.
- Checked before measuring: through Veilgate the vendor received ${evidence}, no value in the clear, and the client got the original text back.
- The fake vendor echoes the prompt back: as one \`chat.completion\`, or as ~43 \`chat.completion.chunk\` SSE frames (40 content pieces), each its own write, with a ${FIRST_FRAME_PAUSE_MS} ms pause after the first frame so that the first frame reaches the client on its own (stream latencies include that pause for every target).
- Each server runs in its own process; the load generator (undici.request) in another; all on 127.0.0.1.
- Warm-up per target and mode: ${settings.warmupRequests} sequential requests and ${settings.throughputWarmupSeconds} s of closed-loop load. Then ${settings.rounds} rounds visit the targets in turn (${settings.roundWarmupRequests} unmeasured requests at each visit), so background load is shared by all targets.
- Latency: ${settings.sequentialRequests} measured requests per row, one at a time on one connection. "1st byte" is the first body chunk.
- Throughput: ${settings.concurrency} closed-loop connections, ${settings.throughputSeconds} s per row in total.
- CPU: \`process.cpuUsage()\` delta of the server process over the measured requests, divided by their number.

## Results (milliseconds unless stated)

${formatMarkdownTable(measurementCells(results.rows))}

(a) is the fake vendor alone; (b) a bare \`node:http\` + \`undici.request\` hop; (c) Veilgate with default settings (SQLite transcript log, info request log).

## Veilgate against the bare hop

${formatMarkdownTable(checkCells(results.checks))}
`;
}

/** Writes `proxy-bench.json` and `proxy-bench.md` into `directory`; returns their paths. */
export function writeResults(directory: string, results: BenchResults): { json: string; markdown: string } {
  mkdirSync(directory, { recursive: true });
  const paths = { json: join(directory, "proxy-bench.json"), markdown: join(directory, "proxy-bench.md") };
  writeFileSync(paths.json, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(paths.markdown, markdown(results));
  return paths;
}
