import { describe, expect, it } from "vitest";
import { reportDa } from "../../i18n/report-da.js";
import { workspaceDa } from "../../i18n/workspace-da.js";
import { sourcesLoadOf } from "./sources-load.js";

describe("the sources dialog's reading of the server's reply", () => {
  it("lists the ids it was given", () => {
    expect(sourcesLoadOf({ ok: true, value: { sources: ["a", "b"] } }, reportDa, workspaceDa)).toEqual({ ok: true, sources: ["a", "b"] });
  });

  it("asks for a reload, not a retry, when the answers changed after the report was fetched", () => {
    const load = sourcesLoadOf({ ok: false, error: { status: 409, code: "conflict", message: "changed", field: "version" } }, reportDa, workspaceDa);
    expect(load).toEqual({ ok: false, text: reportDa.sourcesChanged, canRetry: false });
  });

  it("says in Danish what failed otherwise, and offers to try again", () => {
    const load = sourcesLoadOf({ ok: false, error: { status: 0, code: "network", message: "offline" } }, reportDa, workspaceDa);
    expect(load.ok).toBe(false);
    if (load.ok) return;
    expect(load.canRetry).toBe(true);
    expect(load.text.startsWith(reportDa.sourcesFailed)).toBe(true);
    expect(load.text).toContain(workspaceDa.apiErrors.network);
  });
});
