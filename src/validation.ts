import type { z } from "zod";

/** How an error names the field at `path` of the content (by default its dotted path). */
export type DescribeFieldPath = (path: readonly PropertyKey[], content: unknown) => string;

/** A field's dotted path, `dpa.expires`; `(root)` for the content itself. */
export const dottedFieldPath: DescribeFieldPath = (path) => path.map(String).join(".") || "(root)";

/**
 * Validates a file's parsed content against its schema. The error names the file and each
 * wrong field, so the person who wrote it can fix it without reading code.
 */
export function parseFileContent<Schema extends z.ZodType>(
  schema: Schema,
  content: unknown,
  description: string,
  describePath: DescribeFieldPath = dottedFieldPath,
): z.infer<Schema> {
  const result = schema.safeParse(content);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${describePath(issue.path, content)}: ${issue.message}`);
  throw new Error(`Invalid ${description}:\n  ${problems.join("\n  ")}`);
}
