import { describe, expect, it } from "vitest";
import { workspaceDa } from "../../i18n/workspace-da.js";
import { workspaceEn } from "../../i18n/workspace-en.js";
import type { ApiError } from "../api/api-error.js";
import { inWords, settle, type LoadState } from "./load-state.js";

const offline: ApiError = { status: 0, code: "network", message: "The server could not be reached." };
const shown: LoadState<string> = { status: "ok", value: "the list" };

describe("a page's load", () => {
  it("shows the answer, or the failure of a first load", () => {
    expect(settle({ status: "loading" }, { ok: true, value: "x" }, false)).toEqual({ status: "ok", value: "x" });
    expect(settle({ status: "loading" }, { ok: false, error: offline }, false)).toEqual({ status: "error", error: offline });
    expect(settle(shown, { ok: true, value: "newer" }, true)).toEqual({ status: "ok", value: "newer" });
  });

  it("keeps what is on screen when a reload fails", () => {
    expect(settle(shown, { ok: false, error: offline }, true)).toBe(shown);
    expect(settle({ status: "error", error: offline }, { ok: false, error: offline }, true)).toEqual({ status: "error", error: offline });
  });

  it("says a failure in the reader's language, by its code", () => {
    expect(inWords({ status: "error", error: offline }, workspaceDa)).toEqual({ status: "error", error: offline, text: workspaceDa.apiErrors.network });
    expect(inWords({ status: "error", error: offline }, workspaceEn)).toMatchObject({ text: workspaceEn.apiErrors.network });
    const forbidden: ApiError = { status: 403, code: "forbidden", message: "Forbidden" };
    expect(inWords({ status: "error", error: forbidden }, workspaceDa, { overrides: { forbidden: "Kun sekretariatet kan se udbakken." } })).toMatchObject({ text: "Kun sekretariatet kan se udbakken." });
    expect(inWords(shown, workspaceDa)).toBe(shown);
  });
});
