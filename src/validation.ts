import type { z } from "zod";

/**
 * Validates a file's parsed content against its schema. The error names the file and each
 * wrong field, so the person who wrote it can fix it without reading code.
 */
export function parseFileContent<Schema extends z.ZodType>(schema: Schema, content: unknown, description: string): z.infer<Schema> {
  const result = schema.safeParse(content);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
  throw new Error(`Invalid ${description}:\n  ${problems.join("\n  ")}`);
}
