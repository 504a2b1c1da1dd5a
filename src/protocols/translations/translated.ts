/**
 * The outcome of translating one part of a request: the value the vendor's protocol
 * expects, or why that protocol cannot express it. A decision, not an exception, so the
 * pipeline answers it with a 400 `unsupported_translation` and forwards nothing.
 */
export type Translated<Value> = { ok: true; value: Value } | { ok: false; message: string };

/** A part that translated. */
export function translated<Value>(value: Value): Translated<Value> {
  return { ok: true, value };
}

/** A part the vendor's protocol cannot express; `message` says what and why, never quoting request text. */
export function untranslatable(message: string): { ok: false; message: string } {
  return { ok: false, message };
}

/**
 * Translates each item in order and keeps the results that are not `undefined` (an
 * `undefined` result means "nothing to send", e.g. an empty text part). The first item
 * that cannot be translated decides the outcome.
 */
export function translateEach<Item, Value>(items: readonly Item[], translate: (item: Item, position: number) => Translated<Value | undefined>): Translated<Value[]> {
  const values: Value[] = [];
  for (const [position, item] of items.entries()) {
    const result = translate(item, position);
    if (!result.ok) return result;
    if (result.value !== undefined) values.push(result.value);
  }
  return translated(values);
}
