import { randomBytes } from "node:crypto";
import { chmodSync, linkSync, statSync, unlinkSync, writeFileSync } from "node:fs";

/**
 * Creates `file` with `contents` (mode 0600) unless it exists, atomically: the contents are
 * written to a temporary file first and linked into place, so a process starting at the
 * same moment either finds no file or a whole one, never an empty or half-written one.
 * Returns whether this call created it; an existing file is tightened to 0600.
 */
export function createFileOnce(file: string, contents: () => string): boolean {
  try {
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    return false;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  writeFileSync(temporary, contents(), { mode: 0o600, flag: "wx" });
  try {
    linkSync(temporary, file);
    return true;
  } catch (error) {
    // Another process linked its file first: that one is whole, and it is the one to use.
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    unlinkSync(temporary);
  }
}
