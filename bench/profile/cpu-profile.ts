/** A V8 `.cpuprofile` (the Chrome DevTools Profiler.Profile shape), as far as the summary reads it. */
export interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  /** The node id of each sample. */
  samples: number[];
  /** Microseconds between consecutive samples; the first is relative to `startTime`. */
  timeDeltas: number[];
}

/** One call-tree node: a function at one place in the stack. */
export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number; scriptId: string };
  children?: number[];
}
