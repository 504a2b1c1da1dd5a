import dgram from "node:dgram";
import dns from "node:dns";
import { syncBuiltinESMExports } from "node:module";
import net from "node:net";

/** One blocked attempt to reach the network. */
export interface NetworkAttempt {
  api: string;
  target: string;
  /** The first stack frame outside this file, to say who tried. */
  caller: string;
}

/** Lists what was blocked so far. */
export interface NetworkGuard {
  attempts(): NetworkAttempt[];
}

function callerOf(stack: string | undefined): string {
  const frames = (stack ?? "").split("\n").slice(1).map((line) => line.trim());
  return frames.find((frame) => !frame.includes("network-guard")) ?? "unknown";
}

function describeTarget(args: unknown[]): string {
  const [first, second] = args;
  if (typeof first === "object" && first !== null) {
    const options = first as { host?: unknown; port?: unknown; path?: unknown; href?: unknown };
    if (options.path !== undefined) return String(options.path);
    if (options.href !== undefined) return String(options.href);
    return `${String(options.host ?? "localhost")}:${String(options.port ?? "")}`;
  }
  return second === undefined ? String(first) : `${String(second)}:${String(first)}`;
}

/**
 * Makes every way out of the process throw and records who tried: sockets (net, tls, http,
 * undici and fetch all end in `net.Socket#connect`), DNS, UDP and `fetch` itself. Installed
 * before the peer libraries are imported, so the benchmark can show they ran local only.
 */
export function installNetworkGuard(): NetworkGuard {
  const attempts: NetworkAttempt[] = [];
  const block = (api: string) =>
    function blocked(...args: unknown[]): never {
      const attempt = { api, target: describeTarget(args), caller: callerOf(new Error().stack) };
      attempts.push(attempt);
      throw new Error(`detect-bench blocks the network: ${api} ${attempt.target} from ${attempt.caller}`);
    };
  const replaced: [owner: object, key: string, api: string][] = [
    [net.Socket.prototype, "connect", "net.Socket#connect"],
    [dgram.Socket.prototype, "send", "dgram.Socket#send"],
    [dns, "lookup", "dns.lookup"],
    [dns, "resolve", "dns.resolve"],
    [dns.promises, "lookup", "dns.promises.lookup"],
    [dns.promises, "resolve", "dns.promises.resolve"],
    [globalThis, "fetch", "fetch"],
  ];
  for (const [owner, key, api] of replaced) Reflect.set(owner, key, block(api));
  syncBuiltinESMExports();

  // Prove the guard holds before trusting an empty list.
  try {
    net.connect(9, "127.0.0.1");
    throw new Error("the network guard did not block net.connect");
  } catch (error) {
    if (!String(error).includes("blocks the network")) throw error;
    attempts.length = 0;
  }
  return { attempts: () => [...attempts] };
}
