import { describe, expect, it } from "vitest";
import { insertMention, matchMentions, mentionAt, mentionsIn } from "./mention-query.js";

const people = [
  { id: "u1", name: "Mette Hansen" },
  { id: "u2", name: "Anders Holm" },
  { id: "u3", name: "Søren Ærø" },
];

describe("mentions", () => {
  it("finds the query being typed after an @ at the start or after a space", () => {
    expect(mentionAt("@Me", 3)).toEqual({ start: 0, query: "Me" });
    expect(mentionAt("Tak @Mette H", 12)).toEqual({ start: 4, query: "Mette H" });
    expect(mentionAt("Tak @", 5)).toEqual({ start: 4, query: "" });
  });

  it("finds no query in an e-mail address, across a line, or far from the @", () => {
    expect(mentionAt("skriv til a@b.dk", 16)).toBeNull();
    expect(mentionAt("@Mette\nHansen", 13)).toBeNull();
    expect(mentionAt("@Mette siger at det er fint", 27)).toBeNull();
    expect(mentionAt("ingen", 5)).toBeNull();
  });

  it("matches each word of the query to the start of a word of the name, Danish letters folded", () => {
    expect(matchMentions(people, "me").map((p) => p.id)).toEqual(["u1"]);
    expect(matchMentions(people, "h").map((p) => p.id)).toEqual(["u1", "u2"]);
    expect(matchMentions(people, "anders ho").map((p) => p.id)).toEqual(["u2"]);
    expect(matchMentions(people, "soren").map((p) => p.id)).toEqual([]);
    expect(matchMentions(people, "sø æ").map((p) => p.id)).toEqual(["u3"]);
    expect(matchMentions(people, "").length).toBe(3);
    expect(matchMentions(people, "", 2).length).toBe(2);
  });

  it("writes the chosen name in place of the query, the caret after it", () => {
    expect(insertMention("Tak @Me for hjælpen", { start: 4, query: "Me" }, 7, "Mette Hansen")).toEqual({ text: "Tak @Mette Hansen for hjælpen", caret: 18 });
    expect(insertMention("@", { start: 0, query: "" }, 1, "Anders Holm")).toEqual({ text: "@Anders Holm ", caret: 13 });
  });

  it("sends as mentions only the chosen people still named in the text", () => {
    expect(mentionsIn("@Mette Hansen og @Anders Holm", people)).toEqual(["u1", "u2"]);
    expect(mentionsIn("@Mette Hansen", [...people, people[0]!])).toEqual(["u1"]);
    expect(mentionsIn("Mette Hansen", people)).toEqual([]);
  });
});
