type Path = Array<string | number>;

/** Something in a request Veilgate cannot check for PII: where it is, and what the caller is told. */
export interface UnreadablePayload {
  path: Path;
  message: string;
}

export interface UnreadablePayloadOptions {
  /** Ids, signatures and vendor-encrypted blobs: never payloads a caller wrote, however deep. */
  opaqueKeys?: ReadonlySet<string>;
  /** An image may come as a data: URL here (an image part: Veilgate's documented choice not to read images). */
  imageDataUrls?: boolean;
}

const DATA_URL = /^data:([^,;\s]*)(?:;[^,\s]*)?,/i;
/** Longer than any word or id, and nothing but the base64 alphabet: encoded bytes, not text. */
const BASE64_RUN = /^[A-Za-z0-9+/=_\-\r\n]{256,}$/;

const FORWARDED_NOTHING = "cannot be checked for PII, so Veilgate forwarded nothing";

function unreadableText(text: string, options: UnreadablePayloadOptions): UnreadablePayload | undefined {
  const dataUrl = DATA_URL.exec(text);
  if (dataUrl) {
    const mediaType = dataUrl[1] || "text/plain";
    if (options.imageDataUrls && mediaType.toLowerCase().startsWith("image/")) return undefined;
    return { path: [], message: `${mediaType} data in a data: URL ${FORWARDED_NOTHING}` };
  }
  return BASE64_RUN.test(text) ? { path: [], message: `base64 data ${FORWARDED_NOTHING}` } : undefined;
}

/**
 * The first thing in `value` that Veilgate cannot read: a file's bytes (`file_data`), audio,
 * a data: URL (an image's only where `imageDataUrls` allows it), a `{type: "base64"}` source,
 * or a long run of base64.
 * Such payloads are refused rather than forwarded unread; undefined when there is none.
 */
export function findUnreadablePayload(value: unknown, options: UnreadablePayloadOptions = {}): UnreadablePayload | undefined {
  if (typeof value === "string") return unreadableText(value, options);
  if (typeof value !== "object" || value === null) return undefined;
  if (!Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    if (record.type === "base64") return { path: [], message: `base64 data ${FORWARDED_NOTHING}` };
    if ((typeof record.type === "string" && record.type.includes("audio")) || "input_audio" in record) {
      return { path: [], message: `audio ${FORWARDED_NOTHING}; send a transcript as text` };
    }
    if (record.file_data !== undefined && record.file_data !== null) {
      return { path: ["file_data"], message: `a file's bytes (file_data) ${FORWARDED_NOTHING}; send its text, or a file_id` };
    }
  }
  const isArray = Array.isArray(value);
  for (const [key, child] of Object.entries(value)) {
    if (options.opaqueKeys?.has(key)) continue;
    const found = findUnreadablePayload(child, options);
    // The path is built only for what is found, on the way back up.
    if (found) return { ...found, path: [isArray ? Number(key) : key, ...found.path] };
  }
  return undefined;
}
