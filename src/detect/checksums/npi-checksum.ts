import { isLuhnValid } from "./luhn.ts";

/** Whether ten digits form a valid National Provider Identifier: Luhn over "80840" (the US health-industry prefix) + the digits. */
export function isNpiValid(digits: string): boolean {
  return digits.length === 10 && isLuhnValid(`80840${digits}`);
}
