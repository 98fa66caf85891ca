import { describe, expect, it } from "vitest";
import { da } from "../i18n/da.js";
import { failureFromBody, questionMessages, staleRevisionBody, type QuestionMessage } from "./respond-api.js";
import { failureReason, firstPageWith, linkProblem, placeMessages } from "./server-errors.js";

const required = (question: string): QuestionMessage => ({
  question,
  path: question,
  code: "required",
  message: { da: "Besvar venligst spørgsmålet.", en: "Please answer the question." },
});

describe("placeMessages", () => {
  const questions = new Set(["currentEffortNature", "currentCompetences", "futureEffortModel"]);

  it("puts each message on its question in the person's language", () => {
    const placed = placeMessages([required("currentCompetences"), required("futureEffortModel")], "da", questions);
    expect([...placed.byQuestion]).toEqual([
      ["currentCompetences", ["Besvar venligst spørgsmålet."]],
      ["futureEffortModel", ["Besvar venligst spørgsmålet."]],
    ]);
    expect(placeMessages([required("futureEffortModel")], "en", questions).byQuestion.get("futureEffortModel")).toEqual(["Please answer the question."]);
  });

  it("keeps several messages for one question, without repeating one", () => {
    const cpr: QuestionMessage = { question: "currentEffortNature", path: "currentEffortNature", code: "cpr", message: { da: "Der ser ud til at stå et CPR-nummer.", en: "This looks like a CPR number." } };
    const placed = placeMessages([required("currentEffortNature"), cpr, cpr], "da", questions);
    expect(placed.byQuestion.get("currentEffortNature")).toEqual(["Besvar venligst spørgsmålet.", "Der ser ud til at stå et CPR-nummer."]);
  });

  it("never drops a message naming a question it cannot place", () => {
    const placed = placeMessages([required("gone")], "da", questions);
    expect(placed.byQuestion.size).toBe(0);
    expect(placed.unplaced).toEqual(["Besvar venligst spørgsmålet."]);
  });
});

describe("firstPageWith", () => {
  const pages = [{ questions: ["a", "b"] }, { questions: ["c"] }, { questions: ["d", "e"] }];
  it("finds the first page holding one of the questions", () => {
    expect(firstPageWith(pages, ["e", "c"])).toBe(1);
    expect(firstPageWith(pages, new Set(["d"]))).toBe(2);
    expect(firstPageWith(pages, ["x"])).toBe(-1);
  });
});

describe("reading error responses", () => {
  it("reads the error body every response carries", () => {
    const failure = failureFromBody(400, { error: { code: "invalid_input", message: "unknown question", field: "answers.nope" } });
    expect(failure).toMatchObject({ kind: "http", status: 400, code: "invalid_input", field: "answers.nope" });
  });

  it("survives a body that is not the expected shape", () => {
    expect(failureFromBody(502, undefined)).toMatchObject({ kind: "http", status: 502, code: "http_502", message: "" });
  });

  it("reads a 409 stale_revision with its conflicts and the current state", () => {
    const body = {
      error: { code: "stale_revision", message: "stale" },
      conflicts: [{ question: "a", base: "1", mine: "2", theirs: "3" }],
      current: { revision: 7, answers: { a: "3" } },
    };
    expect(staleRevisionBody(failureFromBody(409, body))).toEqual({ conflicts: body.conflicts, current: body.current });
    expect(staleRevisionBody(failureFromBody(409, { error: { code: "conflict", message: "closed" } }))).toBeUndefined();
  });

  it("reads the per-question errors of a 422 and skips malformed ones", () => {
    const failure = failureFromBody(422, { error: { code: "invalid_answers", message: "x" }, errors: [required("a"), { question: "b" }, "junk"] });
    expect(questionMessages(failure)).toEqual([required("a")]);
  });

  it("maps link failures to the page that explains them", () => {
    expect(linkProblem({ kind: "network" })).toBe("offline");
    expect(linkProblem(failureFromBody(404, { error: { code: "link_invalid", message: "" } }))).toBe("invalid");
    expect(linkProblem(failureFromBody(410, { error: { code: "link_revoked", message: "" } }))).toBe("revoked");
    expect(linkProblem(failureFromBody(429, { error: { code: "rate_limited", message: "" } }))).toBe("tooMany");
    expect(linkProblem(failureFromBody(500, {}))).toBe("failed");
  });

  it("gives a Danish reason for the status line", () => {
    expect(failureReason({ kind: "network" }, da)).toBe("Ikke forbundet – svarene er gemt på denne enhed");
    expect(failureReason(failureFromBody(409, { error: { code: "conflict", message: "" } }), da)).toBe(da.statusLocked);
    expect(failureReason(failureFromBody(500, {}), da)).toBe("der skete en fejl");
  });
});
