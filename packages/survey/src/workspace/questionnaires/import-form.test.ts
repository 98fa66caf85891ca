import { ImportDraftSchema } from "@afrapport/schema/api";
import { describe, expect, it } from "vitest";
import { emptyImport, importErrors, importFieldForServer, jsonErrorPlace, maxImportChars, readImport, surveyTextProblem } from "./import-form.js";
import type { KeyedAnnouncement } from "./new-questionnaire-form.js";
import { questionnairesDa as q } from "./questionnaires-messages.js";

const announcement: KeyedAnnouncement = {
  id: "gravide-rusmiddel",
  questionnaires: [{ key: "kommune-2019", audience: "municipality", versions: [] }],
  drafts: [],
};
const survey = JSON.stringify({ pages: [{ name: "p1", elements: [{ type: "text", name: "antal" }] }] });

describe("the SurveyJS import form", () => {
  it("sends the file's text as it is, with the announcement, key, audience and language", () => {
    const values = { ...emptyImport("gravide-rusmiddel"), audience: "offer" as const, key: "tilbud-2026", language: "en" as const, file: { name: "tilbud.json", text: survey } };
    const read = readImport(values, [announcement], q);
    expect(read).toEqual({ ok: true, input: { announcementId: "gravide-rusmiddel", key: "tilbud-2026", audience: "offer", language: "en", survey } });
    expect(read.ok && ImportDraftSchema.safeParse(read.input).success).toBe(true);
    // pasted text takes the file's place
    expect(readImport({ ...values, source: "paste", pasted: survey, file: null }, [announcement], q).ok).toBe(true);
  });

  it("imports into a published key only as the same audience: it becomes that questionnaire's next version", () => {
    const values = { ...emptyImport("gravide-rusmiddel"), audience: "offer" as const, key: "kommune-2019", file: { name: "k.json", text: survey } };
    expect(readImport(values, [announcement], q)).toEqual({ ok: false, problems: { key: q.errorKeyOtherAudience("municipality") } });
    expect(q.errorKeyOtherAudience("municipality")).toContain("kommuner");
    expect(readImport({ ...values, audience: "municipality" }, [announcement], q).ok).toBe(true);
  });

  it("says in Danish what is wrong with the JSON, with its line when the browser tells", () => {
    expect(surveyTextProblem(" ", q)).toBe(q.errorImportEmpty);
    expect(surveyTextProblem("[1, 2]", q)).toBe(q.errorImportNotObject);
    expect(surveyTextProblem("x".repeat(maxImportChars + 1), q)).toBe(q.errorImportTooLarge);
    const broken = '{\n  "pages": [\n    { "name": "p1", }\n  ]\n}';
    // V8 says "at position 35", the comma before the closing brace
    expect(surveyTextProblem(broken, q)).toBe("Teksten er ikke gyldig JSON. Fejlen står i linje 3, tegn 21.");
    expect(jsonErrorPlace(broken, "Expected double-quoted property name in JSON at position 34 (line 3 column 23)")).toEqual({ line: 3, column: 23 });
    expect(jsonErrorPlace(broken, "Unexpected token } in JSON at position 35")).toEqual({ line: 3, column: 21 });
    expect(jsonErrorPlace(broken, "Unexpected token")).toBeNull();
    expect(readImport({ ...emptyImport("gravide-rusmiddel"), audience: "offer", key: "x" }, [announcement], q)).toEqual({ ok: false, problems: { survey: q.errorImportNoFile } });
  });

  it("reads why survey-core could not load the JSON from the 422, and nothing from other errors", () => {
    const errors = [{ path: "pages[0].elements[0]", code: "unknown-type", message: "unknown question type" }];
    expect(importErrors({ status: 422, code: "unprocessable", message: "", body: { error: {}, errors } })).toEqual(errors);
    expect(importErrors({ status: 422, code: "unprocessable", message: "", body: { errors: [{ path: 1 }] } })).toEqual([]);
    expect(importErrors({ status: 400, code: "validation_failed", message: "", body: { errors } })).toEqual([]);
    expect(importFieldForServer("survey")).toBe("survey");
    expect(importFieldForServer("language")).toBeNull();
  });
});
