import { compareSemver, SemverSchema } from "@afrapport/schema";

export type VersionProblem = "format" | "lower";

/**
 * The version the person typed, checked as the server will: three whole numbers ("1.2.0"), and when a version was
 * published before, at least the proposed one (the bump the changes require; a higher one is the person's choice).
 * A first version may be anything, 0.x for a trial round say.
 */
export function readVersion(text: string, proposed: string, previous: string | null): { ok: true; version: string } | { ok: false; problem: VersionProblem } {
  const version = text.trim();
  if (!SemverSchema.safeParse(version).success) return { ok: false, problem: "format" };
  if (previous !== null && compareSemver(version, proposed) < 0) return { ok: false, problem: "lower" };
  return { ok: true, version };
}
