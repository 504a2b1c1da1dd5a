/** A line break inside a wrapped number, [start, end), and what it stands for ("", " ", "-"). */
export interface WrappedNumberBreak {
  start: number;
  end: number;
  replacement: string;
}

// An IBAN's country and check digits ("DE89") count as one group of four.
const IBAN_START = /(?<![A-Za-z0-9])[A-Z]{2}$/;
const MIN_CHARACTERS = 8;

const isDigit = (character: string | undefined): boolean => character !== undefined && character >= "0" && character <= "9";

/** The digit groups joined by `separator` that end at `end`, and where the first starts. */
function groupsBefore(text: string, end: number, separator: string): { groups: string[]; start: number } {
  const groups: string[] = [];
  let index = end;
  while (isDigit(text[index - 1])) {
    let groupStart = index;
    while (isDigit(text[groupStart - 1])) groupStart--;
    if (index - groupStart === 2 && IBAN_START.test(text.slice(Math.max(0, groupStart - 3), groupStart))) groupStart -= 2;
    groups.unshift(text.slice(groupStart, index));
    index = groupStart;
    if (text[index - 1] !== separator || !isDigit(text[index - 2])) break;
    index--;
  }
  return { groups, start: index };
}

/** The digit groups joined by `separator` that start at `start`, and where the last ends. */
function groupsAfter(text: string, start: number, separator: string): { groups: string[]; end: number } {
  const groups: string[] = [];
  let index = start;
  while (isDigit(text[index])) {
    let groupEnd = index;
    while (isDigit(text[groupEnd])) groupEnd++;
    groups.push(text.slice(index, groupEnd));
    index = groupEnd;
    if (text[index] !== separator || !isDigit(text[index + 1])) break;
    index++;
  }
  return { groups, end: index };
}

/** Groups of one length (2–4) before the break and after it, the very last one at most one longer. */
function isEvenlyGrouped(before: readonly string[], after: readonly string[]): boolean {
  const length = before[before.length - 1]?.length ?? 0;
  if (before.length < 2 || length < 2 || length > 4) return false;
  const inner = [...before, ...after.slice(0, -1)];
  return inner.every((group) => group.length === length) && (after[after.length - 1]?.length ?? 0) <= length + 1;
}

/**
 * Line breaks inside numbers that were wrapped onto the next line ("4111 1111\n1111 1111",
 * "123-45-\n6789"), as hard-wrapped mail and OCR'd forms write them. Conservative, since a
 * break between two numbers (CSV rows) must stay: the line must end in a dash, or in two or
 * more even groups joined by one separator that the next line continues; the number must
 * stand alone at both ends. The replacement is the separator, or nothing after a dash.
 */
export function findWrappedNumberBreaks(text: string): WrappedNumberBreak[] {
  const breaks: WrappedNumberBreak[] = [];
  // Line breaks are far rarer than digits: look at each one's neighbours only.
  for (let newline = text.indexOf("\n"); newline !== -1; newline = text.indexOf("\n", newline + 1)) {
    const end = newline + 1;
    if (!isDigit(text[end])) continue;
    const start = text[newline - 1] === "\r" ? newline - 1 : newline;
    const trailing = text[start - 1] === " " || text[start - 1] === "-" ? (text[start - 1] ?? "") : "";
    const lineEnd = start - trailing.length;
    if (!isDigit(text[lineEnd - 1])) continue;
    let lastGroupStart = lineEnd;
    while (isDigit(text[lastGroupStart - 1])) lastGroupStart--;
    const separator = trailing || (text[lastGroupStart - 1] ?? "");
    if (separator !== " " && separator !== "-") continue;
    const before = groupsBefore(text, lineEnd, separator);
    const after = groupsAfter(text, end, separator);
    if ([...before.groups, ...after.groups].join("").length < MIN_CHARACTERS) continue;
    if (trailing !== "-" && !isEvenlyGrouped(before.groups, after.groups)) continue;
    if (/[\w.,/$€£+-]/.test(text[before.start - 1] ?? "") || /^(?:\w|[.,/-]\d)/.test(text.slice(after.end, after.end + 2))) continue;
    breaks.push({ start, end, replacement: trailing === "" ? separator : "" });
  }
  return breaks;
}
