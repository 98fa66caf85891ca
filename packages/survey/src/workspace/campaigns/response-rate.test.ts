import { describe, expect, it } from "vitest";
import { workspaceDa } from "../../i18n/workspace-da.js";
import { workspaceEn } from "../../i18n/workspace-en.js";
import { formatResponseRate, responseRate } from "./response-rate.js";

describe("the response rate", () => {
  it("counts submitted out of everyone invited", () => {
    expect(responseRate({ "not-opened": 10, "in-progress": 6, submitted: 12, reopened: 1 })).toEqual({ submitted: 12, total: 29, fraction: 12 / 29 });
    expect(responseRate({})).toEqual({ submitted: 0, total: 0, fraction: 0 });
    // the server sends the total beside the states; it is not counted twice
    expect(responseRate({ "not-opened": 17, "in-progress": 0, submitted: 12, reopened: 0, total: 29 })).toEqual({ submitted: 12, total: 29, fraction: 12 / 29 });
  });

  it("reads '12 af 29 (41 %)' in Danish", () => {
    const rate = responseRate({ "not-opened": 17, submitted: 12 });
    expect(formatResponseRate(rate, "da", workspaceDa.responseRate).replace(/\u00a0/g, " ")).toBe("12 af 29 (41 %)");
    expect(formatResponseRate(rate, "en", workspaceEn.responseRate)).toBe("12 of 29 (41%)");
  });
});
