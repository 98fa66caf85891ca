import type { Announcement } from "../announcement.js";
import { SemverSchema, type QuestionnaireVersion } from "../questionnaire.js";
import { compareSemver } from "../semver.js";
import { gravideRusmiddel } from "./gravide-rusmiddel.js";
import publishedSha256 from "../../questionnaires/published.sha256.json" with { type: "json" };

/** The announcements that ship with Afrapport. */
export const builtInAnnouncements: readonly Announcement[] = [gravideRusmiddel];

/** The built-in announcement with this id, or undefined. */
export function findAnnouncement(id: string): Announcement | undefined {
  return builtInAnnouncements.find((announcement) => announcement.id === id);
}

/**
 * One questionnaire version of an announcement: the given version, or – without one – the highest version of
 * that key. Undefined when the key or version does not exist or the version is not MAJOR.MINOR.PATCH.
 */
export function findQuestionnaire(announcement: Announcement, key: string, version?: string): QuestionnaireVersion | undefined {
  if (version !== undefined) {
    return announcement.questionnaires.find((questionnaire) => questionnaire.key === key && questionnaire.version === version);
  }
  return latestOf(announcement.questionnaires.filter((questionnaire) => questionnaire.key === key));
}

/** The highest version of every questionnaire key, in the order the keys first appear in the announcement. */
export function latestQuestionnaires(announcement: Announcement): QuestionnaireVersion[] {
  const keys = [...new Set(announcement.questionnaires.map((questionnaire) => questionnaire.key))];
  return keys.flatMap((key) => latestOf(announcement.questionnaires.filter((questionnaire) => questionnaire.key === key)) ?? []);
}

function latestOf(versions: readonly QuestionnaireVersion[]): QuestionnaireVersion | undefined {
  let latest: QuestionnaireVersion | undefined;
  for (const questionnaire of versions) {
    // An announcement built by hand (not parsed) could carry a malformed version; skip it rather than throw.
    if (!SemverSchema.safeParse(questionnaire.version).success) continue;
    if (latest === undefined || compareSemver(questionnaire.version, latest.version) > 0) latest = questionnaire;
  }
  return latest;
}

/**
 * The sha256 of a built-in questionnaire version's published file (questionnaires/published.sha256.json), which
 * the catalogue keeps beside it; undefined for a version that is not built in.
 */
export function builtInSha256(announcement: string, key: string, version: string): string | undefined {
  return (publishedSha256 as Record<string, string>)[`${announcement}/${key}@${version}.json`];
}
