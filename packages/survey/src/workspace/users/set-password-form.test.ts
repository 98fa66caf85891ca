import { describe, expect, it } from "vitest";
import { checkNewPassword, linkProblemText } from "./set-password-form.js";
import { usersMessagesFor } from "./users-messages.js";

const u = usersMessagesFor("da");

describe("the set-password form", () => {
  it("asks for at least 12 characters, then for the same password twice", () => {
    expect(checkNewPassword("kort", "kort", u)).toEqual({ password: "Adgangskoden skal være mindst 12 tegn." });
    expect(checkNewPassword("en lang adgangskode", "en lang adgangskod", u)).toEqual({ repeat: "De to adgangskoder er ikke ens." });
    expect(checkNewPassword("en lang adgangskode", "en lang adgangskode", u)).toEqual({});
  });

  it("says why a link does not work: unknown, expired, used or a disabled account", () => {
    expect(linkProblemText({ status: 404, code: "link_invalid", message: "" }, u)).toBe(u.linkUnknown);
    for (const reason of ["expired", "used", "disabled"] as const) {
      expect(linkProblemText({ status: 410, code: "link_revoked", message: "", body: { error: {}, reason } }, u)).toBe(u.linkEnded[reason]);
    }
    expect(linkProblemText({ status: 410, code: "link_revoked", message: "" }, u)).toBe(u.linkEnded.used);
    expect(linkProblemText({ status: 0, code: "network", message: "" }, u)).toBeUndefined();
    expect(usersMessagesFor("da").linkEnded.expired).toMatch(/udløbet/);
  });
});
