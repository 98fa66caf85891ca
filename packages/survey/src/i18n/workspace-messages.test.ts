import { describe, expect, it } from "vitest";
import { workspaceDa } from "./workspace-da.js";
import { workspaceEn } from "./workspace-en.js";

function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") return [[path, String((value as (...args: unknown[]) => unknown)("x", "y", "z"))]];
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([key, inner]) => strings(inner, `${path}.${key}`));
  return [];
}

describe("the workspace's strings", () => {
  it("has every string in both languages, none empty", () => {
    expect(Object.keys(workspaceEn).sort()).toEqual(Object.keys(workspaceDa).sort());
    for (const [path, text] of [...strings(workspaceDa, "da"), ...strings(workspaceEn, "en")]) expect(text.trim(), path).not.toBe("");
  });

  it("counts in Danish", () => {
    expect(workspaceDa.remindConfirmText(1)).toBe("Der sendes en påmindelse til 1 respondent, som ikke har indsendt.");
    expect(workspaceDa.remindDone(29)).toBe("29 påmindelser er lagt i udbakken.");
    expect(workspaceDa.offersInviteSelected(2)).toBe("Invitér de 2 valgte tilbud");
    expect(workspaceDa.loginRateLimited(1)).toContain("Vent 1 minut,");
  });
});
