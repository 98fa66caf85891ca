import { bumpOf, isBumpSufficient } from "@afrapport/schema";
import { describe, expect, it } from "vitest";
import { readVersion } from "./publish-version.js";

describe("readVersion", () => {
  it("takes the proposed version or a higher one, trimmed", () => {
    expect(readVersion(" 2.0.0 ", "2.0.0", "1.4.2")).toEqual({ ok: true, version: "2.0.0" });
    expect(readVersion("3.0.0", "2.0.0", "1.4.2")).toEqual({ ok: true, version: "3.0.0" });
    expect(readVersion("1.5.1", "1.5.0", "1.4.2")).toEqual({ ok: true, version: "1.5.1" });
  });

  it("refuses a lower one when a version was published before", () => {
    expect(readVersion("1.9.9", "2.0.0", "1.4.2")).toEqual({ ok: false, problem: "lower" });
    expect(readVersion("1.4.3", "1.5.0", "1.4.2")).toEqual({ ok: false, problem: "lower" });
  });

  it("accepts any well-formed first version", () => {
    expect(readVersion("0.9.0", "1.0.0", null)).toEqual({ ok: true, version: "0.9.0" });
  });

  it("refuses what is not three whole numbers", () => {
    for (const text of ["", "1.2", "v1.2.0", "1.02.0", "1.2.0-beta", "1,2,0"]) expect(readVersion(text, "1.0.0", null), text).toEqual({ ok: false, problem: "format" });
  });

  it("agrees with the server's rule: at least the proposed version is always a sufficient bump", () => {
    const cases: [string, "patch" | "minor" | "major", string][] = [
      ["1.4.2", "patch", "1.4.3"],
      ["1.4.2", "minor", "1.5.0"],
      ["1.4.2", "major", "2.0.0"],
    ];
    for (const [previous, required, proposed] of cases) {
      for (const candidate of ["1.4.2", "1.4.3", "1.4.9", "1.5.0", "1.5.3", "2.0.0", "2.1.0", "0.9.0"]) {
        const client = readVersion(candidate, proposed, previous).ok;
        const server = bumpOf(previous, candidate) !== "none" && bumpOf(previous, candidate) !== "downgrade" && isBumpSufficient(required, bumpOf(previous, candidate));
        expect(client, `${previous} → ${candidate} (${required})`).toBe(server);
      }
    }
  });
});
