import { execFileSync } from "node:child_process";
import { arch, cpus, loadavg, platform, release, totalmem } from "node:os";

/** Where and on what code the bench ran. */
export interface MachineInfo {
  cpuModel: string;
  cpuCount: number;
  memoryGiB: number;
  os: string;
  node: string;
  date: string;
  commit: string;
  /** True when src/ had uncommitted changes: the numbers are for the working tree, not the commit. */
  sourceDirty: boolean;
  /** 1-minute load average when the run started and when it ended: other work on the box skews results. */
  loadAverage: { atStart: number; atEnd: number };
}

function git(args: string[]): string {
  try {
    return execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
}

/** The 1-minute load average, rounded. */
export function currentLoadAverage(): number {
  return Math.round((loadavg()[0] ?? 0) * 100) / 100;
}

/** Describes this machine, Node and the checked-out commit; `loadAtStart` comes from {@link currentLoadAverage}. */
export function machineInfo(loadAtStart: number): MachineInfo {
  const processors = cpus();
  return {
    cpuModel: processors[0]?.model.trim() ?? "unknown",
    cpuCount: processors.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${platform()} ${release()} ${arch()}`,
    node: process.version,
    date: new Date().toISOString(),
    commit: git(["rev-parse", "--short", "HEAD"]) || "unknown",
    sourceDirty: git(["status", "--porcelain", "--", "src"]) !== "",
    loadAverage: { atStart: loadAtStart, atEnd: currentLoadAverage() },
  };
}
