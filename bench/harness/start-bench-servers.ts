import { BENCH_VENDOR_KEY } from "../bench-vendor.ts";
import type { BenchTarget } from "../load/bench-target.ts";
import { type BenchChild, startBenchChild } from "./start-bench-child.ts";

/** The fake vendor and the hops in front of it, each in its own process. */
export interface BenchServers {
  vendor: BenchChild;
  /** Each hop's child process, by target id. */
  hops: Map<string, BenchChild>;
  /** The targets in table order: the vendor first, then the hops. */
  targets: BenchTarget[];
  stopAll(): Promise<void>;
}

/** A hop the bench can put in front of the fake vendor. */
export interface HopDefinition {
  id: string;
  label: string;
  /** The script under bench/servers/, given the vendor's URL as its argument. */
  script: string;
}

/** The table label of (a), the fake vendor measured directly. */
export const DIRECT_LABEL = "(a) direct to vendor";

/** (b) and (c), the hops every bench run measures. */
export const STANDARD_HOPS: readonly HopDefinition[] = [
  { id: "pass-through", label: "(b) bare node:http hop", script: "pass-through-server.ts" },
  { id: "veilgate", label: "(c) Veilgate", script: "veilgate-server.ts" },
];

/** Starts the fake vendor, then every hop pointed at it; stops whatever started if one fails. */
export async function startBenchServers(hopDefinitions: readonly HopDefinition[]): Promise<BenchServers> {
  const vendor = await startBenchChild("fake vendor", "fake-vendor-server.ts");
  const hops = new Map<string, BenchChild>();
  const stopAll = async () => {
    await Promise.all([...hops.values()].map((hop) => hop.stop()));
    await vendor.stop();
  };
  try {
    for (const hop of hopDefinitions) hops.set(hop.id, await startBenchChild(hop.label, hop.script, [vendor.url]));
  } catch (error) {
    await stopAll();
    throw error;
  }
  const targets: BenchTarget[] = [
    { id: "direct", label: DIRECT_LABEL, url: vendor.url, apiKey: BENCH_VENDOR_KEY },
    ...hopDefinitions.map((hop) => {
      const child = hops.get(hop.id);
      return { id: hop.id, label: hop.label, url: child?.url ?? "", apiKey: child?.clientKey ?? BENCH_VENDOR_KEY };
    }),
  ];
  return { vendor, hops, targets, stopAll };
}
