import { formatDateTime, isPast } from "../format.js";
import { useLocale } from "../i18n/locale-context.js";
import type { RespondState } from "./respond-api.js";

/** Who answers what, for which campaign, by when: the h1 of a respondent's page and its facts. */
export function RespondentHeader({ state, title }: { state: RespondState; title?: string }) {
  const { locale, t } = useLocale();
  const deadlinePassed = isPast(state.campaign.deadline);
  return (
    <div className="af-respond__header">
      <p className="af-kicker">{state.campaign.announcementTitle[locale]}</p>
      <h1>{title ?? state.questionnaire.title[locale]}</h1>
      <dl className="af-facts">
        <div>
          <dt>{t.respondentLabel}</dt>
          <dd lang="da">{state.respondent.name}</dd>
        </div>
        <div>
          <dt>{t.campaignLabel}</dt>
          <dd lang="da">{state.campaign.title}</dd>
        </div>
        <div>
          <dt>{t.deadlineLabel}</dt>
          <dd>
            <time dateTime={state.campaign.deadline}>{formatDateTime(state.campaign.deadline, locale)}</time>
            {deadlinePassed ? ` ${t.deadlinePassedSuffix}` : null}
          </dd>
        </div>
      </dl>
      {state.questionnaire.description !== undefined && title === undefined ? (
        <p className="af-description">{state.questionnaire.description[locale]}</p>
      ) : null}
    </div>
  );
}
