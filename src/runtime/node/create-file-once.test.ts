import { execFile } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { createFileOnce } from "./create-file-once.ts";

let directory = "";
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe("createFileOnce", () => {
  it("creates the file once, 0600, and leaves an existing one as it is (tightened to 0600)", () => {
    directory = mkdtempSync(join(tmpdir(), "veilgate-once-"));
    const file = join(directory, "secret.key");
    expect(createFileOnce(file, () => "first\n")).toBe(true);
    expect(createFileOnce(file, () => "second\n")).toBe(false);
    expect(readFileSync(file, "utf8")).toBe("first\n");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    chmodSync(file, 0o644);
    expect(createFileOnce(file, () => "third\n")).toBe(false);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(directory)).toEqual(["secret.key"]);
  });

  it("gives processes starting together the same whole file, created by exactly one of them", async () => {
    directory = mkdtempSync(join(tmpdir(), "veilgate-once-"));
    const file = join(directory, "secret.key");
    const script = join(directory, "create.ts");
    writeFileSync(
      script,
      `import { readFileSync } from "node:fs";
import { createFileOnce } from ${JSON.stringify(join(import.meta.dirname, "create-file-once.ts"))};
const created = createFileOnce(${JSON.stringify(file)}, () => "secret-" + process.pid + "\\n");
process.stdout.write(JSON.stringify({ created, contents: readFileSync(${JSON.stringify(file)}, "utf8") }));`,
    );
    const run = promisify(execFile);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => run(process.execPath, ["--import", "tsx", script]).then(({ stdout }) => JSON.parse(stdout) as { created: boolean; contents: string })),
    );
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(new Set(results.map((result) => result.contents)).size).toBe(1);
    expect(results[0]!.contents).toMatch(/^secret-\d+\n$/);
    expect(readdirSync(directory).sort()).toEqual(["create.ts", "secret.key"]);
  }, 60_000);
});
