import { z } from "zod";

/**
 * An embeddings request (`POST /v1/embeddings`) as far as Veilgate needs to understand it.
 * `input` must be text: the API also takes token ids, but Veilgate cannot read those for
 * PII, so it refuses them rather than forward them unchecked (as for completions). Loose:
 * fields we do not name pass through to the vendor untouched.
 */
export const embeddingsRequestSchema = z.looseObject({
  model: z.string().min(1),
  input: z.union([z.string(), z.array(z.string())], {
    error: "input must be text (a string or an array of strings); token ids cannot be checked for PII, so Veilgate does not forward them",
  }),
  user: z.string().optional(),
});

export type EmbeddingsRequest = z.infer<typeof embeddingsRequestSchema>;
