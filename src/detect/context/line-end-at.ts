/** Offset of the end of the line containing `from` (its "\n", or the end of the text). */
export function lineEndAt(text: string, from: number): number {
  const newline = text.indexOf("\n", from);
  return newline === -1 ? text.length : newline;
}
