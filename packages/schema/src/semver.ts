import { SemverSchema } from "./questionnaire.js";

/** How much a version number must grow, from the least to the most. */
export const bumps = ["none", "patch", "minor", "major"] as const;
export type Bump = (typeof bumps)[number];
/** How a version number did change: a bump, or a step back. */
export type VersionChange = Bump | "downgrade";

export interface ParsedSemver {
  major: number;
  minor: number;
  patch: number;
}

/** Splits "1.2.3" into numbers; throws a RangeError for anything that is not MAJOR.MINOR.PATCH. */
export function parseSemver(version: string): ParsedSemver {
  if (!SemverSchema.safeParse(version).success) throw new RangeError(`not a version like 1.2.0: ${JSON.stringify(version)}`);
  const [major, minor, patch] = version.split(".").map(Number) as [number, number, number];
  return { major, minor, patch };
}

/** Orders versions numerically (1.10.0 after 1.9.0): negative, zero or positive, for `Array.prototype.sort`. */
export function compareSemver(a: string, b: string): -1 | 0 | 1 {
  const x = parseSemver(a);
  const y = parseSemver(b);
  const difference = x.major - y.major || x.minor - y.minor || x.patch - y.patch;
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

/** Which part of the version grew from `from` to `to` ("1.2.3" → "1.3.0" is "minor"), or "downgrade". */
export function bumpOf(from: string, to: string): VersionChange {
  const x = parseSemver(from);
  const y = parseSemver(to);
  const order = compareSemver(from, to);
  if (order === 0) return "none";
  if (order > 0) return "downgrade";
  if (y.major > x.major) return "major";
  if (y.minor > x.minor) return "minor";
  return "patch";
}

/** The next version after a bump: ("1.2.3", "minor") → "1.3.0". */
export function bumpVersion(version: string, bump: Bump): string {
  const { major, minor, patch } = parseSemver(version);
  switch (bump) {
    case "major":
      return `${major + 1}.0.0`;
    case "minor":
      return `${major}.${minor + 1}.0`;
    case "patch":
      return `${major}.${minor}.${patch + 1}`;
    case "none":
      return version;
  }
}

/** Whether a version change is at least the bump required (a bigger bump is fine; a downgrade never is). */
export function isBumpSufficient(required: Bump, actual: VersionChange): boolean {
  if (actual === "downgrade") return false;
  return bumps.indexOf(actual) >= bumps.indexOf(required);
}

/** The larger of two bumps. */
export function maxBump(a: Bump, b: Bump): Bump {
  return bumps.indexOf(a) >= bumps.indexOf(b) ? a : b;
}
