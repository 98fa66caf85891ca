import { describe, expect, it } from "vitest";
import { invitationEnd, invitationExpiry, invitationMailText, invitationState, setPasswordUrl, userStatus } from "./user-invitation.js";

const now = new Date("2026-12-14T10:00:00.000Z");
const open = { used_at: null, revoked_at: null, expires_at: "2026-12-21T10:00:00.000Z" };
const invited = { disabled_at: null, password_hash: "" };

describe("user invitations", () => {
  it("expire seven days after they are made", () => {
    expect(invitationExpiry(now)).toBe("2026-12-21T10:00:00.000Z");
  });

  it("work while unused, unreplaced and unexpired, for an account that is not disabled and has no password", () => {
    expect(invitationEnd(open, invited, now)).toBeNull();
    expect(invitationEnd(open, invited, new Date("2026-12-21T09:59:59.999Z"))).toBeNull();
    expect(invitationEnd(open, invited, new Date("2026-12-21T10:00:00.000Z"))).toBe("expired");
    expect(invitationEnd({ ...open, used_at: now.toISOString() }, invited, now)).toBe("used");
    expect(invitationEnd({ ...open, revoked_at: now.toISOString() }, invited, now)).toBe("used");
    expect(invitationEnd(open, { ...invited, password_hash: "$argon2id$…" }, now)).toBe("used");
    expect(invitationEnd(open, { ...invited, disabled_at: now.toISOString() }, now)).toBe("disabled");
  });

  it("make a user 'invited' only while there is no password and an invitation is open", () => {
    expect(userStatus(invited, { id: "i" })).toBe("invited");
    expect(userStatus(invited, undefined)).toBe("active"); // no password, no invitation: signs in by SSO
    expect(userStatus({ ...invited, password_hash: "x" }, { id: "i" })).toBe("active");
    expect(userStatus({ ...invited, disabled_at: "2026-01-01" }, { id: "i" })).toBe("disabled");
  });

  it("report an open invitation's expiry and whether its mail went", () => {
    expect(invitationState(undefined, now)).toBeNull();
    expect(invitationState({ expires_at: open.expires_at, sent_at: null }, now)).toEqual({ expiresAt: open.expires_at, sentAt: null, expired: false });
    expect(invitationState({ expires_at: "2026-12-14T09:00:00.000Z", sent_at: "x" }, now)?.expired).toBe(true);
  });

  it("link to the public set-password page, whatever the public URL ends with", () => {
    expect(setPasswordUrl("https://afrapport.example.dk/", "abc")).toBe("https://afrapport.example.dk/adgangskode/abc");
    expect(setPasswordUrl("http://127.0.0.1:3000", "abc")).toBe("http://127.0.0.1:3000/adgangskode/abc");
  });

  it("write a Danish mail with the link on its own line and no line breaks smuggled in by a name", () => {
    const mail = invitationMailText({
      name: "Mette\nBcc: x@y.dk",
      email: "mette@aarhus.dk",
      inviterName: "Sekretariatet",
      roleText: "reviewer",
      expiresAt: "2026-12-21T10:00:00.000Z",
      link: "[[link]]",
    });
    expect(mail.body.split("\n")).toContain("[[link]]");
    expect(mail.body.startsWith("Kære Mette Bcc: x@y.dk\n")).toBe(true);
    expect(mail.body).toContain("udløber 21. december 2026 kl. 11.00");
    expect(mail.subject).not.toMatch(/\n/);
  });
});
