import { describe, expect, it } from "vitest";
import { loadMailConfig, redactSmtpUrl } from "./mail-config.js";

describe("loadMailConfig", () => {
  it("is off without SMTP_URL (mail waits in the outbox)", () => {
    expect(loadMailConfig({})).toEqual({ ok: true, config: { smtpUrl: null, from: null } });
    expect(loadMailConfig({ SMTP_URL: "", MAIL_FROM: "" })).toEqual({ ok: true, config: { smtpUrl: null, from: null } });
  });
  it("reads an smtp:// or smtps:// URL and a sender, bare or with a name", () => {
    expect(loadMailConfig({ SMTP_URL: "smtp://user:pw@mail.example.dk:587", MAIL_FROM: "Afrapport <afrapport@example.dk>" })).toEqual({
      ok: true,
      config: { smtpUrl: "smtp://user:pw@mail.example.dk:587", from: "Afrapport <afrapport@example.dk>" },
    });
    expect(loadMailConfig({ SMTP_URL: "smtps://mail.example.dk", MAIL_FROM: "afrapport@example.dk" })).toMatchObject({ ok: true });
  });
  it.each([
    [{ SMTP_URL: "http://mail.example.dk" }, "SMTP_URL"],
    [{ SMTP_URL: "not a url", MAIL_FROM: "a@example.dk" }, "SMTP_URL"],
    [{ SMTP_URL: "smtp://mail.example.dk" }, "MAIL_FROM"],
    [{ SMTP_URL: "smtp://mail.example.dk", MAIL_FROM: "Afrapport" }, "MAIL_FROM"],
    [{ MAIL_FROM: "Afrapport <no-address>" }, "MAIL_FROM"],
  ])("reports %j as a problem with %s", (env, variable) => {
    const result = loadMailConfig(env);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join(" ")).toContain(variable);
  });
  it("never logs the password", () => {
    expect(redactSmtpUrl("smtp://user:secret@mail.example.dk:587")).toBe("smtp://user:***@mail.example.dk:587");
  });
});
