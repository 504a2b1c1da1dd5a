/**
 * Adds to `matches` every match of the global `pattern` that starts in text[start, end), with
 * `index` in whole-text offsets. The search runs in a slice reaching `margin` characters
 * beyond each end, so look-arounds see what surrounds the span and a match starting near its
 * end is read whole; its cost follows the span's length, not the text's. With `lookAhead`
 * above 0, a match ending less than `lookAhead` characters before a slice end that cuts the
 * text might have looked past that end: it is not trusted, and the span's search stops there.
 * The core of `matchesInClusters` and `matchesInRanges`, which differ in margin, look-ahead
 * guard and which spans they search.
 */
export function addMatchesInSpan(
  matches: RegExpExecArray[],
  pattern: RegExp,
  text: string,
  start: number,
  end: number,
  margin: number,
  lookAhead: number,
): void {
  const from = Math.max(0, start - margin);
  const to = Math.min(text.length, end + margin);
  const slice = text.slice(from, to);
  pattern.lastIndex = start - from;
  for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
    if (match.index >= end - from) break;
    if (to < text.length && match.index + match[0].length > slice.length - lookAhead) break;
    match.index += from;
    matches.push(match);
    if (match[0].length === 0) pattern.lastIndex++;
  }
}
