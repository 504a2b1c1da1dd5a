import { z } from "zod";

type Issue = z.core.$ZodIssue;

const depthOf = (issues: readonly Issue[]): number => Math.max(0, ...issues.map((issue) => issue.path.length + (issue.code === "invalid_union" ? 1 : 0)));

/**
 * Replaces each failed union by the issues of the branch that got furthest, with full
 * paths: for `input: string | item[]`, "content must be…at input[0].content" rather than
 * zod's bare "Invalid input at input".
 */
function unwrapUnions(issues: readonly Issue[], prefix: PropertyKey[] = []): Issue[] {
  return issues.flatMap((issue): Issue[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code !== "invalid_union" || issue.errors.length === 0) return [{ ...issue, path }];
    const furthest = issue.errors.reduce((best, branch) => (depthOf(branch) > depthOf(best) ? branch : best));
    return unwrapUnions(furthest, path);
  });
}

/** A readable account of why a request body failed its schema, naming the deepest field at fault. */
export function requestErrorMessage(error: z.ZodError): string {
  return z.prettifyError(new z.ZodError(unwrapUnions(error.issues)));
}
