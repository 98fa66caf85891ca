import type { Audience, Locale } from "@afrapport/schema";
import type { AnnouncementView, DraftSummary, PublishedVersion } from "@afrapport/schema/api";

/**
 * A questionnaire of an announcement as the catalogue page shows it: its published versions (newest first) and the
 * open drafts under the same key – a draft of a new version sits with the questionnaire it will be a version of, a
 * draft of a questionnaire never published is an entry of its own.
 */
export interface QuestionnaireEntry {
  key: string;
  audience: Audience;
  versions: PublishedVersion[];
  /** newest change first */
  drafts: DraftSummary[];
}

const newestChangeFirst = (a: DraftSummary, b: DraftSummary) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id.localeCompare(b.id));

/**
 * The announcement's questionnaires with their drafts: the published ones in the catalogue's order (published last
 * first), then the questionnaires that exist only as drafts, the one changed last first.
 */
export function questionnaireEntries(announcement: Pick<AnnouncementView, "questionnaires" | "drafts">): QuestionnaireEntry[] {
  const drafts = [...announcement.drafts].sort(newestChangeFirst);
  const published = announcement.questionnaires.map((questionnaire) => ({
    key: questionnaire.key,
    audience: questionnaire.audience,
    versions: questionnaire.versions,
    drafts: drafts.filter((draft) => draft.key === questionnaire.key),
  }));
  const publishedKeys = new Set(published.map((entry) => entry.key));
  const unpublished = new Map<string, QuestionnaireEntry>();
  for (const draft of drafts) {
    if (publishedKeys.has(draft.key)) continue;
    const entry = unpublished.get(draft.key) ?? { key: draft.key, audience: draft.audience, versions: [], drafts: [] };
    entry.drafts.push(draft);
    unpublished.set(draft.key, entry);
  }
  return [...published, ...unpublished.values()];
}

/** The announcements in use, and the archived ones (folded away on the page), each in the catalogue's order. */
export function splitArchived<A extends Pick<AnnouncementView, "archived">>(announcements: readonly A[]): { current: A[]; archived: A[] } {
  return { current: announcements.filter((a) => !a.archived), archived: announcements.filter((a) => a.archived) };
}

/** What the signed-in user may do with an announcement, by the server's rules (catalogue and draft services). */
export interface AnnouncementAbilities {
  /** start drafts (new questionnaire, new version, import): a built-in announcement takes new versions too */
  draft: boolean;
  /** change its texts, competences and thresholds, and archive it: never a built-in one */
  edit: boolean;
}

export function announcementAbilities(announcement: Pick<AnnouncementView, "access" | "builtIn" | "archived">, canManage: boolean): AnnouncementAbilities {
  const own = canManage && (announcement.access === "edit" || announcement.builtIn);
  return { draft: own && !announcement.archived, edit: canManage && announcement.access === "edit" && !announcement.builtIn };
}

/** The title to show for a questionnaire: the newest version's, else the newest draft's, else its key. */
export function entryTitle(entry: QuestionnaireEntry, locale: Locale): string {
  const version = entry.versions[0];
  if (version !== undefined) return version.title[locale];
  return draftTitle(entry.drafts[0], locale) ?? entry.key;
}

/** A draft's title in the reader's language, else the other one; undefined when it has none yet. */
export function draftTitle(draft: Pick<DraftSummary, "title"> | undefined, locale: Locale): string | undefined {
  if (draft === undefined) return undefined;
  const other: Locale = locale === "da" ? "en" : "da";
  const own = draft.title[locale]?.trim();
  if (own !== undefined && own !== "") return own;
  const fallback = draft.title[other]?.trim();
  return fallback === undefined || fallback === "" ? undefined : fallback;
}

/**
 * The published version a draft started from, out of "announcement/key@version": a version of its own questionnaire
 * (a new version), or of another announcement's (a copy); null for a questionnaire drafted from nothing.
 */
export function basedOnVersion(basedOn: string | null): { announcementId: string; key: string; version: string } | null {
  if (basedOn === null) return null;
  const match = /^([^/]+)\/(.+)@([^@]+)$/.exec(basedOn);
  return match === null ? { announcementId: "", key: "", version: basedOn } : { announcementId: match[1]!, key: match[2]!, version: match[3]! };
}
