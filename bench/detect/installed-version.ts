import { readFileSync } from "node:fs";
import { resolve } from "node:path";

/** The version of an installed package, read from the project's node_modules. */
export function installedVersion(packageName: string): string {
  const path = resolve(import.meta.dirname, "../../node_modules", packageName, "package.json");
  try {
    return String((JSON.parse(readFileSync(path, "utf8")) as { version?: unknown }).version ?? "unknown");
  } catch {
    return "unknown";
  }
}
