import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { REPO_ROOT } from "../../support/start-veilgate.ts";

/** Debian's Chromium, installed by `.ci/run` (apt-get install chromium). */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/**
 * Browser tests run inside `npm test`. They skip only on a developer machine without
 * Chromium; under CI (CI=true) they always run, so a missing browser fails the build.
 */
export const browserTestsEnabled = existsSync(CHROMIUM_PATH) || process.env.CI === "true";

/** Where screenshots go (gitignored; CI keeps them as artifacts). */
export const SCREENSHOT_DIR = join(REPO_ROOT, "test-artifacts", "review");

export async function launchChromium(): Promise<Browser> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}
