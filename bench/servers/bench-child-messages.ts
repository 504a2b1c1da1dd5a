/** What the harness can ask a bench server process, and the type of each answer. */
export interface BenchChildQuestions {
  /** `process.cpuUsage()` of the server process, in microseconds. */
  "cpu-usage": { userMicros: number; systemMicros: number };
  /** The raw body of the last request the fake vendor received (fake vendor only). */
  "last-received": string | null;
  /** Starts V8's sampling CPU profiler in the server process. */
  "profile-start": { intervalMicros: number };
  /** Stops the profiler and writes the `.cpuprofile` to the given path. */
  "profile-stop": { path: string };
}

/** The name of a question the harness can ask. */
export type BenchChildQuestion = keyof BenchChildQuestions;

/** Arguments a question may carry (only `profile-*` take any). */
export interface BenchChildQuestionArguments {
  "cpu-usage": undefined;
  "last-received": undefined;
  "profile-start": { intervalMicros: number };
  "profile-stop": { path: string };
}

/** Sent once by a server process when it listens. */
export interface BenchChildReady {
  kind: "ready";
  url: string;
  /** Set by Veilgate: the client key the load generator must present. */
  clientKey?: string;
}

/** Messages from the harness to a server process. */
export type BenchParentMessage =
  | { kind: "ask"; id: number; question: BenchChildQuestion; argument?: unknown }
  | { kind: "stop" };

/** Messages from a server process to the harness. */
export type BenchChildMessage =
  | BenchChildReady
  | { kind: "answer"; id: number; value: unknown }
  | { kind: "failed"; id: number; message: string };
