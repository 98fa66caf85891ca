import type { Locale } from "@afrapport/schema";
import { announcementApi, questionnaireApi, type AnnouncementView, type QuestionnaireVersionBody } from "@afrapport/schema/api";
import { useState } from "react";
import { useDocumentTitle } from "../../app/use-document-title.js";
import { formatDateTime } from "../../format.js";
import { Questionnaire } from "../../questionnaire.js";
import { ok } from "../api/api-error.js";
import { useSession } from "../auth/session-context.js";
import { NextPageNotice } from "../campaigns/next-page-notice.js";
import { Breadcrumbs } from "../shell/breadcrumbs.js";
import { Loading } from "../shell/loading.js";
import { Link } from "../shell/navigation.js";
import { InlineProblem, LoadProblem, ProblemPage } from "../shell/problem.js";
import { useLoad } from "../shell/use-load.js";
import { announcementPath, questionnairesPath } from "../workspace-routes.js";
import { announcementAbilities } from "./catalogue-entries.js";
import { ChoiceFieldset } from "../shell/choice-fieldset.js";
import { exportFileName, useExportHref } from "./questionnaire-card.js";
import { useQuestionnairesMessages } from "./questionnaires-messages.js";
import { questionnaireRef, useNewVersion } from "./use-new-version.js";
import "./questionnaires.css";

interface Loaded {
  announcement: AnnouncementView;
  version: QuestionnaireVersionBody;
}

/**
 * /sekretariat/spoergeskemaer/:announcement/:key/:version: one published version, read only – who published it
 * and when, its checksum, the ways on (a new version from it, the SurveyJS export) – and the questionnaire itself
 * as a respondent sees it, on one page, in Danish or English.
 */
export function VersionPage({ announcementId, questionnaireKey, version }: { announcementId: string; questionnaireKey: string; version: string }) {
  const { q, w } = useQuestionnairesMessages();
  const { api } = useSession();
  const { loaded, reload } = useLoad<Loaded>(
    async () => {
      const [announcement, published] = await Promise.all([
        api.call(announcementApi.get, { params: { announcementId } }),
        api.call(questionnaireApi.version, { params: { announcementId, key: questionnaireKey, version } }),
      ]);
      if (!announcement.ok) return announcement;
      if (!published.ok) return published;
      return ok({ announcement: announcement.value.announcement, version: published.value.version });
    },
    `${announcementId}/${questionnaireKey}@${version}`,
    { overrides: { not_found: q.versionNotFoundText, validation_failed: q.versionNotFoundText } },
  );

  if (loaded.status === "loading") return <Loading />;
  if (loaded.status === "error") {
    if (loaded.error.code === "not_found" || loaded.error.code === "validation_failed") {
      return (
        <ProblemPage title={q.versionNotFoundTitle}>
          <p>{q.versionNotFoundText}</p>
          <p>
            <Link href={questionnairesPath}>{q.backToQuestionnaires}</Link>
          </p>
        </ProblemPage>
      );
    }
    return (
      <div className="af-ws-page">
        <Breadcrumbs items={[{ label: q.title, href: questionnairesPath }, { label: w.loadingPage }]} />
        <LoadProblem text={loaded.text} onRetry={reload} />
      </div>
    );
  }
  return <PublishedVersion announcement={loaded.value.announcement} body={loaded.value.version} />;
}

function PublishedVersion({ announcement, body }: { announcement: AnnouncementView; body: QuestionnaireVersionBody }) {
  const { q, locale } = useQuestionnairesMessages();
  const { canManage } = useSession();
  const exportHref = useExportHref();
  const newVersion = useNewVersion();
  const [previewLocale, setPreviewLocale] = useState<Locale>(locale);
  const questionnaire = body.questionnaire;
  const title = questionnaire.title[locale];
  const pageTitle = q.versionTitle(title, questionnaire.version);
  useDocumentTitle(pageTitle);
  const mayDraft = announcementAbilities(announcement, canManage).draft;
  const ref = questionnaireRef(announcement.id, questionnaire.key);
  const publishedBy = body.publishedBy === null ? q.shippedWithAfrapport : (body.publishedBy.name ?? "–");

  return (
    <div className="af-ws-page af-q-version">
      <Breadcrumbs
        items={[
          { label: q.title, href: questionnairesPath },
          { label: announcement.title[locale], href: announcementPath(announcement.id) },
          { label: pageTitle },
        ]}
      />
      {/* "Spørgeskemaet er udgivet som version …", when the editor published it and led here */}
      <NextPageNotice />
      <h1>{title}</h1>
      <dl className="af-ws-facts">
        <div>
          <dt>{q.factAnnouncement}</dt>
          <dd>{announcement.title[locale]}</dd>
        </div>
        <div>
          <dt>{q.factKey}</dt>
          <dd>{questionnaire.key}</dd>
        </div>
        <div>
          <dt>{q.factAudience}</dt>
          <dd>{q.audienceNames[questionnaire.audience]}</dd>
        </div>
        <div>
          <dt>{q.factVersion}</dt>
          <dd>{questionnaire.version}</dd>
        </div>
        {/* a built-in version's date is only when this database was seeded */}
        {body.publishedBy !== null && (
          <div>
            <dt>{q.factPublished}</dt>
            <dd>{formatDateTime(body.publishedAt, locale)}</dd>
          </div>
        )}
        <div>
          <dt>{q.factPublishedBy}</dt>
          <dd>{publishedBy}</dd>
        </div>
        <div>
          <dt>{q.factSha256}</dt>
          <dd className="af-q-sha">{body.sha256}</dd>
        </div>
      </dl>
      <div className="af-ws-actions">
        {mayDraft && (
          <button
            type="button"
            className="af-button af-button--primary"
            aria-disabled={newVersion.busy !== null}
            onClick={() => void newVersion.start(announcement.id, questionnaire.key, questionnaire.version)}
          >
            {newVersion.busy === ref ? q.newVersionBusy : q.newVersionFromThis}
          </button>
        )}
        <a className="af-button" href={exportHref(announcement.id, questionnaire.key, questionnaire.version)} download={exportFileName(questionnaire.key, questionnaire.version)}>
          {q.exportSurveyJs}
        </a>
        <a href={exportHref(announcement.id, questionnaire.key, questionnaire.version, "keep")} download={exportFileName(questionnaire.key, `${questionnaire.version}-afrapport`)}>
          {q.exportKeep}
        </a>
      </div>
      {newVersion.problem?.questionnaire === ref && <InlineProblem>{newVersion.problem.text}</InlineProblem>}
      <section className="af-q-preview" aria-labelledby="version-preview">
        <h2 id="version-preview">{q.previewHeading}</h2>
        <p className="af-hint">{q.previewReadOnly}</p>
        <ChoiceFieldset<Locale>
          id="version-preview-language"
          legend={q.previewLanguage}
          inline
          options={[
            { value: "da", label: <span lang="da">Dansk</span> },
            { value: "en", label: <span lang="en">English</span> },
          ]}
          value={previewLocale}
          onChange={setPreviewLocale}
        />
        <div className="af-q-preview__frame" lang={previewLocale}>
          <Questionnaire questionnaire={questionnaire} locale={previewLocale} readOnly singlePage />
        </div>
      </section>
    </div>
  );
}
