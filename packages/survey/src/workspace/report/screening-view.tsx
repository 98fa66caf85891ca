import type { AnyFigure, CriterionStatus, ReportScreening, ScreeningCriterion, ScreeningVerdict } from "@afrapport/schema";
import { useId } from "react";
import { formatNumber } from "../../format.js";
import { FigureValue } from "./figure-value.js";
import { deeper, Heading, type HeadingLevel } from "./heading.js";
import { useReportMessages, type ReportMessages } from "./use-report-messages.js";

export function criterionName(criterion: ScreeningCriterion, r: ReportMessages): string {
  return { flow: r.criterionFlow, staff: r.criterionStaff, experience: r.criterionExperience, competences: r.criterionCompetences }[criterion];
}

export function statusText(status: CriterionStatus, r: ReportMessages): string {
  return { met: r.statusMet, "not-met": r.statusNotMet, "not-answered": r.statusNotAnswered }[status];
}

export function verdictText(verdict: ScreeningVerdict, r: ReportMessages): string {
  return { "highly-specialised": r.verdictHighly, "not-highly-specialised": r.verdictNot, incomplete: r.verdictIncomplete }[verdict];
}

/** The screening of every offer: the four criteria (met, not met, not answered, with the reason) and the verdict. */
export function ScreeningView({ screening, level }: { screening: ReportScreening<AnyFigure>; level: HeadingLevel }) {
  const { r, locale } = useReportMessages();
  const headingId = useId();
  const n = (value: number) => formatNumber(value, locale);
  return (
    <section className="af-screening" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {r.screeningHeading}
      </Heading>
      <p>{r.screeningIntro(n(screening.thresholds.minCitizensPerYear), n(screening.thresholds.minStaff), n(screening.thresholds.minExperienceYears))}</p>
      <div className="af-table-wrap">
        <table className="af-table af-table--choices">
          <caption>{r.verdictCounts}</caption>
          <thead>
            <tr>
              <th scope="col">{r.verdict}</th>
              <th scope="col">{r.count}</th>
            </tr>
          </thead>
          <tbody>
            {(["highly-specialised", "not-highly-specialised", "incomplete"] as const).map((verdict) => (
              <tr key={verdict}>
                <th scope="row">{verdictText(verdict, r)}</th>
                <td>
                  <FigureValue figure={screening.verdicts[verdict]} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {screening.offers.map(({ respondent, result }) => (
        <article className={`af-screened af-screened--${result.verdict}`} key={respondent.responseId}>
          <Heading level={deeper(level)} className="af-screened__name">
            <span lang="da">{respondent.respondentName}</span>
          </Heading>
          <p className={`af-verdict af-verdict--${result.verdict}`}>
            {r.verdict}: <strong>{verdictText(result.verdict, r)}</strong>
          </p>
          <p className="af-hint">{result.summary[locale]}</p>
          <div className="af-table-wrap">
            <table className="af-table af-table--criteria">
              <caption className="af-visually-hidden">{`${r.screeningHeading}: ${respondent.respondentName}`}</caption>
              <thead>
                <tr>
                  <th scope="col">{r.criterion}</th>
                  <th scope="col">{r.verdict}</th>
                  <th scope="col">{r.reason}</th>
                </tr>
              </thead>
              <tbody>
                {result.criteria.map((c) => (
                  <tr key={c.criterion}>
                    <th scope="row">{criterionName(c.criterion, r)}</th>
                    <td>
                      <span className={`af-status af-status--${c.status}`}>{statusText(c.status, r)}</span>
                    </td>
                    <td>{c.reason[locale]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </article>
      ))}
    </section>
  );
}
