import type { QuestionnaireDraft } from "@afrapport/schema";
import { describe, expect, it } from "vitest";
import { formatDraftJson, lineAt, pathText, readDraftJson, syntaxProblem, type JsonProblem } from "./draft-json.js";

const draft: QuestionnaireDraft = {
  audience: "municipality",
  title: { da: "Prøve", en: "Trial" },
  reportSections: [{ id: "maalgruppe", title: { da: "Målgruppen" } }],
  survey: { pages: [{ name: "p1", elements: [{ type: "text", name: "count", title: { da: "Antal" } }] }] },
};
const text = formatDraftJson(draft);

function problems(source: string): JsonProblem[] {
  const result = readDraftJson(source);
  if (result.ok) throw new Error("expected problems");
  return result.problems;
}

/** The text a problem underlines. */
const marked = (source: string, problem: JsonProblem) => source.slice(problem.from, problem.to);

describe("readDraftJson", () => {
  it("reads its own formatting back as the same draft", () => {
    expect(readDraftJson(text)).toEqual({ ok: true, draft });
  });

  it("places a missing comma after the value it should follow, not on the next property", () => {
    const broken = text.replace('"da": "Prøve",', '"da": "Prøve"');
    const [problem] = problems(broken);
    expect(problem).toMatchObject({ kind: "syntax", reason: "expected-comma-or-brace", line: 4 });
    expect(broken.slice(problem!.from - 6, problem!.to)).toBe('"Prøve"');
  });

  it("names the unexpected character where the browser gives no position", () => {
    const broken = '{\n  "audience": ,\n  "title": {}\n}';
    const [problem] = problems(broken);
    expect(problem).toMatchObject({ kind: "syntax", reason: "unexpected-token", token: ",", line: 2 });
  });

  it("reads the other syntax errors by their reason and line", () => {
    expect(problems('{\n  "a": 1,\n}')[0]).toMatchObject({ reason: "expected-property-name", line: 3 });
    expect(problems('{\n  "a": [1, 2\n}')[0]).toMatchObject({ reason: "expected-comma-or-bracket", line: 2 });
    expect(problems('{\n  "a": "open\n}')[0]).toMatchObject({ reason: "bad-control-character", line: 2 });
    expect(problems('{"a": 1}\nx')[0]).toMatchObject({ reason: "trailing-content", line: 2 });
    expect(problems('{\n  "a": "\\q"\n}')[0]).toMatchObject({ reason: "bad-escape", line: 2 });
    expect(problems('{\n  "a": "b",\n  "c": \n\n')[0]).toMatchObject({ reason: "unexpected-end", line: 3 });
    expect(problems('{\n  "a": {\n\n')[0]).toMatchObject({ reason: "expected-property-name", line: 2 });
    expect(problems("")[0]).toMatchObject({ reason: "unexpected-end", line: 1, from: 0 });
  });

  it("reads a position given as line and column, as other browsers write it", () => {
    const broken = '{\n  "a": 1\n  "b": 2\n}';
    const problem = syntaxProblem(broken, "JSON.parse: expected ',' or '}' after property value in object at line 3 column 3 of the JSON data");
    expect(problem).toMatchObject({ reason: "expected-comma-or-brace", line: 2 });
    expect(marked(broken, problem)).toBe("1");
    expect(syntaxProblem("{", "JSON.parse: end of data while reading object contents at line 1 column 2 of the JSON data")).toMatchObject({ reason: "unexpected-end", from: 1 });
  });

  it("places a wrong value on the value, with its path", () => {
    const broken = text.replace('"audience": "municipality"', '"audience": 7');
    const [problem] = problems(broken);
    expect(problem).toMatchObject({ kind: "schema", path: "audience", line: 2 });
    expect(problem!.reason).toEqual({ code: "one-of", values: ["municipality", "offer"] });
    expect(marked(broken, problem!)).toBe("7");
  });

  it("says a required key is missing and marks the object it is missing from", () => {
    const broken = JSON.stringify({ ...draft, survey: { pages: [{ elements: [] }] } }, null, 2);
    const [problem] = problems(broken);
    expect(problem).toMatchObject({ kind: "schema", path: "survey.pages[0].name", reason: { code: "missing" } });
    expect(marked(broken, problem!)).toBe("{");
    expect(problem!.line).toBe(lineAt(broken, broken.indexOf('"elements"')) - 1);
  });

  it("names each unknown key on its own line", () => {
    const broken = JSON.stringify({ ...draft, colour: "blue", extra: 1 }, null, 2);
    const found = problems(broken);
    expect(found.map((p) => [p.kind === "schema" ? p.path : null, p.reason])).toEqual([
      ["colour", { code: "unknown-key", key: "colour" }],
      ["extra", { code: "unknown-key", key: "extra" }],
    ]);
    expect(found.map((p) => marked(broken, p))).toEqual(['"colour"', '"extra"']);
  });

  it("says how many a list needs and where, and a wrong type by what was expected", () => {
    const noPages = JSON.stringify({ ...draft, survey: { pages: [] } }, null, 2);
    expect(problems(noPages)[0]).toMatchObject({ path: "survey.pages", reason: { code: "too-small", minimum: 1, of: "array" } });
    const numberTitle = JSON.stringify({ ...draft, title: { da: 5 } }, null, 2);
    const [problem] = problems(numberTitle);
    expect(problem).toMatchObject({ path: "title.da", reason: { code: "type", expected: "string" } });
    expect(marked(numberTitle, problem!)).toBe("5");
  });

  it("marks an array element by its first line, and an object-valued property by its name", () => {
    const broken = JSON.stringify({ ...draft, reportSections: [{ id: "Not A Slug", title: {} }] }, null, 2);
    const [problem] = problems(broken);
    expect(problem).toMatchObject({ path: "reportSections[0].id", reason: { code: "format" } });
    expect(marked(broken, problem!)).toBe('"Not A Slug"');
    const listTitle = JSON.stringify({ ...draft, title: ["Prøve"] }, null, 2);
    const [titleProblem] = problems(listTitle);
    expect(titleProblem).toMatchObject({ path: "title", reason: { code: "type", expected: "object" } });
    expect(marked(listTitle, titleProblem!)).toBe('"title"');
    const pageText = JSON.stringify({ ...draft, survey: { pages: [{ name: "p", elements: [5] }] } }, null, 2);
    const [elementProblem] = problems(pageText);
    expect(elementProblem).toMatchObject({ path: "survey.pages[0].elements[0]", reason: { code: "type", expected: "object" } });
    expect(marked(pageText, elementProblem!)).toBe("5");
  });
});

describe("pathText", () => {
  it("writes paths the way the findings do", () => {
    expect(pathText(["survey", "pages", 1, "elements", 0, "title", "en"])).toBe("survey.pages[1].elements[0].title.en");
    expect(pathText([])).toBe("");
  });
});
