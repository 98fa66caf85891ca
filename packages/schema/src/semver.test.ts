import { describe, expect, it } from "vitest";
import { bumpOf, bumpVersion, compareSemver, isBumpSufficient, maxBump, parseSemver } from "./semver.js";

describe("compareSemver", () => {
  it("orders versions numerically, not as text", () => {
    expect(["1.10.0", "1.9.0", "0.1.0", "2.0.0", "1.9.10", "1.9.2"].sort(compareSemver)).toEqual([
      "0.1.0",
      "1.9.0",
      "1.9.2",
      "1.9.10",
      "1.10.0",
      "2.0.0",
    ]);
    expect(compareSemver("1.2.3", "1.2.3")).toBe(0);
    expect(compareSemver("1.2.3", "1.2.4")).toBe(-1);
    expect(compareSemver("2.0.0", "1.99.99")).toBe(1);
  });

  it("rejects what is not MAJOR.MINOR.PATCH", () => {
    for (const bad of ["1.2", "1.2.3-beta", "v1.2.3", "01.2.3", "", "1.2.3.4"]) {
      expect(() => parseSemver(bad), bad).toThrow(RangeError);
      expect(() => compareSemver(bad, "1.0.0"), bad).toThrow(RangeError);
    }
  });
});

describe("bumpOf", () => {
  it("names the part that grew", () => {
    expect(bumpOf("1.2.3", "2.0.0")).toBe("major");
    expect(bumpOf("1.2.3", "3.1.0")).toBe("major");
    expect(bumpOf("1.2.3", "1.3.0")).toBe("minor");
    expect(bumpOf("1.2.3", "1.3.7")).toBe("minor");
    expect(bumpOf("1.2.3", "1.2.4")).toBe("patch");
    expect(bumpOf("1.2.3", "1.2.3")).toBe("none");
  });

  it("calls any step back a downgrade", () => {
    expect(bumpOf("1.2.3", "1.2.2")).toBe("downgrade");
    expect(bumpOf("2.0.0", "1.9.9")).toBe("downgrade");
  });
});

describe("bumpVersion and isBumpSufficient", () => {
  it("computes the next version", () => {
    expect(bumpVersion("1.2.3", "major")).toBe("2.0.0");
    expect(bumpVersion("1.2.3", "minor")).toBe("1.3.0");
    expect(bumpVersion("1.2.3", "patch")).toBe("1.2.4");
    expect(bumpVersion("1.2.3", "none")).toBe("1.2.3");
  });

  it("accepts a bump at least as large as required", () => {
    expect(isBumpSufficient("minor", "major")).toBe(true);
    expect(isBumpSufficient("minor", "minor")).toBe(true);
    expect(isBumpSufficient("minor", "patch")).toBe(false);
    expect(isBumpSufficient("none", "none")).toBe(true);
    expect(isBumpSufficient("none", "downgrade")).toBe(false);
    expect(isBumpSufficient("major", "downgrade")).toBe(false);
    expect(maxBump("patch", "minor")).toBe("minor");
    expect(maxBump("major", "none")).toBe("major");
  });
});
