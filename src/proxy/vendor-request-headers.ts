import type { VendorProtocol } from "../protocols/types.ts";

/** The Anthropic API version sent when the caller did not choose one. */
export const DEFAULT_ANTHROPIC_VERSION = "2023-06-01";

/**
 * Headers for the vendor request: content negotiation, the vendor's own credentials in its
 * protocol's header, and the few caller headers the protocol passes on. The caller's
 * Authorization or x-api-key never leaves; it is a Veilgate key.
 */
export function vendorRequestHeaders(options: {
  vendorProtocol: VendorProtocol;
  apiKey: string | undefined;
  stream: boolean;
  passedOn: Record<string, string>;
}): Record<string, string> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    accept: options.stream ? "text/event-stream" : "application/json",
  };
  if (options.vendorProtocol === "anthropic") {
    headers["anthropic-version"] = options.passedOn["anthropic-version"] ?? DEFAULT_ANTHROPIC_VERSION;
    if (options.passedOn["anthropic-beta"]) headers["anthropic-beta"] = options.passedOn["anthropic-beta"];
    if (options.apiKey) headers["x-api-key"] = options.apiKey;
  } else if (options.apiKey) {
    headers.authorization = `Bearer ${options.apiKey}`;
  }
  return headers;
}
