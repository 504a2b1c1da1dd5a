/** The image types an Anthropic-protocol vendor accepts in a base64 source. */
export const IMAGE_MEDIA_TYPES: ReadonlySet<string> = new Set(["image/jpeg", "image/png", "image/gif", "image/webp"]);
