import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT } from "./start-veilgate.ts";

export interface SpawnedVeilgate {
  url: string;
  process: ChildProcess;
  /** Everything the process has written so far. */
  stdout(): string;
  stderr(): string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Runs `veilgate serve` as a real child process, as a user would, and waits until it listens. */
export async function spawnVeilgate(args: string[], environment: Record<string, string> = {}): Promise<SpawnedVeilgate> {
  const child = spawn(process.execPath, [join(REPO_ROOT, "bin/veilgate.mjs"), "serve", "--port", "0", ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...environment },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match) resolve(match[1]!);
    });
    void exited.then((code) => reject(new Error(`veilgate exited with ${code} before listening:\n${stderr}`)));
  });
  return {
    url,
    process: child,
    stdout: () => stdout,
    stderr: () => stderr,
    stop() {
      child.kill("SIGTERM");
      return exited;
    },
  };
}
