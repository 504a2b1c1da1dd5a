/**
 * What each step of Veilgate's pipeline costs on the bench request, timed in-process without
 * a profiler: `node --import tsx bench/pipeline-stages.ts` (about 30 s). It calls Veilgate's
 * own functions in the order handle-model-request.ts does, plus the web-stream plumbing alone,
 * so a refactor of src/ may need this file to follow. Writes bench/results/pipeline-stages.md.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Readable } from "node:stream";
import { pino } from "pino";
import type { ExchangeRecord } from "../src/audit/exchange-record.ts";
import { authenticate } from "../src/auth/authenticate.ts";
import { hashKeySecret } from "../src/auth/client-key.ts";
import { createClientKey } from "../src/auth/create-client-key.ts";
import { createDetector } from "../src/detect/index.ts";
import { applyFindingActions } from "../src/policy/apply-finding-actions.ts";
import { detectRequestTexts } from "../src/policy/detect-request-texts.ts";
import { openAiChatProtocol } from "../src/protocols/openai-chat/index.ts";
import { createSseDecoderStream } from "../src/protocols/shared/sse-decoder.ts";
import { encodeSseEvent } from "../src/protocols/shared/sse-encoder.ts";
import { createRestoreKit } from "../src/proxy/restore-kit.ts";
import { createSqliteExchangeLog } from "../src/runtime/node/create-sqlite-exchange-log.ts";
import { createSqliteKeyStore } from "../src/runtime/node/create-sqlite-key-store.ts";
import { loadRulePacks } from "../src/runtime/node/load-rule-packs.ts";
import { openDatabase } from "../src/runtime/node/open-database.ts";
import { SQLITE_SCHEMAS } from "../src/runtime/node/sqlite-schemas.ts";
import { createExchangeVault } from "../src/vault/create-exchange-vault.ts";
import { createSodiumKeyedHash } from "../src/runtime/node/sodium-keyed-hash.ts";
import { createPlaceholderTagger } from "../src/vault/create-placeholder-tagger.ts";
import { BENCH_USER_TEXT, benchRequestBody } from "./bench-request.ts";
import { timeEachCall } from "./profile/time-each-call.ts";
import { type OperationCost, timeOperation } from "./profile/time-operation.ts";
import { formatMarkdownTable, formatTextTable } from "./report/format-table.ts";
import { currentLoadAverage, machineInfo } from "./report/machine-info.ts";
import { chatCompletionFrames, chatCompletionJson, lastUserText } from "./servers/echo-answer.ts";

const CALLS = 2000;
const STREAM_CALLS = 500;
const encoder = new TextEncoder();
const loadAtStart = currentLoadAverage();
const root = mkdtempSync(join(tmpdir(), "veilgate-stages-"));

try {
  const detector = createDetector({ types: loadRulePacks(resolve(import.meta.dirname, "../redaction-rules")).entityTypes });
  const database = openDatabase(join(root, "veilgate.db"), SQLITE_SCHEMAS);
  const keys = createSqliteKeyStore(database);
  const exchangeLog = createSqliteExchangeLog(database);
  const { record: keyRecord, secret } = createClientKey(keys, { name: "stages" });
  // Keyed BLAKE2b through libsodium, as the server wires it (src/entry/node.ts).
  const tagger = createPlaceholderTagger({
    serverSecret: crypto.getRandomValues(new Uint8Array(32)),
    callerId: keyRecord.id,
    keyedHash: await createSodiumKeyedHash(),
  });
  const bodyText = benchRequestBody(false);
  const parseBody = () => {
    const parsed = openAiChatProtocol.parseRequest(JSON.parse(bodyText));
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.request;
  };

  // One real exchange's state, reused by the later stages.
  const vault = createExchangeVault({ tagger });
  const redactedRequest = parseBody();
  // Detect, then tokenize every value, as redactUnderPolicy does under a policy that allows them all.
  applyFindingActions(detectRequestTexts(openAiChatProtocol.textSlots(redactedRequest), detector), { vault, actionOf: () => "tokenize" });
  const redactedPrompt = lastUserText(redactedRequest);
  const findings = detector.detect(BENCH_USER_TEXT);
  const kit = createRestoreKit(vault.lookup);
  const answerText = chatCompletionJson(redactedPrompt);
  const frames = chatCompletionFrames(redactedPrompt).map((frame) => encoder.encode(frame));
  const record: ExchangeRecord = {
    time: new Date().toISOString(),
    requestId: "request-id-0123456789",
    keyId: keyRecord.id,
    endpoint: "/v1/chat/completions",
    vendor: "benchai",
    model: "bench-model",
    stream: false,
    status: "ok",
    httpStatus: 200,
    latencyMs: 1.234,
    entityCounts: Object.fromEntries(vault.counts),
    redactedRequest: JSON.stringify(redactedRequest),
    redactedResponse: redactedPrompt,
  };
  const logger = pino({ level: "info", base: undefined }, pino.destination({ dest: "/dev/null", sync: true }));
  const source = () =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const frame of frames) controller.enqueue(frame);
        controller.close();
      },
    });
  const drain = async (stream: ReadableStream<Uint8Array>) => {
    const reader = stream.getReader();
    while (!(await reader.read()).done);
  };
  /** Wraps a reader in a pull-based ReadableStream, as stream-answer.ts does. */
  const pullWrapper = <Event>(events: ReadableStream<Event>, toBytes: (event: Event) => Uint8Array) => {
    const reader = events.getReader();
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        const chunk = await reader.read();
        if (chunk.done) controller.close();
        else controller.enqueue(toBytes(chunk.value));
      },
    });
  };

  const costs: OperationCost[] = [];
  const time = async (name: string, operation: () => unknown, calls = CALLS) => {
    costs.push(await timeOperation(name, operation, calls));
    process.stderr.write(`  ${name}\n`);
  };
  await time("authenticate: @noble sha256 of the key + SQLite lookup", () => authenticate(keys, secret));
  await time("  of which hashKeySecret (@noble sha256)", () => hashKeySecret(secret));
  await time("JSON.parse of the 2.4 KB body", () => JSON.parse(bodyText));
  const parsedBody: unknown = JSON.parse(bodyText);
  await time("zod: chatCompletionRequestSchema.safeParse", () => openAiChatProtocol.parseRequest(parsedBody));
  await time("detect: detector.detect on the 2.1 KB user message", () => detector.detect(BENCH_USER_TEXT));
  await time("tokenize: 12 placeholders into a fresh vault (keyed BLAKE2b tags, libsodium)", () =>
    createExchangeVault({ tagger }).tokenize(BENCH_USER_TEXT, findings),
  );
  await time("  of which 12 tags alone (tagger)", () => {
    for (const finding of findings) tagger(finding.type, finding.canonical, 0);
  });
  await time("JSON.stringify of the redacted request, ×2 (transcript + upstream body)", () => {
    JSON.stringify(redactedRequest);
    JSON.stringify(redactedRequest);
  });
  await time("SQLite append of one exchange record (WAL, synchronous=NORMAL)", () => exchangeLog.append({ ...record, requestId: crypto.randomUUID() }));
  // The append's cost is in its tail: it blocks the event loop, so every request in flight waits.
  const appends = timeEachCall(() => exchangeLog.append({ ...record, requestId: crypto.randomUUID() }), 5000);
  const control = timeEachCall(() => JSON.parse(JSON.stringify({ ...record, requestId: crypto.randomUUID() })), 5000);
  for (const [name, summary] of [["SQLite append", appends], ["pure-CPU control (JSON round trip of the record)", control]] as const) {
    costs.push({ name: `  ${name}, 5000 single calls: p50 / p99 / max / mean`, microsPerCall: Number.NaN, detail: `${summary.p50.toFixed(0)} / ${summary.p99.toFixed(0)} / ${summary.max.toFixed(0)} / ${summary.mean.toFixed(0)}` });
  }
  const appendTen = database.transaction(() => {
    for (let index = 0; index < 10; index++) exchangeLog.append({ ...record, requestId: crypto.randomUUID() });
  });
  const batched = await timeOperation("  the same, 10 records per transaction (per record)", appendTen, CALLS / 10);
  costs.push({ name: batched.name, microsPerCall: batched.microsPerCall / 10 });
  // What the proxy does: appendGrouped commits the records that arrive in one loop turn together.
  for (const groupSize of [1, 3]) {
    const grouped = await timeOperation(`  appendGrouped, ${groupSize} arriving together (per record, group commit)`, () =>
      Promise.all(Array.from({ length: groupSize }, () => exchangeLog.appendGrouped({ ...record, requestId: crypto.randomUUID() }))), CALLS / groupSize);
    costs.push({ name: grouped.name, microsPerCall: grouped.microsPerCall / groupSize });
  }
  await time("pino: one info request line", () => logger.info({ requestId: "abc", method: "POST", path: "/v1/chat/completions", status: 200, ms: 1.23 }, "request"));
  await time("restore JSON answer: JSON.parse + restoreChatCompletion + JSON.stringify", () => {
    const answer: unknown = JSON.parse(answerText);
    openAiChatProtocol.restoreResponse(answer, kit);
    return JSON.stringify(answer);
  });
  await time(
    "stream: 43 SSE frames through decoder + restore as web TransformStreams + pull wrapper (Veilgate before the sync steps)",
    () => drain(pullWrapper(source().pipeThrough(createSseDecoderStream()).pipeThrough(new TransformStream(openAiChatProtocol.createStreamRestore(kit).transform)), (event) => encoder.encode(encodeSseEvent(event)))),
    STREAM_CALLS,
  );
  await time(
    "stream: SSE decoder + identity TransformStream + pull wrapper (no restore)",
    () => drain(pullWrapper(source().pipeThrough(createSseDecoderStream()).pipeThrough(new TransformStream()), (event) => encoder.encode(encodeSseEvent(event)))),
    STREAM_CALLS,
  );
  const frameTexts = chatCompletionFrames(redactedPrompt).map((frame) => frame.slice("data: ".length, -2));
  await time(
    "stream: 43 × JSON.parse + JSON.stringify of a chunk (the restore step's JSON work)",
    () => {
      for (const text of frameTexts) if (text !== "[DONE]") JSON.stringify(JSON.parse(text));
    },
    STREAM_CALLS,
  );
  await time(
    "stream: same plumbing with identity TransformStreams (web streams alone)",
    () => drain(pullWrapper(source().pipeThrough(new TransformStream()).pipeThrough(new TransformStream()), (chunk: Uint8Array) => chunk)),
    STREAM_CALLS,
  );
  await time("stream: 43 frames read straight from a ReadableStream (floor)", () => drain(source()), STREAM_CALLS);
  await time("stream: Readable.toWeb of a 43-chunk Node Readable, read to the end", () => drain(Readable.toWeb(Readable.from(frames)) as ReadableStream<Uint8Array>), STREAM_CALLS);
  await time(
    "stream: the same Node Readable read with for-await (no toWeb)",
    async () => {
      for await (const chunk of Readable.from(frames)) void chunk;
    },
    STREAM_CALLS,
  );
  database.close();

  const machine = machineInfo(loadAtStart);
  const cells = [["step (bench request: 2.4 KB, 12 values; answer echoes it)", "µs per call"], ...costs.map((cost) => [cost.name, cost.detail ?? cost.microsPerCall.toFixed(1)])];
  console.log(`\n${formatTextTable(cells)}`);
  const markdown = `# Veilgate pipeline steps, timed in-process\n\nProduced by \`node --import tsx bench/pipeline-stages.ts\`: median of ${7} batches after warm-up. ${machine.cpuModel}, ${machine.cpuCount} CPUs, Node ${machine.node}, commit ${machine.commit}${machine.sourceDirty ? " (src/ modified)" : ""}, ${machine.date}, load average ${machine.loadAverage.atStart} → ${machine.loadAverage.atEnd}. Other processes on the box inflate these numbers; compare rows, and rerun on a quiet machine for absolutes.\n\n${formatMarkdownTable(cells)}\n`;
  writeFileSync(resolve(import.meta.dirname, "results/pipeline-stages.md"), markdown);
} finally {
  rmSync(root, { recursive: true, force: true });
}
