import fc from "fast-check";

const digits = (length: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((list) => list.join(""));

/** Appends the Luhn check digit to `body`. */
function luhnComplete(body: string): string {
  let sum = 0;
  for (let index = 0; index < body.length; index++) {
    let digit = Number(body[body.length - 1 - index]);
    if (index % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return body + String((10 - (sum % 10)) % 10);
}

/** Valid SSNs (no 000/666/9xx area, 00 group or 0000 serial) with dash, space or en-dash separators. */
export const ssnArbitrary = fc
  .tuple(fc.integer({ min: 1, max: 899 }).filter((area) => area !== 666), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9999 }), fc.constantFrom("-", " ", "\u2013"))
  .map(([area, group, serial, separator]) => `${String(area).padStart(3, "0")}${separator}${String(group).padStart(2, "0")}${separator}${String(serial).padStart(4, "0")}`);

/** Luhn-valid 16-digit Visa numbers, grouped by fours with any separator or none. */
export const visaArbitrary = fc
  .tuple(digits(14), fc.constantFrom("-", " ", ".", "\u2013", ""))
  .map(([body, separator]) => luhnComplete(`4${body}`).replace(/(\d{4})(?=\d)/g, `$1${separator}`));

export const emailArbitrary = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9]{1,8}$/), fc.constantFrom("example.com", "mail.example.org", "corp.example.net"))
  .map(([user, domain]) => `${user}@${domain}`);

/** Prose that is not PII but stresses restoring: non-ASCII, brackets, JSON escapes, typed placeholder starts. */
export const DEFAULT_PROSE_WORDS = ["the", "patient", "asked", "about", "their", "bill", "please", "confirm", "émigré", "😀", "日本", "[note]", "(see", "above)", "—", "\n"];

/**
 * A prompt of prose words and valid PII values, and the values it holds. A value repeated in
 * another spelling would come back in its first spelling, so each value keeps one spelling.
 */
export function piiPromptArbitrary(options: { words?: readonly string[]; maxParts?: number } = {}) {
  const prose = fc.constantFrom(...(options.words ?? DEFAULT_PROSE_WORDS)).map((value) => ({ value, pii: false }));
  const pii = fc.oneof(ssnArbitrary, visaArbitrary, emailArbitrary).map((value) => ({ value, pii: true }));
  return fc
    .array(fc.oneof({ weight: 3, arbitrary: prose }, { weight: 1, arbitrary: pii }), { minLength: 1, maxLength: options.maxParts ?? 30 })
    .filter((parts) => {
      const seen = new Map<string, string>();
      return parts.every(({ value }) => {
        const canonical = value.replace(/[^0-9a-z@.]/gi, "").toLowerCase();
        const first = seen.get(canonical) ?? value;
        seen.set(canonical, first);
        return first === value;
      });
    })
    .map((parts) => ({ prompt: parts.map((part) => part.value).join(" "), values: parts.filter((part) => part.pii).map((part) => part.value) }));
}

/** Splits `input` at the given cut points (code-unit offsets; surrogate pairs are kept whole). */
export function splitAt(input: string, cuts: readonly number[]): string[] {
  const points = [...new Set(cuts.map((cut) => cut % (input.length + 1)))]
    .filter((point) => point > 0 && point < input.length && !(input.charCodeAt(point) >= 0xdc00 && input.charCodeAt(point) <= 0xdfff))
    .sort((left, right) => left - right);
  return [0, ...points].map((start, position) => input.slice(start, [...points, input.length][position])).filter((piece) => piece.length > 0);
}
