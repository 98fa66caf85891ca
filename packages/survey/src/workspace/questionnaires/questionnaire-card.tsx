import { questionnaireApi, type DraftSummary, type PublishedVersion } from "@afrapport/schema/api";
import { useId } from "react";
import { formatDateTime } from "../../format.js";
import { useSession } from "../auth/session-context.js";
import { Link } from "../shell/navigation.js";
import { InlineProblem } from "../shell/problem.js";
import { questionnaireVersionPath } from "../workspace-routes.js";
import { entryTitle, type QuestionnaireEntry } from "./catalogue-entries.js";
import { DraftItem } from "./draft-item.js";
import { useQuestionnairesMessages } from "./questionnaires-messages.js";
import { questionnaireRef, type NewVersion } from "./use-new-version.js";

/** The SurveyJS export of a version as a download (plain SurveyJS, without Afrapport's own properties by default). */
export function useExportHref() {
  const { api } = useSession();
  return (announcementId: string, key: string, version: string, afrapport: "keep" | "strip" = "strip") =>
    api.href(questionnaireApi.exportSurveyJs, { params: { announcementId, key, version }, query: { afrapport } });
}

export const exportFileName = (key: string, version: string) => `${key}-${version}.surveyjs.json`;

/**
 * A questionnaire of an announcement: its newest version with who published it and when, the actions on it (view,
 * new version, export), every version when there are several, and the drafts under its key.
 */
export function QuestionnaireCard(props: {
  announcementId: string;
  entry: QuestionnaireEntry;
  mayDraft: boolean;
  newVersion: NewVersion;
  titleOf(announcementId: string): string;
  onDiscard: ((draft: DraftSummary) => void) | null;
}) {
  const { announcementId, entry, mayDraft, newVersion, titleOf, onDiscard } = props;
  const { q, locale } = useQuestionnairesMessages();
  const exportHref = useExportHref();
  const headingId = useId();
  const title = entryTitle(entry, locale);
  const latest = entry.versions[0];
  const ref = questionnaireRef(announcementId, entry.key);
  const busy = newVersion.busy === ref;
  const about = <span className="af-visually-hidden">{q.forQuestionnaire(title)}</span>;
  const published = (version: PublishedVersion) => {
    if (version.publishedBy === null) return q.publishedBuiltIn;
    const at = formatDateTime(version.publishedAt, locale);
    return version.publishedBy.name === null ? q.publishedOn(at) : q.publishedBy(at, version.publishedBy.name);
  };

  return (
    <article className="af-q-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="af-q-card__title">
        {title}
      </h3>
      <p className="af-hint">{q.keyAndAudience(entry.key, q.audienceNames[entry.audience].toLowerCase())}</p>
      {latest === undefined ? (
        <p className="af-q-card__state">{q.notPublished}</p>
      ) : (
        <>
          <p className="af-q-card__state">
            <strong>{q.latestVersion(latest.version)}</strong>, {published(latest)}
          </p>
          <div className="af-ws-actions af-q-card__actions">
            <Link className="af-button af-button--small" href={questionnaireVersionPath(announcementId, entry.key, latest.version)}>
              {q.viewVersion(latest.version)}
              {about}
            </Link>
            {mayDraft && (
              <button type="button" className="af-button af-button--small" aria-disabled={newVersion.busy !== null} onClick={() => void newVersion.start(announcementId, entry.key)}>
                {busy ? q.newVersionBusy : q.newVersion}
                {about}
              </button>
            )}
            <a className="af-q-download" href={exportHref(announcementId, entry.key, latest.version)} download={exportFileName(entry.key, latest.version)}>
              {q.exportSurveyJs}
              {about}
            </a>
          </div>
          {newVersion.problem?.questionnaire === ref && <InlineProblem>{newVersion.problem.text}</InlineProblem>}
          {entry.versions.length > 1 && (
            <details className="af-ws-details af-q-versions">
              <summary>{q.allVersions(entry.versions.length)}</summary>
              <div className="af-ws-table-wrap">
                <table className="af-ws-table">
                  <caption className="af-visually-hidden">{q.versionsCaption(title)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{q.columnVersion}</th>
                      <th scope="col">{q.columnPublished}</th>
                      <th scope="col">{q.columnPublishedBy}</th>
                      <th scope="col">{q.columnActions}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {entry.versions.map((version) => (
                      <tr key={version.id}>
                        <th scope="row">
                          <Link href={questionnaireVersionPath(announcementId, entry.key, version.version)}>{version.version}</Link>
                        </th>
                        <td>{formatDateTime(version.publishedAt, locale)}</td>
                        <td>{version.publishedBy === null ? q.shippedWithAfrapport : (version.publishedBy.name ?? "–")}</td>
                        <td>
                          <a href={exportHref(announcementId, entry.key, version.version)} download={exportFileName(entry.key, version.version)}>
                            {q.exportSurveyJs}
                            <span className="af-visually-hidden">{q.forQuestionnaire(`${title} ${version.version}`)}</span>
                          </a>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          )}
        </>
      )}
      {entry.drafts.length > 0 && (
        <div className="af-q-card__drafts">
          <h4>{q.draftsHeading}</h4>
          <ul className="af-q-drafts">
            {entry.drafts.map((draft) => (
              <DraftItem key={draft.id} draft={draft} titleOf={titleOf} onDiscard={onDiscard} />
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}
