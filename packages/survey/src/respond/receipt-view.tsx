import type { Answers } from "@afrapport/schema";
import { useEffect, useRef } from "react";
import { useDocumentTitle } from "../app/use-document-title.js";
import { useLocale } from "../i18n/locale-context.js";
import { Questionnaire } from "../questionnaire.js";
import type { Model } from "survey-core";
import { attachFileHandlers } from "./file-handlers.js";
import { receiptText } from "./receipt-facts.js";
import type { Receipt, RespondApi, RespondState } from "./respond-api.js";

/**
 * The receipt after submitting, and what a submitted link shows later: the receipt number, when, by whom, the
 * SHA-256 of the submitted answers folded away for checking, and every answer, read-only. Prints cleanly (see print.css).
 */
export function ReceiptView({ api, state, receipt, answers }: { api: RespondApi; state: RespondState; receipt: Receipt; answers: Answers }) {
  const { locale, t } = useLocale();
  useDocumentTitle(t.receiptTitle);
  const text = receiptText(receipt, t, locale);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <div className="af-page af-receipt">
      <p className="af-kicker">{state.campaign.announcementTitle[locale]}</p>
      <h1 ref={headingRef} tabIndex={-1}>
        {t.receiptTitle}
      </h1>
      <p className="af-notice af-notice--success">{t.receiptThanks}</p>
      <dl className="af-facts af-facts--receipt">
        {text.facts.map((fact) => (
          <div key={fact.key} className={`af-receipt__${fact.key}`}>
            <dt>{fact.label}</dt>
            <dd>
              {fact.dateTime !== undefined ? (
                <time dateTime={fact.dateTime}>{fact.value}</time>
              ) : (
                <span lang={fact.lang} aria-describedby={fact.help !== undefined ? `receipt-${fact.key}-help` : undefined}>
                  {fact.value}
                </span>
              )}
              {fact.help !== undefined && (
                <span id={`receipt-${fact.key}-help`} className="af-hint">
                  {fact.help}
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <details className="af-receipt-check">
        <summary>{text.check.title}</summary>
        <p className="af-hint">{text.check.help}</p>
        <code className="af-hash">{text.check.hash}</code>
      </details>
      <p className="af-no-print">
        <button type="button" className="af-button af-button--primary" onClick={() => window.print()}>
          {t.receiptPrint}
        </button>
      </p>
      <p className="af-hint af-no-print">{t.receiptKeepLink}</p>
      <h2>{t.receiptAnswers}</h2>
      <p className="af-print-only">{state.questionnaire.title[locale]}</p>
      <ReadOnlyAnswers api={api} state={state} answers={answers} />
    </div>
  );
}

/** All answers on one page, read-only; attachments still download. */
export function ReadOnlyAnswers({ api, state, answers }: { api: RespondApi; state: RespondState; answers: Answers }) {
  const { locale, t } = useLocale();
  const tRef = useRef(t);
  tRef.current = t;
  const localeRef = useRef(locale);
  localeRef.current = locale;
  const onModel = (model: Model) =>
    attachFileHandlers(model, { api, messages: () => tRef.current, locale: () => localeRef.current, onProgress: () => undefined });
  return (
    <section className="af-questionnaire af-questionnaire--readonly" aria-label={t.receiptAnswers}>
      <Questionnaire questionnaire={state.questionnaire} locale={locale} data={answers} readOnly singlePage onModel={onModel} />
    </section>
  );
}
