import type { PublicUser } from "@afrapport/schema/api";
import { describe, expect, it } from "vitest";
import { emptyUserForm, invitationText, readEditForm, readInviteForm, signInText, userFieldFor, userFormFrom } from "./user-form.js";
import { usersMessagesFor } from "./users-messages.js";

const u = usersMessagesFor("da");
const user: PublicUser = {
  id: "u1",
  email: "mette@aarhus.dk",
  name: "Mette Holm",
  role: "reviewer",
  regionCode: "1082",
  createdAt: "2026-12-14T10:00:00.000Z",
  disabled: false,
  organisation: "Aarhus Kommune",
  status: "invited",
  hasPassword: false,
  sso: false,
  invitation: { expiresAt: "2026-12-21T10:00:00.000Z", sentAt: null, expired: false },
};

describe("the user form", () => {
  it("reads an invitation, trimming, lower-casing the e-mail and keeping an organisation", () => {
    const read = readInviteForm({ name: " Mette ", email: " Mette@Aarhus.DK ", role: "reviewer", regionCode: "1082", organisation: " Aarhus Kommune " }, u);
    expect(read).toEqual({ ok: true, input: { email: "mette@aarhus.dk", name: "Mette", role: "reviewer", regionCode: "1082", organisation: "Aarhus Kommune" } });
  });

  it("drops a region the role does not have, and an empty organisation", () => {
    const read = readInviteForm({ name: "A", email: "a@b.dk", role: "admin", regionCode: "1082", organisation: "  " }, u);
    expect(read).toEqual({ ok: true, input: { email: "a@b.dk", name: "A", role: "admin", regionCode: null, organisation: null } });
  });

  it("says in Danish what to fix: a name, an e-mail, a secretariat's region, a long organisation", () => {
    const read = readInviteForm({ ...emptyUserForm, role: "secretariat", email: "ikke en adresse", organisation: "x".repeat(201) }, u);
    expect(read).toEqual({
      ok: false,
      problems: { name: u.errorNameRequired, email: u.errorEmailInvalid, regionCode: u.errorRegionRequired, organisation: u.errorOrganisationTooLong },
    });
  });

  it("sends only what changed, and nothing for an untouched form", () => {
    expect(readEditForm(userFormFrom(user), user, u)).toEqual({ ok: true, input: null });
    expect(readEditForm({ ...userFormFrom(user), organisation: "" }, user, u)).toEqual({ ok: true, input: { organisation: null } });
    expect(readEditForm({ ...userFormFrom(user), role: "secretariat", regionCode: "1081" }, user, u)).toEqual({ ok: true, input: { role: "secretariat", regionCode: "1081" } });
    expect(readEditForm({ ...userFormFrom(user), role: "national" }, user, u)).toEqual({ ok: true, input: { role: "national", regionCode: null } });
    expect(readEditForm({ ...userFormFrom(user), role: "secretariat", regionCode: "" }, user, u)).toEqual({ ok: false, problems: { regionCode: u.errorRegionRequired } });
  });

  it("maps the server's field names onto the form's", () => {
    expect(userFieldFor("regionCode")).toBe("regionCode");
    expect(userFieldFor("password")).toBeNull();
    expect(userFieldFor(undefined)).toBeNull();
  });

  it("says how a user signs in and where their invitation stands", () => {
    const date = (iso: string) => iso.slice(0, 10);
    expect(signInText(user, u)).toBe("Ingen endnu");
    expect(signInText({ hasPassword: true, sso: false }, u)).toBe("Adgangskode");
    expect(signInText({ hasPassword: false, sso: true }, u)).toBe("Organisationens login");
    expect(signInText({ hasPassword: true, sso: true }, u)).toBe("Adgangskode, Organisationens login");
    expect(signInText({ hasPassword: false, sso: false }, u)).toBe("Ingen endnu");
    expect(invitationText(user, u, date)).toBe("Invitationen er ikke sendt endnu. Linket udløber 2026-12-21.");
    expect(invitationText({ invitation: { ...user.invitation!, sentAt: "2026-12-14T11:00:00Z" } }, u, date)).toBe("Invitation sendt 2026-12-14. Linket udløber 2026-12-21.");
    expect(invitationText({ invitation: { ...user.invitation!, expired: true } }, u, date)).toBe("Invitationen udløb 2026-12-21; send en ny.");
    expect(invitationText({ invitation: null }, u, date)).toBeNull();
  });
});
