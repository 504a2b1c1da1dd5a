/**
 * What each step of Veilgate's pipeline costs on the bench request, timed in-process without
 * a profiler: `node --import tsx bench/pipeline-stages.ts` (about 30 s). It calls Veilgate's
 * own functions in the order handle-model-request.ts does; an SSE answer goes through
 * streamAnswer with the same steps and is read with `next()` until null, as
 * writeStreamedAnswer reads it (the socket writes are not timed), next to reference rows for
 * the stream's source alone. A refactor of src/ may need this file to follow. Writes
 * bench/results/pipeline-stages.md.
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
import { chainTransformers } from "../src/protocols/shared/event-transformer.ts";
import { createSseParser } from "../src/protocols/shared/sse-decoder.ts";
import { createRestoreKit } from "../src/proxy/restore-kit.ts";
import { streamAnswer } from "../src/proxy/stream-answer.ts";
import { createSqliteExchangeLog } from "../src/runtime/node/create-sqlite-exchange-log.ts";
import { createSqliteKeyStore } from "../src/runtime/node/create-sqlite-key-store.ts";
import { loadRulePacks } from "../src/runtime/node/load-rule-packs.ts";
import { openDatabase } from "../src/runtime/node/open-database.ts";
import { SQLITE_SCHEMAS } from "../src/runtime/node/sqlite-schemas.ts";
import { createExchangeVault } from "../src/vault/create-exchange-vault.ts";
import { createSodiumKeyedHash } from "../src/runtime/node/sodium-keyed-hash.ts";
import { createPlaceholderTagger } from "../src/vault/create-placeholder-tagger.ts";
import { BENCH_USER_TEXT, benchRequestBody } from "./bench-request.ts";
import { answerContent } from "./checks/answer-content.ts";
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
  /** The vendor's body as the proxy sees it: an async iterable of the encoded frames. */
  const chunks = async function* () {
    for (const frame of frames) yield frame;
  };
  /**
   * One SSE answer as handle-model-request.ts streams it: streamAnswer over the chunks, the
   * SSE parser chained to the protocol's restore step (a fresh one per answer, as per
   * request), read with `next()` until null. With `restore` false, the parser alone; `pieces`
   * collects what would be written.
   */
  const streamThroughVeilgate = async (restore: boolean, pieces?: string[]) => {
    const parse = createSseParser();
    const answer = streamAnswer({
      chunks: chunks(),
      steps: restore ? chainTransformers(parse, openAiChatProtocol.createStreamRestore(kit).transform) : parse,
      isFinalEvent: (event) => openAiChatProtocol.isFinalStreamEvent(event),
      renderStreamError: (error) => openAiChatProtocol.renderStreamError(error, record.requestId),
      onEnd: async () => undefined,
    });
    for (let piece = await answer.next(); piece !== null; piece = await answer.next()) pieces?.push(piece);
  };
  // The timed stream must be the real thing: the answer the client would get, every value restored.
  const streamedPieces: string[] = [];
  await streamThroughVeilgate(true, streamedPieces);
  if (answerContent("stream", streamedPieces.join("")) !== BENCH_USER_TEXT) throw new Error("streamAnswer did not give back the restored prompt");
  const drain = async (stream: ReadableStream<Uint8Array>) => {
    const reader = stream.getReader();
    while (!(await reader.read()).done);
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
    "stream: 43 SSE frames through streamAnswer (SSE parser + restore as sync steps, read with next() until null), as handle-model-request.ts streams",
    () => streamThroughVeilgate(true),
    STREAM_CALLS,
  );
  await time("  the same with the SSE parser alone (no restore)", () => streamThroughVeilgate(false), STREAM_CALLS);
  const frameTexts = chatCompletionFrames(redactedPrompt).map((frame) => frame.slice("data: ".length, -2));
  await time(
    "stream: 43 × JSON.parse + JSON.stringify of a chunk (the restore step's JSON work)",
    () => {
      for (const text of frameTexts) if (text !== "[DONE]") JSON.stringify(JSON.parse(text));
    },
    STREAM_CALLS,
  );
  await time(
    "stream: the 43 frames' async generator read with for-await (floor: streamAnswer's source alone)",
    async () => {
      for await (const chunk of chunks()) void chunk;
    },
    STREAM_CALLS,
  );
  // The vendor's body on Node is undici's Node Readable, iterated by the proxy; the toWeb row shows what a web stream over it adds.
  await time(
    "stream: a 43-chunk Node Readable read with for-await (undici's body, as the proxy reads it)",
    async () => {
      for await (const chunk of Readable.from(frames)) void chunk;
    },
    STREAM_CALLS,
  );
  await time("stream: the same Readable through Readable.toWeb, read to the end (a web-stream hop, for contrast)", () => drain(Readable.toWeb(Readable.from(frames)) as ReadableStream<Uint8Array>), STREAM_CALLS);
  database.close();

  const machine = machineInfo(loadAtStart);
  const cells = [["step (bench request: 2.4 KB, 12 values; answer echoes it)", "µs per call"], ...costs.map((cost) => [cost.name, cost.detail ?? cost.microsPerCall.toFixed(1)])];
  console.log(`\n${formatTextTable(cells)}`);
  const markdown = `# Veilgate pipeline steps, timed in-process\n\nProduced by \`node --import tsx bench/pipeline-stages.ts\`: median of ${7} batches after warm-up. ${machine.cpuModel}, ${machine.cpuCount} CPUs, Node ${machine.node}, commit ${machine.commit}${machine.sourceDirty ? " (src/ modified)" : ""}, ${machine.date}, load average ${machine.loadAverage.atStart} → ${machine.loadAverage.atEnd}. Other processes on the box inflate these numbers; compare rows, and rerun on a quiet machine for absolutes.\n\n${formatMarkdownTable(cells)}\n`;
  writeFileSync(resolve(import.meta.dirname, "results/pipeline-stages.md"), markdown);
} finally {
  rmSync(root, { recursive: true, force: true });
}
