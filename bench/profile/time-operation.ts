/** One operation's cost, measured in-process without a profiler. */
export interface OperationCost {
  name: string;
  /** Median over batches of the mean time per call, in microseconds. */
  microsPerCall: number;
  /** Shown instead of `microsPerCall` when set, e.g. a distribution. */
  detail?: string;
}

const BATCHES = 7;

/**
 * Times `operation` (sync or async): warm-up calls first so V8 has optimised it, then
 * `BATCHES` batches of `calls`; the median batch mean is reported, which shrugs off a GC or
 * a neighbour's burst landing in one batch.
 */
export async function timeOperation(name: string, operation: () => unknown, calls: number): Promise<OperationCost> {
  for (let index = 0; index < Math.max(200, calls / 2); index++) await operation();
  const means: number[] = [];
  for (let batch = 0; batch < BATCHES; batch++) {
    const startedAt = performance.now();
    for (let index = 0; index < calls; index++) await operation();
    means.push(((performance.now() - startedAt) * 1000) / calls);
  }
  means.sort((left, right) => left - right);
  return { name, microsPerCall: means[Math.floor(BATCHES / 2)] ?? Number.NaN };
}
