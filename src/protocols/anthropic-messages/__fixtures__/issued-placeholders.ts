/**
 * The placeholders the unit tests pretend were issued in this exchange, and their values.
 * The person's name carries a quote and a backslash, so JSON escaping is exercised.
 */
export const ISSUED_PLACEHOLDERS: ReadonlyMap<string, string> = new Map([
  ["[US_SSN_7QK2MX]", "536-22-1234"],
  ["[EMAIL_3RD8ZP]", "jane.doe@example.com"],
  ["[PHONE_9WX4KT]", "+1 415-867-5309"],
  ["[PERSON_0A1B2C]", 'Jane "JD" O\\Doe'],
]);
