import {
  bumpOf,
  bumpVersion,
  compareSemver,
  diffQuestionnaires,
  isBumpSufficient,
  questionnaireFromDraft,
  questionnaireVersionId,
  type Bump,
  type QuestionnaireDiff,
  type QuestionnaireDraft,
  type QuestionnaireVersion,
} from "@afrapport/schema";
import type { PublishDraftInput, PublishPreview, QuestionnaireVersionBody } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.service.js";
import type { SessionUser } from "../auth/current-user.js";

import { questionnaireVersion, addPublishedVersion, type VersionHeadRow } from "../catalogue/catalogue.service.js";
import type { Database } from "../db/tables.js";
import { isUniqueViolation } from "../db/unique-violation.js";
import { fail, ok, type Result } from "../http/result.js";
import { draftFindings, sha256 } from "./draft-content.js";
import { parseContent } from "./draft-view.js";
import { updateOpenDraft, type DraftRow } from "./draft.repository.js";
import { existingLiveHub } from "../coauthor/live-hub.js";
import { openableDraft } from "./draft.service.js";
import { versionBody, versionHeadsOf } from "./published-version.js";

// Publishing a draft as an immutable questionnaire version. The previous version is the highest published one of
// the same announcement and key; diffQuestionnaires against it says which bump the change requires, and a lower
// bump, a version that exists, unchanged content or a draft with findings is refused.

/** The version a first publication proposes; any version is accepted for it (0.x for a trial round, say). */
const FIRST_VERSION = "1.0.0";

interface Assessment {
  previous: VersionHeadRow | undefined;
  requiredBump: Bump;
  proposedVersion: string;
  diff: QuestionnaireDiff | null;
  unchanged: boolean;
}

/**
 * The draft as a version to compare. With findings the draft is not a valid version yet, but the diff only walks
 * its survey, so it is compared as it stands; should that fail, there is no diff and the bump is taken to be major,
 * the one that is never too low.
 */
function candidateOf(content: QuestionnaireDraft, draft: DraftRow, version: string): QuestionnaireVersion {
  const valid = questionnaireFromDraft(content, { announcement: draft.announcement_id, key: draft.key, version });
  if (valid.ok) return valid.questionnaire;
  return { announcement: draft.announcement_id, key: draft.key, version, ...content } as QuestionnaireVersion;
}

async function assess(db: Kysely<Database>, draft: DraftRow, content: QuestionnaireDraft): Promise<Assessment> {
  const previous = (await versionHeadsOf(db, draft.announcement_id, draft.key)).at(-1);
  if (previous === undefined) return { previous, requiredBump: "none", proposedVersion: FIRST_VERSION, diff: null, unchanged: false };
  const before = await questionnaireVersion(db, previous.id);
  if (before === undefined) throw new Error(`The published version ${previous.id} cannot be read`);
  let diff: QuestionnaireDiff | null;
  try {
    diff = diffQuestionnaires(before, candidateOf(content, draft, previous.version));
  } catch {
    diff = null;
  }
  const requiredBump: Bump = diff?.requiredBump ?? "major";
  const unchanged =
    diff !== null &&
    diff.added.length + diff.removed.length + diff.renamed.length + diff.changed.length + diff.questionnaire.length === 0;
  return { previous, requiredBump, proposedVersion: bumpVersion(previous.version, unchanged ? "none" : requiredBump === "none" ? "patch" : requiredBump), diff, unchanged };
}

function diffBody(diff: QuestionnaireDiff | null): PublishPreview["diff"] {
  if (diff === null) return null;
  const { added, removed, renamed, changed, questionnaire, breaking } = diff;
  return { added, removed, renamed, changed, questionnaire, breaking };
}

export async function publishPreview(db: Kysely<Database>, user: SessionUser, draftId: string): Promise<Result<PublishPreview>> {
  await existingLiveHub(db)?.flush(draftId);
  const found = await openableDraft(db, user, draftId);
  if (!found.ok) return found;
  const { draft, current } = found.value;
  const content = parseContent(current);
  const assessment = await assess(db, draft, content);
  return ok({
    previous: assessment.previous?.version ?? null,
    requiredBump: assessment.requiredBump,
    proposedVersion: assessment.proposedVersion,
    diff: diffBody(assessment.diff),
    unchanged: assessment.unchanged,
    findings: draftFindings(content, draft.announcement_id, draft.key),
  });
}

/** Thrown inside the transaction to undo the insert: the draft moved on or closed after it was read. */
class DraftMoved extends Error {}

export async function publishDraft(db: Kysely<Database>, user: SessionUser, draftId: string, input: PublishDraftInput, now: Date): Promise<Result<QuestionnaireVersionBody>> {
  // what is published is the latest revision: pending live changes become one first
  await existingLiveHub(db)?.flush(draftId);
  const found = await openableDraft(db, user, draftId);
  if (!found.ok) return found;
  const { draft, current } = found.value;
  if (draft.closed_at !== null) {
    return fail("conflict", draft.published_version_id === null ? "The draft was discarded." : `The draft was already published as ${draft.published_version_id}.`);
  }
  if (input.baseRevision > current.revision) return fail("validation_failed", `baseRevision: ${input.baseRevision} is newer than the draft's revision ${current.revision}.`, "baseRevision");
  if (input.baseRevision < current.revision) {
    return fail("stale_revision", `The draft was saved since revision ${input.baseRevision} (it is at ${current.revision}); review it again before publishing.`, "baseRevision");
  }
  const content = parseContent(current);
  const validation = questionnaireFromDraft(content, { announcement: draft.announcement_id, key: draft.key, version: input.version });
  if (!validation.ok) {
    return fail("unprocessable", `The draft has ${validation.issues.length} ${validation.issues.length === 1 ? "finding" : "findings"} to fix before it can be published.`, undefined, {
      findings: validation.issues,
    });
  }
  const assessment = await assess(db, draft, content);
  const { previous, requiredBump } = assessment;
  if (assessment.unchanged) return fail("conflict", `Nothing changed since ${previous!.version}; there is nothing to publish.`);
  const id = questionnaireVersionId(draft.announcement_id, draft.key, input.version);
  const published = await versionHeadsOf(db, draft.announcement_id, draft.key);
  if (published.some((head) => head.version === input.version)) return fail("already_exists", `version: ${id} is already published; published versions never change.`, "version");
  if (previous !== undefined) {
    if (compareSemver(input.version, previous.version) <= 0) {
      return fail("validation_failed", `version: ${input.version} is not higher than the previous version ${previous.version}; the next is ${assessment.proposedVersion}.`, "version");
    }
    if (!isBumpSufficient(requiredBump, bumpOf(previous.version, input.version))) {
      return fail(
        "validation_failed",
        `version: the changes since ${previous.version} need a ${requiredBump} bump${assessment.diff?.breaking ? " (they break earlier answers)" : ""}, so at least ${assessment.proposedVersion}, not ${input.version}.`,
        "version",
      );
    }
  }

  const json = JSON.stringify(validation.questionnaire);
  const at = now.toISOString();
  const row = {
    id,
    announcement_id: draft.announcement_id,
    key: draft.key,
    version: input.version,
    audience: draft.audience,
    json,
    sha256: sha256(json),
    built_in: 0 as const,
    published_by: user.id,
    published_at: at,
    draft_id: draft.id,
  };
  try {
    await db.transaction().execute(async (trx) => {
      await addPublishedVersion(trx, row);
      const closed = await updateOpenDraft(trx, draft.id, current.revision, { closed_at: at, updated_at: at, published_version_id: id });
      if (!closed) throw new DraftMoved();
      await recordAudit(
        trx,
        {
          actor: user.id,
          action: "questionnaire.published",
          subjectType: "questionnaire_version",
          subjectId: id,
          details: {
            draftId: draft.id,
            revision: current.revision,
            sha256: row.sha256,
            previous: previous?.id ?? null,
            requiredBump,
            bump: previous === undefined ? "first" : bumpOf(previous.version, input.version),
          },
        },
        now,
      );
    });
  } catch (error) {
    if (error instanceof DraftMoved) return fail("stale_revision", "The draft was saved or closed while it was being published; review it again.", "baseRevision");
    // Someone published the same version of this questionnaire a moment earlier.
    if (isUniqueViolation(error)) return fail("already_exists", `version: ${id} is already published.`, "version");
    throw error;
  }
  await existingLiveHub(db)?.closeDraft(draftId, `The draft was published as ${id}.`);
  return ok(await versionBody(db, row, validation.questionnaire));
}
