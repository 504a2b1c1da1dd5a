// ", Apt 3B", " #47", ", Suite 1486", ", Unit 109", ", Flat 5", ", Apt. 18", " Ste #200",
// ", 34th Floor".
const UNIT =
  /,? ?(?:(?:(?:apt|apartment|suite|ste|unit|flat|room|rm|floor|fl|bldg|building|lot|dept)\.? ?#? ?|# ?)[A-Za-z0-9][A-Za-z0-9-]{0,5}|\d{1,3}(?:st|nd|rd|th) (?:floor|fl\.?))(?![A-Za-z0-9])/iy;

/**
 * Where the unit designator starting at `from` ends (apartment, suite, unit, flat, floor,
 * "#47" …), or `from` itself when there is none.
 */
export function unitEnd(text: string, from: number): number {
  UNIT.lastIndex = from;
  const unit = UNIT.exec(text);
  return unit ? from + unit[0].length : from;
}
