import type { CpuProfileNode } from "./cpu-profile.ts";

const SOURCE_MARKER = "/src/";
const PACKAGE = /node_modules\/((?:@[^/]+\/)?[^/]+)\//;

/** Where a frame's code lives, shortened for a report: `src/detect/luhn.ts`, `undici/lib/…`, `node:internal/…`. */
export function frameLocation(frame: CpuProfileNode["callFrame"]): string {
  const url = frame.url.replace(/^file:\/\//, "");
  const source = url.lastIndexOf(SOURCE_MARKER);
  if (source !== -1 && !url.includes("node_modules")) return `src/${url.slice(source + SOURCE_MARKER.length)}`;
  const packageIndex = url.lastIndexOf("node_modules/");
  if (packageIndex !== -1) return url.slice(packageIndex + "node_modules/".length);
  return url;
}

/**
 * The bucket a frame's self time is charged to: a Veilgate module (`veilgate src/detect`),
 * a package (`hono`, `@hono/node-server`, `undici`, `zod`, `pino`…), a Node subsystem
 * (`node: web streams`, `node: http`, `node: streams`…), or a V8 pseudo-frame. In a
 * Veilgate process `node:fs` time is pino writing the request log (sonic-boom).
 */
export function frameCategory(frame: CpuProfileNode["callFrame"]): string {
  const { functionName, url } = frame;
  if (url === "") {
    if (functionName === "(garbage collector)") return "v8: garbage collector";
    if (functionName === "(idle)") return "idle";
    if (functionName === "(program)") return "v8: program (native, unattributed)";
    if (functionName === "(root)") return "idle";
    return "native (caller unknown)";
  }
  const location = url.replace(/^file:\/\//, "");
  const packageMatch = PACKAGE.exec(location);
  if (packageMatch) return packageMatch[1] ?? "node_modules";
  const source = location.lastIndexOf(SOURCE_MARKER);
  if (source !== -1) {
    const module = location.slice(source + SOURCE_MARKER.length).split("/")[0] ?? "";
    return `veilgate src/${module.endsWith(".ts") ? module : `${module}/`}`;
  }
  if (location.includes("/bench/")) return "bench harness";
  // makeTransferable runs in every ReadableStream/WritableStream/TransformStream constructor on Node 20.
  if (location.startsWith("node:internal/webstreams") || location === "node:internal/worker/js_transferable") return "node: web streams";
  if (location === "node:internal/encoding") return "node: TextEncoder/TextDecoder";
  if (location === "node:fs") return "node: fs (the request log's writes)";
  if (location === "node:events") return "node: EventEmitter";
  if (location === "node:inspector") return "profiler overhead (inspector)";
  if (location.startsWith("node:internal/streams") || location === "node:stream") return "node: streams";
  if (/^node:(_http|http|internal\/http)/.test(location)) return "node: http";
  if (/^node:(net|internal\/net|internal\/stream_base|internal\/tcp)/.test(location)) return "node: net";
  if (location.startsWith("node:internal/deps/undici")) return "node: bundled undici (fetch/Response)";
  if (location.startsWith("node:internal/abort_controller") || location.startsWith("node:internal/event_target")) return "node: AbortSignal/EventTarget";
  if (location.startsWith("node:internal/process/task_queues") || location.startsWith("node:internal/timers")) return "node: task queues/timers";
  if (location.startsWith("node:")) return "node: other";
  return location;
}
