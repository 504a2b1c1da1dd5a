import { authenticate } from "../auth/authenticate.ts";
import { can } from "../auth/permissions.ts";
import { describeError, ProxyError, toProxyError } from "../errors.ts";
import type { BodyReadResult } from "../http/request-io.ts";
import type { StreamedResponse } from "../http/streamed-response.ts";
import { redactUnderPolicy } from "../policy/redact-under-policy.ts";
import { findTranslation } from "../protocols/model-endpoints.ts";
import { chainTransformers } from "../protocols/shared/event-transformer.ts";
import { createSseParser } from "../protocols/shared/sse-decoder.ts";
import type { ModelProtocol } from "../protocols/types.ts";
import type { Services } from "../services.ts";
import { createExchangeVault, type ExchangeVault } from "../vault/create-exchange-vault.ts";
import { type ExchangeAudit, startExchangeAudit } from "./exchange-audit.ts";
import { jsonNestsDeeperThan, MAX_JSON_DEPTH } from "../json-depth.ts";
import { redactText } from "./redact-text.ts";
import { createRestoreKit } from "./restore-kit.ts";
import { streamAnswer } from "./stream-answer.ts";
import { vendorErrorFrom } from "./vendor-error.ts";
import { vendorRequestHeaders } from "./vendor-request-headers.ts";

/** One model request as the HTTP layer hands it over. */
export interface ModelRequestInput<Request> {
  protocol: ModelProtocol<Request>;
  endpoint: string;
  /** The Veilgate key the caller presented, taken out of its header. */
  presentedKey: string | undefined;
  /** The caller's request headers; only those the protocol names are passed on. */
  headers: Headers;
  /** The body as read, or the reason it was not (too large). */
  body: BodyReadResult;
  /** Aborted when the client goes away. */
  signal: AbortSignal;
  requestId: string;
}

const AUTH_MESSAGES = {
  missing: "No Veilgate API key was given. Send it as 'Authorization: Bearer <key>' or 'x-api-key: <key>'.",
  invalid: "The Veilgate API key is not valid.",
  revoked: "The Veilgate API key has been revoked.",
  expired: "The Veilgate API key has expired.",
} as const;

/** Bounds the raw text of a refused body that goes (redacted) into the log. */
const MAX_LOGGED_RAW_BODY = 64 * 1024;

/**
 * The request's journey: authenticate, parse, detect in every text slot, route to an
 * approved vendor that fits the key's tenant policy, redact (tokenize, mask or allow each
 * value as the policy says), forward, restore the answer (JSON or SSE) and log the
 * exchange. Any step may refuse; a refusal is logged (redacted), answered in the caller's
 * protocol, and forwards nothing.
 */
export async function handleModelRequest<Request>(services: Services, input: ModelRequestInput<Request>): Promise<Response | StreamedResponse> {
  const { protocol, requestId } = input;
  const audit = startExchangeAudit(services.exchangeLog, {
    requestId,
    endpoint: input.endpoint,
    now: services.now,
    revealBox: services.settings.revealEnabled ? services.secretBox : undefined,
  });
  try {
    const authentication = authenticate(services.keys, input.presentedKey, services.now());
    if (!authentication.ok) throw new ProxyError("unauthorized", AUTH_MESSAGES[authentication.reason]);
    const principal = authentication.principal;
    if (!can(principal, "model:invoke")) {
      throw new ProxyError("forbidden", `This key's role (${principal.role}) may not call model endpoints; use a client key.`);
    }
    audit.note({ keyId: principal.keyId });
    if (!input.body.ok) {
      throw new ProxyError("payload_too_large", `The request body is larger than ${services.settings.maxBodyBytes} bytes.`);
    }
    const vault = createExchangeVault({ tagger: services.taggerFor(principal.keyId) });
    audit.noteVault(vault);

    const request = parseRequest(services, input, vault, audit);
    const requestedModel = protocol.requestedModel(request);
    const stream = protocol.isStreaming(request);
    audit.note({ model: requestedModel, stream });
    // Route first (the tenant policy may depend on what was found), then redact; nothing is
    // forwarded or logged before redaction, and a refused request is logged tokenized.
    const slots = protocol.textSlots(request);
    if (slots.some((slot) => slot.encoding === "json" && jsonNestsDeeperThan(slot.text, MAX_JSON_DEPTH))) {
      throw new ProxyError("invalid_request", `JSON in a text field (such as tool-call arguments) nests more than ${MAX_JSON_DEPTH} levels deep; nothing was forwarded.`);
    }
    const redaction = redactUnderPolicy({
      slots,
      detector: services.detector,
      vault,
      registry: services.vendors,
      policies: services.policies,
      principal,
      requestedModel,
      now: services.now(),
    });
    if (redaction.findingRules.length > 0) audit.note({ findingRules: redaction.findingRules });
    // Values a policy lets through in clear are put back as placeholders for the log.
    audit.noteRequestBody(request, redaction.scrub);
    audit.note({ entityCounts: redaction.entityCounts, ruleIds: redaction.ruleIds });
    const route = redaction.route;
    if (!route.allowed) throw new ProxyError(route.code, route.reason);
    const { vendor } = route;
    const translation = vendor.protocol === protocol.family ? undefined : findTranslation(protocol.id, vendor.protocol);
    if (vendor.protocol !== protocol.family && !translation) {
      throw new ProxyError("unsupported_translation", `Vendor '${vendor.id}' speaks the ${vendor.protocol} protocol, and ${input.endpoint} cannot be translated to it.`);
    }
    protocol.setModel(request, route.model);
    const translated = translation ? translation.translateRequest(request as never) : { ok: true as const, body: request };
    if (!translated.ok) throw new ProxyError("unsupported_translation", translated.message);
    const upstreamBody = JSON.stringify(translated.body);
    audit.note({ vendor: vendor.id, model: route.model, redactedRequest: redaction.scrub(upstreamBody) });

    const apiKey = services.vendorApiKey(vendor);
    if (vendor.apiKeyEnv && !apiKey) {
      throw new ProxyError("vendor_unreachable", `Vendor '${vendor.id}' has no API key configured on this Veilgate (${vendor.apiKeyEnv}).`);
    }
    const passedOn: Record<string, string> = {};
    for (const name of protocol.forwardedHeaders) {
      const value = input.headers.get(name);
      if (value) passedOn[name] = value;
    }
    const response = await services.upstream({
      url: `${vendor.baseUrl.replace(/\/+$/, "")}${translation ? translation.upstreamPath : protocol.upstreamPath}`,
      headers: vendorRequestHeaders({ vendorProtocol: vendor.protocol, apiKey, stream, passedOn }),
      body: upstreamBody,
      signal: input.signal,
      timeoutMs: services.settings.upstreamTimeoutMs,
    });
    if (response.status >= 400) throw vendorErrorFrom(vendor, response.status, await response.text());

    const kit = createRestoreKit(vault.lookup);
    if (response.contentType.includes("text/event-stream")) {
      const step = protocol.createStreamRestore(kit);
      const parse = createSseParser();
      const vendorEvents = translation ? chainTransformers(parse, translation.createStreamTranslation(request as never)) : parse;
      return {
        kind: "streamed",
        status: response.status,
        headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache", "x-accel-buffering": "no", "x-request-id": requestId, "request-id": requestId },
        body: streamAnswer({
          chunks: response.chunks(),
          steps: chainTransformers(vendorEvents, step.transform),
          isFinalEvent: (event) => protocol.isFinalStreamEvent(event),
          renderStreamError: (error) => protocol.renderStreamError(error, requestId),
          onEnd(outcome) {
            const status = outcome.kind === "complete" ? "ok" : outcome.kind === "cancelled" ? "client_disconnected" : outcome.error.code;
            const httpStatus = outcome.kind === "failed" ? outcome.error.status : outcome.kind === "cancelled" ? 499 : response.status;
            return finishLogged(services, audit, { status, httpStatus, redactedResponse: redaction.scrub(step.transcript()) });
          },
        }),
      };
    }

    const vendorAnswer = parseAnswer(vendor.id, await response.text());
    const answer = translation ? translation.translateResponse(vendorAnswer) : vendorAnswer;
    const transcript = protocol.restoreResponse(answer, kit);
    await audit.finish({ status: "ok", httpStatus: response.status, redactedResponse: redaction.scrub(transcript) });
    return new Response(JSON.stringify(answer), {
      status: response.status,
      headers: { "content-type": "application/json", "x-request-id": requestId, "request-id": requestId },
    });
  } catch (error) {
    return refuse(services, input, audit, error);
  }
}

function parseRequest<Request>(services: Services, input: ModelRequestInput<Request>, vault: ExchangeVault, audit: ExchangeAudit): Request {
  const bodyText = input.body.ok ? input.body.text : "";
  const refuseWith = (message: string): never => {
    // A request we cannot parse is still logged, but only as redacted raw text.
    audit.note({ redactedRequest: redactText(bodyText.slice(0, MAX_LOGGED_RAW_BODY), services.detector, vault) });
    throw new ProxyError("invalid_request", message);
  };
  // Readers of the request (and of JSON held in its text fields) recurse: nothing deeper than this reaches them.
  if (jsonNestsDeeperThan(bodyText, MAX_JSON_DEPTH)) return refuseWith(`The request body nests objects or arrays more than ${MAX_JSON_DEPTH} levels deep.`);
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return refuseWith("The request body is not valid JSON.");
  }
  const parsed = input.protocol.parseRequest(body);
  return parsed.ok ? parsed.request : refuseWith(`The request body is not a valid request: ${parsed.message}`);
}

function parseAnswer(vendorId: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ProxyError("vendor_error", `Vendor '${vendorId}' sent an answer that is not JSON.`, { cause: error });
  }
}

async function finishLogged(services: Services, audit: ExchangeAudit, outcome: Parameters<ExchangeAudit["finish"]>[0]): Promise<void> {
  try {
    await audit.finish(outcome);
  } catch (error) {
    services.logger.error({ code: "audit_failed", cause: String((error as Error).cause ?? error) }, "audit log append failed");
    throw error;
  }
}

async function refuse<Request>(services: Services, input: ModelRequestInput<Request>, audit: ExchangeAudit, error: unknown): Promise<Response> {
  let proxyError = toProxyError(error);
  const clientGone = input.signal.aborted;
  if (proxyError.code === "internal" && !clientGone) {
    services.logger.error({ requestId: input.requestId, error: describeError(error) }, "internal error");
  }
  try {
    await finishLogged(services, audit, { status: clientGone ? "client_disconnected" : proxyError.code, httpStatus: clientGone ? 499 : proxyError.status });
  } catch (auditError) {
    proxyError = toProxyError(auditError);
  }
  const rendered = input.protocol.renderError(proxyError, input.requestId);
  return new Response(JSON.stringify(rendered.body), {
    status: rendered.status,
    headers: { "content-type": "application/json", "x-request-id": input.requestId, "request-id": input.requestId },
  });
}
