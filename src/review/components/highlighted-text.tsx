import { PLACEHOLDER_PATTERN } from "../../vault/placeholder-format.ts";
import { entityClass } from "../entity-colors.ts";

/** The type a placeholder stands for: `[US_SSN_7QK2MX]` → `US_SSN`. */
export const placeholderType = (placeholder: string): string => placeholder.slice(1, -8);

/** Every placeholder in `text`, once each, in order of appearance. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER_PATTERN)].map((match) => match[0]))];
}

/** Text with each placeholder in a <mark> coloured by its type (the text itself is escaped by JSX). */
export function HighlightedText(props: { text: string }) {
  const parts: Array<string | { placeholder: string }> = [];
  let cursor = 0;
  for (const match of props.text.matchAll(PLACEHOLDER_PATTERN)) {
    parts.push(props.text.slice(cursor, match.index), { placeholder: match[0] });
    cursor = match.index + match[0].length;
  }
  parts.push(props.text.slice(cursor));
  return (
    <>
      {parts.map((part) =>
        typeof part === "string" ? part : (
          <mark class={`ph ${entityClass(placeholderType(part.placeholder))}`} title={placeholderType(part.placeholder)} data-type={placeholderType(part.placeholder)}>
            {part.placeholder}
          </mark>
        ),
      )}
    </>
  );
}
