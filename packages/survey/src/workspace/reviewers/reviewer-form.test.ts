import { describe, expect, it } from "vitest";
import { usersMessagesFor } from "../users/users-messages.js";
import { candidateLabel, emptyReviewerForm, readReviewerForm } from "./reviewer-form.js";

const u = usersMessagesFor("da");

describe("the invite-a-reviewer form", () => {
  it("reads a name, an e-mail (lower-cased) and an optional organisation", () => {
    expect(readReviewerForm({ name: " Mette Holm ", email: " Mette@Aarhus.DK", organisation: " Aarhus Kommune " }, u)).toEqual({
      ok: true,
      input: { name: "Mette Holm", email: "mette@aarhus.dk", organisation: "Aarhus Kommune" },
    });
    expect(readReviewerForm({ name: "A", email: "a@b.dk", organisation: " " }, u)).toEqual({ ok: true, input: { name: "A", email: "a@b.dk", organisation: null } });
  });

  it("says in Danish what is missing or wrong", () => {
    expect(readReviewerForm(emptyReviewerForm, u)).toEqual({ ok: false, problems: { name: u.errorNameRequired, email: u.errorEmailInvalid } });
    expect(readReviewerForm({ name: "A", email: "a@b", organisation: "x".repeat(201) }, u)).toEqual({
      ok: false,
      problems: { email: u.errorEmailInvalid, organisation: u.errorOrganisationTooLong },
    });
  });

  it("names a candidate with organisation and e-mail, so two of one name can be told apart", () => {
    expect(candidateLabel({ name: "Mette Holm", organisation: "Aarhus Kommune", email: "mh@aarhus.dk" })).toBe("Mette Holm, Aarhus Kommune (mh@aarhus.dk)");
    expect(candidateLabel({ name: "Mette Holm", organisation: null, email: "mh@rm.dk" })).toBe("Mette Holm (mh@rm.dk)");
  });
});
