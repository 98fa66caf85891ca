import { describe, expect, it } from "vitest";
import { reportDa as r } from "../../i18n/report-da.js";
import { errorText } from "./error-text.js";

describe("a failure in words", () => {
  it("says what happened in Danish, never the server's English", () => {
    expect(errorText({ status: 0, code: "network", message: "x" }, r)).toBe(r.errorNetwork);
    expect(errorText({ status: 403, code: "forbidden", message: "x" }, r)).toBe(r.errorForbidden);
    expect(errorText({ status: 404, code: "not_found", message: "x" }, r)).toBe(r.errorNotFound);
    expect(errorText({ status: 500, code: "internal", message: "Something" }, r)).toBe(r.errorServer);
  });
});
