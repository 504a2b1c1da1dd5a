import { isDigitCode } from "./ascii-codes.ts";

/** The ASCII digits of `text` in [start, end), in order, with everything else dropped. */
export function digitsBetween(text: string, start: number, end: number): string {
  let digits = "";
  let run = start;
  for (let index = start; index < end; index++) {
    if (isDigitCode(text.charCodeAt(index))) continue;
    if (index > run) digits += text.slice(run, index);
    run = index + 1;
  }
  return end > run ? digits + text.slice(run, end) : digits;
}
