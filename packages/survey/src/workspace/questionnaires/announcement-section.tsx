import type { AnnouncementView, DraftSummary } from "@afrapport/schema/api";
import { formatDate, formatNumber } from "../../format.js";
import { announcementAnchor } from "../workspace-routes.js";
import { announcementAbilities, questionnaireEntries } from "./catalogue-entries.js";
import { QuestionnaireCard } from "./questionnaire-card.js";
import { useQuestionnairesMessages } from "./questionnaires-messages.js";
import type { NewVersion } from "./use-new-version.js";

export interface AnnouncementActions {
  newQuestionnaire(announcementId: string): void;
  edit(announcement: AnnouncementView): void;
  copy(announcement: AnnouncementView): void;
  discard(draft: DraftSummary): void;
  newVersion: NewVersion;
}

/**
 * One announcement: its title, date and marks (built in, archived, copied from), what it is about (target group,
 * competences, thresholds – folded), the actions the user may take on it, and its questionnaires with their drafts.
 */
export function AnnouncementSection({
  announcement,
  titleOf,
  canManage,
  actions,
}: {
  announcement: AnnouncementView;
  /** an announcement's title by its id (the one this was copied from, or a draft's origin) */
  titleOf(announcementId: string): string;
  canManage: boolean;
  actions: AnnouncementActions;
}) {
  const { q, locale } = useQuestionnairesMessages();
  const abilities = announcementAbilities(announcement, canManage);
  const entries = questionnaireEntries(announcement);
  const anchor = announcementAnchor(announcement.id);
  const headingId = `${anchor}-titel`;
  const title = announcement.title[locale];
  const about = <span className="af-visually-hidden"> – {title}</span>;
  const thresholds = announcement.thresholds;

  return (
    <section className="af-ws-section af-q-announcement" id={anchor} aria-labelledby={headingId}>
      <div className="af-q-announcement__head">
        <div>
          <h2 id={headingId} tabIndex={-1}>
            {title}
          </h2>
          <p className="af-q-meta">
            <span>{q.issuedOn(formatDate(`${announcement.issued}T12:00:00Z`, locale))}</span>
            {announcement.builtIn && <span className="af-ws-badge af-ws-badge--state-not-opened">{q.builtInBadge}</span>}
            {announcement.archived && <span className="af-ws-badge af-ws-badge--state-reopened">{q.archivedBadge}</span>}
            {announcement.templateOf !== null && <span>{q.copiedFrom(titleOf(announcement.templateOf))}</span>}
          </p>
        </div>
        {canManage && (
          <div className="af-ws-actions af-q-announcement__actions">
            {abilities.draft && (
              <button type="button" className="af-button af-button--small af-button--primary" onClick={() => actions.newQuestionnaire(announcement.id)}>
                {q.newQuestionnaire}
                {about}
              </button>
            )}
            <button type="button" className="af-button af-button--small" onClick={() => actions.copy(announcement)}>
              {q.copyAnnouncement}
              {about}
            </button>
            {abilities.edit && (
              <button type="button" className="af-button af-button--small" onClick={() => actions.edit(announcement)}>
                {q.editAnnouncement}
                {about}
              </button>
            )}
          </div>
        )}
      </div>
      <details className="af-ws-details af-q-about">
        <summary>{q.aboutAnnouncement}</summary>
        <dl className="af-q-about__list">
          <dt>{q.targetGroupLabel}</dt>
          <dd>{announcement.targetGroup[locale]}</dd>
          <dt>{q.competencesLabel}</dt>
          <dd>
            <ul>
              {announcement.competences.map((competence) => (
                <li key={competence.id}>{competence.title[locale]}</li>
              ))}
            </ul>
          </dd>
          <dt>{q.thresholdsLabel}</dt>
          <dd>
            {q.thresholdsText(formatNumber(thresholds.minCitizensPerYear, locale), formatNumber(thresholds.minStaff, locale), formatNumber(thresholds.minExperienceYears, locale))}
          </dd>
        </dl>
      </details>
      {canManage && announcement.builtIn && <p className="af-hint">{q.builtInFrozen}</p>}
      {!canManage && <p className="af-hint">{q.readOnlyAnnouncement}</p>}
      {entries.length === 0 ? (
        <p className="af-ws-empty">{q.noQuestionnaires}</p>
      ) : (
        <div className="af-q-cards">
          {entries.map((entry) => (
            <QuestionnaireCard
              key={entry.key}
              announcementId={announcement.id}
              entry={entry}
              mayDraft={abilities.draft}
              newVersion={actions.newVersion}
              titleOf={titleOf}
              onDiscard={canManage ? actions.discard : null}
            />
          ))}
        </div>
      )}
    </section>
  );
}
