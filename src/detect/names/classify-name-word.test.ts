import { describe, expect, it } from "vitest";
import { classifyNameWord, type NameWordClass } from "./classify-name-word.ts";

function classOf(text: string): NameWordClass {
  const lower = text.toLowerCase();
  const allCaps = text.length > 1 && text === text.toUpperCase();
  return classifyNameWord({ text, lower, allCaps, initial: text.length === 1, possessive: false }).wordClass;
}

describe("classifyNameWord", () => {
  it.each(["Priya", "Kowalski", "Nguyễn", "Okonkwo", "Yoshida", "Siddiqui", "Min-seo", "Mei-ling", "Smith-Jones", "MARIA"])(
    "%s is a clear name",
    (word) => {
      expect(classOf(word)).toBe("name");
    },
  );

  it.each(["Will", "May", "Rose", "Mark", "Bill", "Grant", "Jordan", "Georgia", "Claude", "Hope", "April"])(
    "%s is a name that is also something else",
    (word) => {
      expect(classOf(word)).toBe("ambiguous");
    },
  );

  it.each(["Payroll", "Teams", "Payments", "Currently", "Deprecation", "Pittsburgh", "Nigeria", "Follow-Up", "Colleague"])(
    "%s is a common word",
    (word) => {
      expect(classOf(word)).toBe("word");
    },
  );

  it.each(["The", "Monday", "January", "Inc", "Dr", "Microsoft", "Hi", "NHS", "Thanks"])("%s is never in a name", (word) => {
    expect(classOf(word)).toBe("stop");
  });

  it("knows neither names nor words it has never seen", () => {
    expect(classOf("Raghunathan")).toBe("unknown");
    expect(classOf("J")).toBe("initial");
  });
});
