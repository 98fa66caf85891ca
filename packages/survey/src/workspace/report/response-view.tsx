import { useEffect, useRef } from "react";
import type { Model } from "survey-core";
import { formatBytes, formatDateTime } from "../../format.js";
import { useLocale } from "../../i18n/locale-context.js";
import { Questionnaire } from "../../questionnaire.js";
import { attachFileHandlers } from "../../respond/file-handlers.js";
import type { Campaign } from "@afrapport/schema/api";
import { useSession } from "../auth/session-context.js";
import { useQuestionnaireVersion } from "../catalogue/use-questionnaire-version.js";
import { filterComments } from "../comments/comment-filter.js";
import { useComments } from "../comments/comments-context.js";
import { InlineComments } from "../comments/inline-comments.js";
import { Loading } from "../shell/loading.js";
import { Link } from "../shell/navigation.js";
import { InlineProblem, LoadProblem } from "../shell/problem.js";
import { useLoad } from "../shell/use-load.js";
import { campaignPath } from "../workspace-routes.js";
import { useReportMessages } from "./use-report-messages.js";

/**
 * One response as the secretariat and the reference group read it (GET /api/campaigns/:id/responses/:rid): the
 * questionnaire with the answers, read-only on one page, attachments downloadable, and the comments on it.
 */
export function ResponseView({ campaign, respondentId }: { campaign: Campaign; respondentId: string }) {
  const { api } = useSession();
  const { r, locale } = useReportMessages();
  const { t } = useLocale();
  const { loaded } = useLoad(() => api.getResponse(campaign.id, respondentId), `${campaign.id}/${respondentId}`);
  const comments = useComments();
  const target = { type: "response" as const, respondentId };
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ready = loaded.status === "ok";
  useEffect(() => {
    if (ready) headingRef.current?.focus();
  }, [ready]);

  const back = (
    <p className="af-back">
      <Link href={campaignPath(campaign.id, "rapport")}>{r.responseBack}</Link>
    </p>
  );
  if (loaded.status === "loading") return <Loading label={r.responseLoading} />;
  if (loaded.status === "error") {
    return (
      <>
        {back}
        <InlineProblem>{loaded.text}</InlineProblem>
      </>
    );
  }
  const { respondent, response, attachments } = loaded.value;
  const tRef = { current: t };
  const onModel = (model: Model) =>
    attachFileHandlers(model, {
      api: {
        downloadAttachment: async (id: string) => {
          try {
            const res = await fetch(api.attachmentUrl(campaign.id, id), { credentials: "same-origin" });
            return res.ok ? { ok: true, value: await res.blob() } : { ok: false, failure: { kind: "http", status: res.status, code: "", message: "", body: undefined } };
          } catch {
            return { ok: false, failure: { kind: "network" } };
          }
        },
        uploadAttachment: async () => ({ ok: false, failure: { kind: "http", status: 403, code: "forbidden", message: "", body: undefined } }),
        deleteAttachment: async () => ({ ok: false, failure: { kind: "http", status: 403, code: "forbidden", message: "", body: undefined } }),
      },
      messages: () => tRef.current,
      locale: () => locale,
      onProgress: () => undefined,
    });

  return (
    <div className="af-response-view">
      {back}
      <h2 ref={headingRef} tabIndex={-1} lang="da">
        {r.responseHeading(respondent.name)}
      </h2>
      <p className="af-hint">
        {response.submittedAt !== null ? r.responseSubmittedAt(formatDateTime(response.submittedAt, locale)) : r.responseNotSubmitted}
      </p>
      {attachments.length > 0 ? (
        <section className="af-response-view__files" aria-labelledby="svar-filer">
          <h3 id="svar-filer">{r.responseAttachments}</h3>
          <ul className="af-files">
            {attachments.map((file) => (
              <li key={file.id}>
                <a href={api.attachmentUrl(campaign.id, file.id)} download={file.name}>
                  <span lang="da">{file.name}</span>
                </a>{" "}
                <span className="af-hint">({formatBytes(file.size, locale)})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {comments === undefined ? null : (
        <p>
          <a href="#svar-kommentarer">{r.responseGoToComments(filterComments(comments.comments, "all", target).length)}</a>
        </p>
      )}
      <ResponseQuestionnaire
        announcementId={campaign.announcementId}
        questionnaireKey={response.questionnaire.key}
        version={response.questionnaire.version}
        answers={response.answers}
        onModel={onModel}
      />
      <div id="svar-kommentarer" className="af-response-view__comments">
        <InlineComments target={target} heading={r.commentsOnResponse(respondent.name)} level={3} />
      </div>
    </div>
  );
}

/** The questionnaire version the response was given on, from the catalogue, with the answers read-only in it. */
function ResponseQuestionnaire({
  announcementId,
  questionnaireKey,
  version,
  answers,
  onModel,
}: {
  announcementId: string;
  questionnaireKey: string;
  version: string;
  answers: Record<string, unknown>;
  onModel: (model: Model) => void;
}) {
  const { r, locale } = useReportMessages();
  const { loaded, reload } = useQuestionnaireVersion(announcementId, questionnaireKey, version, { overrides: { not_found: r.responseQuestionnaireMissing } });
  if (loaded.status === "loading") return <Loading />;
  if (loaded.status === "error") {
    if (loaded.error.code === "not_found") return <p className="af-notice">{loaded.text}</p>;
    return (
      <LoadProblem text={loaded.text} onRetry={reload} />
    );
  }
  const questionnaire = loaded.value;
  return (
    <section className="af-questionnaire af-questionnaire--readonly" aria-label={questionnaire.title[locale]}>
      <Questionnaire questionnaire={questionnaire} locale={locale} data={answers} readOnly singlePage onModel={onModel} />
    </section>
  );
}
