import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PII } from "../support/pii-samples.ts";
import { type AuditFixture, startAuditFixture } from "./support/audit-fixture.ts";
import { browserTestsEnabled, launchChromium, SCREENSHOT_DIR } from "./support/launch-chromium.ts";

const DAY_MS = 86_400_000;
const daysAgo = (days: number, hour = 10) => new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS - days * DAY_MS + hour * 3_600_000).toISOString();

describe.runIf(browserTestsEnabled)("review console in headless Chromium", () => {
  let fixture: AuditFixture;
  let browser: Browser;
  let page: Page;
  const shot = (name: string, fullPage = true) => page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage });

  beforeAll(async () => {
    fixture = await startAuditFixture({ reveal: true });
    // Two weeks of history for the chart, then real traffic through the proxy.
    for (let day = 13; day >= 1; day--) {
      for (let index = 0; index < (day * 7) % 5 + 1; index++) {
        fixture.appendPast({ time: daysAgo(day, 9 + index), entityCounts: { US_SSN: (day + index) % 3, EMAIL: (day * 3 + index) % 4, PHONE: index % 2 } });
      }
      if (day % 3 === 0) fixture.appendPast({ time: daysAgo(day, 15), status: "model_not_found", httpStatus: 404 });
    }
    expect(await fixture.chat(`My SSN is ${PII.ssn} and my email is ${PII.email}. Call me at ${PII.phone}.`)).toBe(200);
    expect(await fixture.chat(`Card ${PII.card}, IBAN ${PII.iban}. Patient MRN ${PII.mrn}.`)).toBe(200);
    expect(await fixture.chat(`Please refund account number ${PII.account}, routing number ${PII.routing}.`)).toBe(200);
    expect(await fixture.chat(`Hello, my SSN is ${PII.ssn}`, { model: "no-such-model" })).toBe(404);
    expect(await fixture.chat("What are your opening hours?")).toBe(200);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await fixture?.close();
  });

  it("refuses sign-in without a valid auditor key", async () => {
    await page.goto(`${fixture.veilgate.url}/review`);
    expect(new URL(page.url()).pathname).toBe("/review/sign-in");
    await page.fill("input[name=key]", "vg_not_a_real_key");
    await page.click("button[type=submit]");
    await expect(page.getByTestId("sign-in-error").textContent()).resolves.toMatch(/not a valid/);
    await shot("01-sign-in-refused");
    // A valid key without audit:read (an admin key) is refused too.
    await page.fill("input[name=key]", fixture.keys.admin.secret);
    await page.click("button[type=submit]");
    await expect(page.getByTestId("sign-in-error").textContent()).resolves.toMatch(/role admin/);
    expect((await page.context().cookies()).filter((cookie) => cookie.name === "veilgate_review")).toEqual([]);
    const listed = await page.request.get(`${fixture.veilgate.url}/review`, { maxRedirects: 0 });
    expect(listed.status()).toBe(303);
  });

  it("signs in with an HttpOnly, SameSite=Strict cookie under a strict CSP", async () => {
    await page.fill("input[name=key]", fixture.keys.auditor.secret);
    const [response] = await Promise.all([page.waitForResponse((candidate) => new URL(candidate.url()).pathname === "/review"), page.click("button[type=submit]")]);
    expect(new URL(page.url()).pathname).toBe("/review");
    const headers = response.headers();
    expect(headers["content-security-policy"]).toContain("default-src 'none'");
    expect(headers["content-security-policy"]).not.toMatch(/unsafe-inline|script-src/);
    expect(headers["x-frame-options"]).toBe("DENY");
    const [cookie] = (await page.context().cookies()).filter((candidate) => candidate.name === "veilgate_review");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/review" });
    expect(cookie!.value).not.toContain(fixture.keys.auditor.secret);
    await expect(page.locator("[data-chain=verified]").textContent()).resolves.toMatch(/Chain verified/);
    expect(await page.locator("table[data-testid=entries] tbody tr").count()).toBeGreaterThan(10);
    expect(await page.locator("[data-testid=daily-chart] g[data-day]").count()).toBe(14);
    await shot("02-entries", false);
    await shot("02-entries-full");
  });

  it("filters by status, entity type and transcript text", async () => {
    await page.selectOption("select[name=status]", "refused");
    await page.click("form[data-testid=filters] button[type=submit]");
    const statuses = await page.locator("table[data-testid=entries] tbody tr .pill.refused").allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    expect(await page.locator("table[data-testid=entries] tbody tr").count()).toBe(statuses.length);
    await shot("03-filter-refused");

    await page.goto(`${fixture.veilgate.url}/review?type=IBAN`);
    const rows = page.locator("table[data-testid=entries] tbody tr");
    expect(await rows.count()).toBe(1);
    await expect(rows.first().locator(".chip[data-type=IBAN]").count()).resolves.toBe(1);

    await page.goto(`${fixture.veilgate.url}/review`);
    await page.fill("input[name=q]", "refund");
    await page.selectOption("select[name=vendor]", "fakeai");
    await page.click("form[data-testid=filters] button[type=submit]");
    expect(await rows.count()).toBe(1);
    await shot("04-filter-text");
  });

  it("opens a transcript with placeholders highlighted by type", async () => {
    await page.goto(`${fixture.veilgate.url}/review?type=US_SSN&status=ok`);
    await page.locator("table[data-testid=entries] tbody tr a").first().click();
    expect(new URL(page.url()).pathname).toMatch(/^\/review\/entries\/\d+$/);
    const marks = page.locator("[data-testid=transcript] mark.ph");
    expect(await marks.count()).toBeGreaterThanOrEqual(3);
    const ssn = page.locator("[data-testid=transcript] mark.ph[data-type=US_SSN]").first();
    const email = page.locator("[data-testid=transcript] mark.ph[data-type=EMAIL]").first();
    await expect(ssn.textContent()).resolves.toMatch(/^\[US_SSN_[0-9A-Z]{6}\]$/);
    const background = (locator: typeof ssn) => locator.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(await background(ssn)).not.toBe(await background(email));
    expect(await background(ssn)).not.toBe("rgba(0, 0, 0, 0)");
    expect(await page.locator("[data-testid=type-counts] li").count()).toBe(3);
    expect(await page.content()).not.toContain(PII.ssn);
    await shot("05-transcript");
  });

  it("reveals one value only with a justification, and logs the reveal", async () => {
    await page.selectOption("select[name=placeholder]", { index: 0 });
    const placeholder = await page.locator("select[name=placeholder]").inputValue();
    await page.fill("textarea[name=justification]", "INC-4711: customer disputes the SSN on file; verifying for the fraud team.");
    await page.click("[data-testid=reveal] button[type=submit]");
    expect(placeholder).toMatch(/^\[US_SSN_/);
    const revealed = await page.getByTestId("revealed").textContent();
    expect(revealed).toContain(placeholder);
    expect(revealed).toContain(PII.ssn);
    await shot("06-revealed");
    const [reveal] = fixture.veilgate.services.exchangeLog.recentAdminActions(1);
    expect(reveal).toMatchObject({ action: "audit.reveal", actorKeyId: fixture.keys.auditor.id, after: { placeholder } });
    await page.goto(`${fixture.veilgate.url}/review?kind=admin_action`);
    await expect(page.locator("table[data-testid=entries] tbody tr").first().textContent()).resolves.toContain("audit.reveal");
    await shot("07-admin-actions");
  });

  it("fits a laptop screen: nothing scrolls sideways", async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const path of ["/review", "/review?status=refused", `/review/entries/${fixture.veilgate.services.exchangeLog.recent(1)[0]!.seq}`]) {
      await page.goto(`${fixture.veilgate.url}${path}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
    await page.goto(`${fixture.veilgate.url}/review`);
    await shot("08-laptop-1280", false);
  });
});
