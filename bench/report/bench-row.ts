import type { AnswerMode } from "../load/bench-target.ts";
import type { SequentialResult } from "../load/measure-sequential.ts";
import type { ThroughputResult } from "../load/measure-throughput.ts";

/** Everything measured for one target and one answer mode. */
export interface BenchRow {
  target: string;
  label: string;
  mode: AnswerMode;
  sequential: SequentialResult;
  throughput: ThroughputResult;
}

/** The row for `target` and `mode`; throws when it was not measured. */
export function rowOf(rows: readonly BenchRow[], target: string, mode: AnswerMode): BenchRow {
  const row = rows.find((candidate) => candidate.target === target && candidate.mode === mode);
  if (!row) throw new Error(`no measurement for ${target} (${mode})`);
  return row;
}
