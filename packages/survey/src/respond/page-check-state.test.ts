import { describe, expect, it } from "vitest";
import { answered, noPageCheck, pageShown, refusedOn } from "./page-check-state.js";
import type { QuestionMessage } from "./respond-api.js";

const message = (question: string, path = question): QuestionMessage => ({
  question,
  path,
  code: "out-of-range",
  message: { da: "Angiv et tal på 0 eller derover.", en: "Enter a number of 0 or more." },
});

describe("what the page check leaves on screen", () => {
  it("keeps the alert until the last message is answered", () => {
    const refused = refusedOn("maalgruppe", [message("counts", "counts.2017"), message("method")], "2 svar …", false);
    const one = answered(refused, "counts");
    expect(one.messages.map((m) => m.question)).toEqual(["method"]);
    expect(one.alert).toBe("2 svar …");
    expect(answered(one, "method")).toEqual({ page: "maalgruppe", messages: [], alert: undefined, unreadable: false });
    // another question's answer changes nothing
    expect(answered(refused, "other")).toBe(refused);
  });

  it("keeps the alert about unreadable number text until the person moves on", () => {
    const refused = refusedOn("maalgruppe", [message("counts")], "2 svar …", true);
    expect(answered(refused, "counts").alert).toBe("2 svar …");
  });

  it("drops everything on another page, but not when the check itself moved the person back", () => {
    const refused = refusedOn("maalgruppe", [message("counts")], "1 svar …", false);
    expect(pageShown(refused, "maalgruppe")).toBe(refused);
    expect(pageShown(refused, "tilbud")).toEqual(noPageCheck);
  });
});
