import type { ProxyError } from "../errors.ts";
import type { EventTransformer } from "./shared/event-transformer.ts";
import type { SseEvent } from "./shared/sse-decoder.ts";

/** One string in a request that the vendor will read, and a way to rewrite it in place. */
export interface TextSlot {
  readonly text: string;
  /** "json": the string holds JSON source (e.g. tool-call arguments); its string leaves are what matter. */
  readonly encoding: "text" | "json";
  write(text: string): void;
}

/** How a restorer inserts a value: as-is, or escaped for JSON source held in a string. */
export type RestoreEncoding = "text" | "json-string";

export interface StreamRestore {
  push(chunk: string): string;
  flush(): string;
}

/** What a protocol needs from the vault to put values back, without knowing the vault. */
export interface RestoreKit {
  restore(text: string, encoding: RestoreEncoding): string;
  createStream(encoding: RestoreEncoding): StreamRestore;
}

/** A streaming answer's restore step plus the redacted text it saw, for the transcript. */
export interface StreamRestoreStep {
  readonly transform: EventTransformer<SseEvent, SseEvent>;
  /** The vendor's answer as it arrived (placeholders, not values), assembled per output. */
  transcript(): string;
}

export type ParseResult<Request> = { ok: true; request: Request } | { ok: false; message: string };

/** The wire protocol a vendor speaks, as named in its registry entry. */
export type VendorProtocol = "openai" | "anthropic";

/**
 * Everything the pipeline needs to know about one wire protocol. The pipeline never
 * touches request or response JSON itself; it asks the protocol.
 */
export interface ModelProtocol<Request> {
  readonly id: string;
  /** The vendor protocol this endpoint speaks natively; other vendors need a translation. */
  readonly family: VendorProtocol;
  /** Vendor path appended to the vendor's base URL, e.g. `/chat/completions`. */
  readonly upstreamPath: string;
  /** Client headers passed on to a vendor of the same family (e.g. `anthropic-version`); no others are. */
  readonly forwardedHeaders: readonly string[];
  parseRequest(body: unknown): ParseResult<Request>;
  requestedModel(request: Request): string;
  isStreaming(request: Request): boolean;
  textSlots(request: Request): TextSlot[];
  setModel(request: Request, model: string): void;
  /** Restores a JSON answer in place and returns the redacted transcript of it. */
  restoreResponse(body: unknown, kit: RestoreKit): string;
  createStreamRestore(kit: RestoreKit): StreamRestoreStep;
  renderError(error: ProxyError, requestId: string): { status: number; body: unknown };
  /** True for the event that tells a client the answer is complete (OpenAI's `[DONE]`). */
  isFinalStreamEvent(event: SseEvent): boolean;
  /** The event that tells a client mid-stream that the answer broke off. */
  renderStreamError(error: ProxyError, requestId: string): SseEvent;
}

/**
 * Carries one endpoint's requests to a vendor of another family and its answers back: the
 * request after redaction, the answer before restoring, so restoring always happens in the
 * caller's own protocol.
 */
export interface ProtocolTranslation<Request> {
  readonly from: string;
  readonly to: VendorProtocol;
  readonly upstreamPath: string;
  /** The vendor's request; `ok: false` names what the vendor's protocol cannot express. */
  translateRequest(request: Request): { ok: true; body: unknown } | { ok: false; message: string };
  /** The caller's answer for the vendor's JSON answer; throws a `vendor_error` ProxyError for one it cannot translate. */
  translateResponse(body: unknown): unknown;
  /**
   * Vendor SSE events in, the caller's SSE events out. `request` is the caller's request as
   * handed to `translateRequest`, for what the caller's stream shape depends on (e.g. a
   * chat caller's `stream_options.include_usage`). A stream it cannot carry on errors the
   * stream (a ProxyError), which ends the caller's stream with its protocol's error event.
   */
  createStreamTranslation(request: Request): EventTransformer<SseEvent, SseEvent>;
}
