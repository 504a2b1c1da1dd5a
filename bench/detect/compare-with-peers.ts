import type { EngineResult } from "./summarize-engine.ts";

/** The throughput floor for Veilgate with names on, in MB/s. */
export const TARGET_MBPS = 20;

/** How many times faster Veilgate (detect + redact) is than one peer; > 1 means faster. */
export interface PeerRatio {
  peer: string;
  /** Veilgate CPU MB/s ÷ peer CPU MB/s. */
  cpuThroughput: number;
  /** Veilgate wall MB/s ÷ peer wall MB/s. */
  wallThroughput: number;
  /** Peer p50 ÷ Veilgate p50. */
  p50Speedup: number;
  /** Peer p99 ÷ Veilgate p99. */
  p99Speedup: number;
}

/** One target from the issue, checked. */
export interface TargetCheck {
  target: string;
  measured: string;
  verdict: "PASS" | "MISS";
}

/** Ratios against each peer and the targets: ≥ 20 MB/s with names on, faster than every peer. */
export function compareWithPeers(results: readonly EngineResult[], namesOn: boolean): { ratios: PeerRatio[]; checks: TargetCheck[] } {
  const veilgate = results.find((result) => result.role === "veilgate");
  if (!veilgate) throw new Error("no Veilgate result to compare");
  const peers = results.filter((result) => result.role === "peer");
  const ratios = peers.map((peer) => ({
    peer: peer.label,
    cpuThroughput: veilgate.cpuMBps / peer.cpuMBps,
    wallThroughput: veilgate.wallMBps / peer.wallMBps,
    p50Speedup: peer.latencyMicros.p50 / veilgate.latencyMicros.p50,
    p99Speedup: peer.latencyMicros.p99 / veilgate.latencyMicros.p99,
  }));
  const checks: TargetCheck[] = [
    {
      target: `Veilgate detect + redact ≥ ${TARGET_MBPS} MB/s (CPU) with names on`,
      measured: `${veilgate.cpuMBps.toFixed(1)} MB/s, names ${namesOn ? "on" : "NOT registered yet"}`,
      verdict: veilgate.cpuMBps >= TARGET_MBPS && namesOn ? "PASS" : "MISS",
    },
    ...ratios.map((ratio): TargetCheck => ({
      target: `faster than ${ratio.peer} (CPU MB/s)`,
      measured: `${ratio.cpuThroughput.toFixed(1)}× its throughput`,
      verdict: ratio.cpuThroughput > 1 ? "PASS" : "MISS",
    })),
  ];
  return { ratios, checks };
}
