/** What the pipeline asks of an HTTP client to reach a vendor; each runtime supplies one. */
export interface UpstreamRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** Aborts the vendor request, e.g. when the client disconnects. */
  signal: AbortSignal;
  /** Longest wait for the vendor's response headers, and between two body chunks. */
  timeoutMs: number;
}

export interface UpstreamResponse {
  status: number;
  contentType: string;
  /** The body as it arrives; read it or `text()`, not both. Stopping the iteration aborts the request. */
  chunks(): AsyncIterable<Uint8Array>;
  text(): Promise<string>;
}

/**
 * Sends one request to a vendor. Throws ProxyError `vendor_timeout` when the vendor does
 * not answer in time and `vendor_unreachable` when it cannot be reached.
 */
export type UpstreamClient = (request: UpstreamRequest) => Promise<UpstreamResponse>;
