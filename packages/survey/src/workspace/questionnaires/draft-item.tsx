import { findRegion } from "@afrapport/schema";
import type { DraftSummary } from "@afrapport/schema/api";
import { formatDateTime } from "../../format.js";
import { Link } from "../shell/navigation.js";
import { draftPath } from "../workspace-routes.js";
import { basedOnVersion, draftTitle } from "./catalogue-entries.js";
import { useQuestionnairesMessages } from "./questionnaires-messages.js";

/**
 * One open draft: its title (the link into the editor), what it builds on, its revision, who changed it last and
 * when, and what is left before it can be published – "Klar til udgivelse" when nothing.
 */
export function DraftItem({
  draft,
  titleOf,
  onDiscard,
}: {
  draft: DraftSummary;
  /** an announcement's title by its id, for a draft copied from another announcement */
  titleOf(announcementId: string): string;
  onDiscard: ((draft: DraftSummary) => void) | null;
}) {
  const { q, locale } = useQuestionnairesMessages();
  const title = draftTitle(draft, locale) ?? q.untitledDraft;
  const from = basedOnVersion(draft.basedOn);
  const origin =
    from === null ? q.basedOnNothing : from.announcementId === draft.announcementId || from.announcementId === "" ? q.basedOn(from.version) : q.copiedFromVersion(titleOf(from.announcementId), from.version);
  const changed = formatDateTime(draft.updatedAt, locale);
  const ready = draft.findings === 0;
  return (
    <li className="af-q-draft">
      <div className="af-q-draft__main">
        <p className="af-q-draft__title">
          <span className="af-q-tag">{q.draftLabel}</span> <Link href={draftPath(draft.id)}>{title}</Link>
        </p>
        <p className="af-hint">
          {origin} · {q.revision(draft.revision)}
          {draft.sharedWith.length > 0 && <> · {q.sharedWith(draft.sharedWith.map((code) => findRegion(code)?.name[locale] ?? code).join(", "))}</>}
        </p>
        <p className="af-hint">{draft.updatedBy?.name == null ? q.changed(changed) : q.changedBy(changed, draft.updatedBy.name)}</p>
      </div>
      <div className="af-q-draft__side">
        <span className={`af-ws-badge ${ready ? "af-ws-badge--state-submitted" : "af-ws-badge--state-reopened"}`}>
          {ready ? q.readyToPublish : q.findingsLeft(draft.findings)}
        </span>
        {onDiscard !== null && (
          <button type="button" className="af-button af-button--small af-button--danger" onClick={() => onDiscard(draft)}>
            {q.discardDraft}
            <span className="af-visually-hidden">{q.forQuestionnaire(title)}</span>
          </button>
        )}
      </div>
    </li>
  );
}
