import { errorCodes, errorStatus } from "@afrapport/schema/api";
import { describe, expect, it } from "vitest";
import { workspaceDa } from "../../i18n/workspace-da.js";
import { workspaceEn } from "../../i18n/workspace-en.js";
import type { ApiError, ApiErrorCode } from "../api/api-error.js";
import { apiErrorCode, apiErrorText } from "./api-error-text.js";

const everyCode: ApiErrorCode[] = [...errorCodes, "network"];
const serverMessage = "The campaign is closed; reminders can only be sent while it is open.";
const errorOf = (code: ApiErrorCode, extra: Partial<ApiError> = {}): ApiError => ({
  status: code === "network" ? 0 : errorStatus[code],
  code,
  message: serverMessage,
  ...extra,
});

describe("a failed request in the reader's words", () => {
  it("has a Danish and an English sentence for every error code, and says each by its code", () => {
    for (const code of everyCode) {
      expect(workspaceDa.apiErrors[code].trim(), code).not.toBe("");
      expect(workspaceEn.apiErrors[code].trim(), code).not.toBe("");
      expect(workspaceDa.apiErrors[code], code).not.toBe(workspaceEn.apiErrors[code]);
      expect(apiErrorText(errorOf(code), workspaceDa)).toBe(workspaceDa.apiErrors[code]);
      expect(apiErrorText(errorOf(code), workspaceEn)).toBe(workspaceEn.apiErrors[code]);
    }
    expect(Object.keys(workspaceDa.apiErrors).sort()).toEqual([...everyCode].sort());
  });

  it("never shows the server's English message", () => {
    for (const code of everyCode) {
      for (const w of [workspaceDa, workspaceEn]) {
        expect(apiErrorText(errorOf(code), w)).not.toContain(serverMessage);
        expect(apiErrorText(errorOf(code, { field: "status" }), w)).not.toContain(serverMessage);
      }
    }
  });

  it("names the field, by the page's label when it knows one", () => {
    const error = errorOf("validation_failed", { field: "title" });
    expect(apiErrorText(error, workspaceDa, { fieldLabels: { title: "Titel" } })).toBe("Oplysningerne er ikke gyldige. Ret dem, og prøv igen. Det gælder feltet »Titel«.");
    expect(apiErrorText(error, workspaceEn, { fieldLabels: { title: "Title" } })).toBe("The details are not valid. Correct them and try again. This concerns the field “Title”.");
    expect(apiErrorText(error, workspaceDa)).toContain("»title«");
    const nested = errorOf("validation_failed", { field: "municipalityQuestionnaire.version" });
    expect(apiErrorText(nested, workspaceDa, { fieldLabels: { municipalityQuestionnaire: "Spørgeskema til kommunerne" } })).toContain("»Spørgeskema til kommunerne«");
  });

  it("takes the page's own sentence for a code, through the same function", () => {
    const locked = "Godkendelsen er afsluttet, så teksten kan ikke længere ændres.";
    expect(apiErrorText(errorOf("conflict", { field: "steps" }), workspaceDa, { overrides: { conflict: locked } })).toBe(locked);
    expect(apiErrorText(errorOf("internal"), workspaceDa, { overrides: { conflict: locked } })).toBe(workspaceDa.apiErrors.internal);
    const wait = apiErrorText(errorOf("rate_limited", { retryAfterSeconds: 120 }), workspaceDa, { overrides: { rate_limited: (error) => `Vent ${error.retryAfterSeconds} sekunder.` } });
    expect(wait).toBe("Vent 120 sekunder.");
    // a function that gives nothing keeps the common sentence
    const emailOnly = { overrides: { validation_failed: (error: ApiError) => (error.field === "contactEmail" ? "Skriv en gyldig e-mailadresse." : undefined) } };
    expect(apiErrorText(errorOf("validation_failed", { field: "contactEmail" }), workspaceDa, emailOnly)).toBe("Skriv en gyldig e-mailadresse.");
    expect(apiErrorText(errorOf("validation_failed"), workspaceDa, emailOnly)).toBe(workspaceDa.apiErrors.validation_failed);
  });

  it("counts a code it does not know by its status, and a request that never arrived as no connection", () => {
    expect(apiErrorCode({ status: 409, code: "brand_new_code", message: "" })).toBe("conflict");
    expect(apiErrorCode({ status: 503, code: "brand_new_code", message: "" })).toBe("internal");
    expect(apiErrorCode({ status: 0, code: "network", message: "" })).toBe("network");
    expect(apiErrorCode({ status: 403, code: "csrf_failed", message: "" })).toBe("csrf_failed");
    expect(apiErrorText({ status: 418, code: "teapot", message: "I'm a teapot" }, workspaceDa)).toBe(workspaceDa.apiErrors.bad_request);
  });
});
