import { fork } from "node:child_process";
import { resolve } from "node:path";
import type {
  BenchChildMessage,
  BenchChildQuestion,
  BenchChildQuestionArguments,
  BenchChildQuestions,
  BenchChildReady,
  BenchParentMessage,
} from "../servers/bench-child-messages.ts";

const REPOSITORY_ROOT = resolve(import.meta.dirname, "../..");
const READY_TIMEOUT_MS = 30_000;
const ANSWER_TIMEOUT_MS = 30_000;

/** A bench server running in its own process, as the harness sees it. */
export interface BenchChild {
  name: string;
  url: string;
  clientKey?: string;
  pid: number;
  ask<Question extends BenchChildQuestion>(question: Question, argument?: BenchChildQuestionArguments[Question]): Promise<BenchChildQuestions[Question]>;
  /** Asks the server to close and waits for the process to exit. */
  stop(): Promise<void>;
}

/**
 * Forks `bench/servers/<script>` under `--import tsx` with its own event loop, so its CPU
 * time is its own, and resolves once it listens. Its stdout (Veilgate's request log) is
 * discarded; its stderr is shown.
 */
export async function startBenchChild(name: string, script: string, args: string[] = []): Promise<BenchChild> {
  const child = fork(resolve(import.meta.dirname, "../servers", script), args, {
    cwd: REPOSITORY_ROOT,
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;

  const ready = await new Promise<BenchChildReady>((resolveReady, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
    child.on("message", (message: BenchChildMessage) => {
      if (message.kind === "ready") {
        clearTimeout(timer);
        resolveReady(message);
        return;
      }
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (message.kind === "answer") waiter?.resolve(message.value);
      else waiter?.reject(new Error(`${name}: ${message.message}`));
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`${name} exited before it was ready`));
      for (const waiter of pending.values()) waiter.reject(new Error(`${name} exited`));
    });
  });

  return {
    name,
    url: ready.url,
    ...(ready.clientKey ? { clientKey: ready.clientKey } : {}),
    pid: child.pid ?? -1,
    ask(question, argument) {
      const id = nextId++;
      const message: BenchParentMessage = { kind: "ask", id, question, argument };
      return new Promise((resolveAnswer, reject) => {
        const timer = setTimeout(() => reject(new Error(`${name} did not answer '${question}'`)), ANSWER_TIMEOUT_MS);
        pending.set(id, {
          resolve: (value) => {
            clearTimeout(timer);
            resolveAnswer(value as BenchChildQuestions[typeof question]);
          },
          reject: (error) => {
            clearTimeout(timer);
            reject(error);
          },
        });
        child.send(message);
      });
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const message: BenchParentMessage = { kind: "stop" };
      child.send(message);
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
