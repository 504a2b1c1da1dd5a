import { execFileSync } from "node:child_process";
import { cpus, platform, release, arch, totalmem } from "node:os";

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
}

function git(args: string[]): string {
  try {
    return execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
}

/** Describes this machine, Node and the checked-out commit. */
export function machineInfo(): MachineInfo {
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
  };
}
