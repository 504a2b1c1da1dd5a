import { z } from "zod";

/**
 * An embeddings request (`POST /v1/embeddings`) as far as Veilgate needs to understand it.
 * `input` is text (a string or strings) or token ids (an array of numbers, or of arrays of
 * numbers). Loose: fields we do not name pass through to the vendor untouched.
 */
export const embeddingsRequestSchema = z.looseObject({
  model: z.string().min(1),
  input: z.union([z.string(), z.array(z.string()), z.array(z.number()), z.array(z.array(z.number()))]),
  user: z.string().optional(),
});

export type EmbeddingsRequest = z.infer<typeof embeddingsRequestSchema>;
