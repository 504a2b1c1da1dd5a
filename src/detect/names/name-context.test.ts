import { describe, expect, it } from "vitest";
import { normalizeText } from "../normalize-text.ts";
import { type NameContext, nameContext } from "./name-context.ts";

/** The context of the name "Ann Lee" wherever it stands in `text`. */
function contextOf(text: string): NameContext {
  const start = text.indexOf("Ann Lee");
  return nameContext(normalizeText(text), start, start + "Ann Lee".length);
}

describe("nameContext", () => {
  it.each([
    "Dr. Ann Lee",
    "Name: Ann Lee\nDOB: 1990",
    '{"patientName": "Ann Lee"}',
    "My name is Ann Lee.",
    "Dear Ann Lee,",
    "Kind regards,\nAnn Lee",
    "| Name |\n| --- |\n| Ann Lee |",
    "Patient name Ann Lee, DOB",
    "Hi, this is Ann Lee from the clinic",
    "I'm Ann Lee from Acme",
  ])("%j is strong", (text) => {
    expect(contextOf(text)).toBe("strong");
  });

  it.each(["I'm Ann Lee and", "this is Ann Lee calling", "this is Ann Lee from above", "Ann Lee here.", "my daughter Ann Lee will", "cc Ann Lee"])(
    "%j is medium",
    (text) => {
      expect(contextOf(text)).toBe("medium");
    },
  );

  it("a run alone on its line is standalone; a run in prose has no context", () => {
    expect(contextOf("Notes\n\n- Ann Lee\n")).toBe("standalone");
    expect(contextOf("Yesterday Ann Lee called.")).toBe("none");
    expect(contextOf("**client:** Ann Lee client")).toBe("none");
    expect(contextOf("see https://x.test/?author=Ann Lee")).toBe("none");
  });
});
