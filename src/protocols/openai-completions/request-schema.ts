import { z } from "zod";

/**
 * A legacy completions request (`POST /v1/completions`) as far as Veilgate needs to
 * understand it. `prompt` must be text: the API also takes token ids, but Veilgate cannot
 * read those for PII, so it refuses them rather than forward them unchecked. Loose: fields
 * we do not name pass through to the vendor untouched.
 */
export const completionRequestSchema = z.looseObject({
  model: z.string().min(1),
  prompt: z
    .union([z.string(), z.array(z.string())], {
      error: "prompt must be text (a string or an array of strings); token ids cannot be checked for PII, so Veilgate does not forward them",
    })
    .nullable()
    .optional(),
  suffix: z.string().nullable().optional(),
  stream: z.boolean().nullable().optional(),
  user: z.string().optional(),
});

export type CompletionRequest = z.infer<typeof completionRequestSchema>;
