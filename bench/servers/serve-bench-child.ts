import { Session } from "node:inspector/promises";
import { writeFileSync } from "node:fs";
import type { BenchChildMessage, BenchChildQuestion, BenchParentMessage } from "./bench-child-messages.ts";

/** A running bench server, as its own script describes it to {@link serveBenchChild}. */
export interface BenchServer {
  url: string;
  clientKey?: string;
  /** Answers `last-received`; only the fake vendor keeps one. */
  lastReceived?: () => string | null;
  close(): Promise<void>;
}

function send(message: BenchChildMessage): void {
  process.send?.(message);
}

/**
 * Runs a bench server inside a forked child: tells the harness where it listens, answers
 * its questions over IPC (CPU usage, profiler start/stop) and exits when asked to stop or
 * when the harness goes away, so no server outlives the bench.
 */
export async function serveBenchChild(start: () => Promise<BenchServer>): Promise<void> {
  if (!process.send) throw new Error("bench servers run as forked children of bench/proxy-bench.ts");
  const server = await start();
  let profiler: Session | undefined;

  const answer = async (question: BenchChildQuestion, argument: unknown): Promise<unknown> => {
    switch (question) {
      case "cpu-usage": {
        const usage = process.cpuUsage();
        return { userMicros: usage.user, systemMicros: usage.system };
      }
      case "last-received":
        return server.lastReceived?.() ?? null;
      case "profile-start": {
        const { intervalMicros } = argument as { intervalMicros: number };
        profiler = new Session();
        profiler.connect();
        await profiler.post("Profiler.enable");
        await profiler.post("Profiler.setSamplingInterval", { interval: intervalMicros });
        await profiler.post("Profiler.start");
        return { intervalMicros };
      }
      case "profile-stop": {
        if (!profiler) throw new Error("the profiler was not started");
        const { path } = argument as { path: string };
        const { profile } = await profiler.post("Profiler.stop");
        profiler.disconnect();
        profiler = undefined;
        writeFileSync(path, JSON.stringify(profile));
        return { path };
      }
    }
  };

  const stop = async (): Promise<void> => {
    await server.close();
    process.exit(0);
  };

  process.on("message", (message: BenchParentMessage) => {
    if (message.kind === "stop") {
      void stop();
      return;
    }
    answer(message.question, message.argument).then(
      (value) => send({ kind: "answer", id: message.id, value }),
      (error: unknown) => send({ kind: "failed", id: message.id, message: error instanceof Error ? error.message : String(error) }),
    );
  });
  // The harness died or closed the channel: never linger as an orphan server.
  process.on("disconnect", () => process.exit(0));
  send({ kind: "ready", url: server.url, ...(server.clientKey ? { clientKey: server.clientKey } : {}) });
}
