import { describe, expect, it } from "vitest";
import { workspaceDa as w } from "../../i18n/workspace-da.js";
import { checkLogin, hasProblems, loginFailure } from "./login-form.js";

describe("the sign-in form", () => {
  it("asks for both fields and a real-looking email, in Danish", () => {
    expect(checkLogin({ email: "", password: "" }, w).fields).toEqual({ email: "Skriv din e-mailadresse.", password: "Skriv din adgangskode." });
    expect(checkLogin({ email: "anne@", password: "x" }, w).fields).toEqual({ email: w.loginEmailInvalid });
    expect(hasProblems(checkLogin({ email: " anne@kk.dk ", password: "x" }, w))).toBe(false);
  });

  it("says a wrong login and a rate limit in words, with the minutes to wait", () => {
    expect(loginFailure({ status: 401, code: "unauthenticated", message: "" }, w).form).toBe("E-mailadressen eller adgangskoden er forkert.");
    expect(loginFailure({ status: 429, code: "rate_limited", message: "", retryAfterSeconds: 300 }, w).form).toContain("Vent 5 minutter");
    expect(loginFailure({ status: 429, code: "rate_limited", message: "", retryAfterSeconds: 20 }, w).form).toContain("Vent 1 minut,");
    expect(loginFailure({ status: 0, code: "network", message: "" }, w).form).toBe(w.apiErrors.network);
    expect(loginFailure({ status: 500, code: "internal", message: "Database down" }, w).form).toBe(w.apiErrors.internal);
  });

  it("puts a refused field beside that field", () => {
    expect(loginFailure({ status: 400, code: "validation_failed", message: "email: Invalid email", field: "email" }, w)).toEqual({ fields: { email: w.loginEmailInvalid } });
  });
});
