import { describe, expect, it } from "vitest";
import { normalizeText } from "../normalize-text.ts";
import { findLowerCaseIntroductions } from "./find-lower-case-introductions.ts";

const names = (text: string) => findLowerCaseIntroductions(normalizeText(text)).map((match) => text.slice(match.start, match.end));

describe("findLowerCaseIntroductions", () => {
  it.each([
    ["hi my name is john smith and I need help", ["john smith"]],
    ["Call me gerald.", ["gerald"]],
    ["her full name is sarah connor", ["sarah connor"]],
    ["i'm priya, lol", ["priya"]],
    ["hi this is tyrone from billing", ["tyrone"]],
    ["i am tomasz nowak, my order 5521 never came", ["tomasz nowak"]],
    ["this is tyrone, and my name is dmitri", ["tyrone", "dmitri"]],
    ["my name is gerald mcallister's widow", ["gerald mcallister"]],
  ])("in %j finds %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("scores a naming phrase above an introduction", () => {
    const [named, introduced] = findLowerCaseIntroductions(normalizeText("my name is john. this is tyrone"));
    expect(named?.score).toBeGreaterThan(introduced?.score ?? 1);
  });

  it.each([
    "the project name is apollo",
    "the file name is john_smith.txt",
    "my name is john.smith@example.com",
    "i'm fine, this is fine",
    "i'm mark",
    "i am sorry, we am priya",
    "the am radio; I am going",
    "this is abt my order",
    "This is abou error started at 2",
    "call me back tomorrow",
    "My name is John",
  ])("finds nothing in %j", (text) => {
    expect(names(text)).toEqual([]);
  });
});
