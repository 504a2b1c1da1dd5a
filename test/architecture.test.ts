import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "../src");
const DOMAIN = ["protocols", "detect", "vault", "vendors", "audit", "auth"];
const RUNTIME_FREE = [...DOMAIN, "proxy", "policy", "secrets"];

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

const importsOf = (file: string) => [...readFileSync(file, "utf8").matchAll(/^\s*(?:import|export)[^'"]*?from\s+["']([^"']+)["']/gm)].map((match) => match[1]!);
const moduleOf = (file: string) => relative(SRC, file).split("/")[0]!;

/** Which top-level module an import lands in, for relative imports. */
function targetModule(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  return relative(SRC, join(file, "..", specifier)).split("/")[0];
}

describe("dependency direction (shared/DESIGN.md)", () => {
  const files = sourceFiles(SRC);

  it.each(RUNTIME_FREE)("%s/ imports no runtime: no hono, node:*, cloudflare:* or runtime/", (module) => {
    const offenders = files
      .filter((file) => moduleOf(file) === module)
      .flatMap((file) =>
        importsOf(file)
          .filter((specifier) => /^(hono|@hono\/|node:|cloudflare:|better-sqlite3|undici|pino)/.test(specifier) || targetModule(file, specifier) === "runtime")
          .map((specifier) => `${relative(SRC, file)} → ${specifier}`),
      );
    expect(offenders).toEqual([]);
  });

  it("protocols/ import no domain module", () => {
    const offenders = files
      .filter((file) => moduleOf(file) === "protocols")
      .flatMap((file) => importsOf(file).filter((specifier) => DOMAIN.filter((module) => module !== "protocols").includes(targetModule(file, specifier) ?? "")));
    expect(offenders).toEqual([]);
  });

  it("vault/ and vendors/ reach into detect/ only for its types", () => {
    const offenders = files
      .filter((file) => ["vault", "vendors"].includes(moduleOf(file)))
      .flatMap((file) => importsOf(file).filter((specifier) => targetModule(file, specifier) === "detect" && !specifier.endsWith("detect/types.ts")));
    expect(offenders).toEqual([]);
  });

  it("domain modules never import the pipeline, the app or an entry", () => {
    const offenders = files
      .filter((file) => DOMAIN.includes(moduleOf(file)))
      .flatMap((file) => importsOf(file).filter((specifier) => ["proxy", "app.ts", "entry", "cli", "services.ts"].includes(targetModule(file, specifier) ?? "")));
    expect(offenders).toEqual([]);
  });
});
