import "./preview.css";
import type { Answers, Locale, QuestionnaireDraft } from "@afrapport/schema";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { CompletingEvent, Model } from "survey-core";
import { messagesFor } from "../../../i18n/messages-by-locale.js";
import { Questionnaire } from "../../../questionnaire.js";
import { PreviewBoundary } from "./preview-boundary.js";
import { previewKnownTypes } from "./preview-known-types.js";
import { usePreviewMessages } from "./preview-messages.js";
import { answerKeys, answersToKeep, previewQuestionnaire, previewTitle, type PreviewQuestionnaire } from "./preview-questionnaire.js";
import { SegmentedChoice } from "./segmented-choice.js";
import { useThrottled } from "./use-throttled.js";

type Width = "desktop" | "phone";

/** How often, at most, an edit rebuilds the survey-core model (a rebuild redraws the whole form). */
const REBUILD_MS = 350;

/**
 * The draft as a municipality will see it: the respondent's own <Questionnaire>, in Danish or English, at computer or
 * phone width, to fill in and try the logic. Nothing leaves the page: completing shows what the receipt would hold.
 * Edits in the editor rebuild the form a few times a second at most, keeping the answers whose question is still
 * there and the page the person was on.
 */
export function DraftPreview({ draft }: { draft: QuestionnaireDraft }) {
  const { p, locale } = usePreviewMessages();
  const [language, setLanguage] = useState<Locale>("da");
  const [width, setWidth] = useState<Width>("desktop");
  const [round, setRound] = useState(0);
  const [completed, setCompleted] = useState<Answers | null>(null);
  const [status, setStatus] = useState("");
  const shownDraft = useThrottled(draft, REBUILD_MS);
  const knownTypes = useMemo(previewKnownTypes, []);

  // A new questionnaire object rebuilds the model; an edit that does not change what survey-core shows (the
  // questionnaire's report sections, a colleague's save of the same content) keeps the one on screen.
  const previous = useRef<{ preview: PreviewQuestionnaire; survey: string; build: number } | null>(null);
  const built = useMemo(() => {
    const preview = previewQuestionnaire(shownDraft, p.marks, knownTypes);
    const survey = JSON.stringify(preview.questionnaire.survey);
    const last = previous.current;
    const next =
      last !== null && last.survey === survey
        ? { preview: { ...preview, questionnaire: last.preview.questionnaire }, survey, build: last.build }
        : { preview, survey, build: (last?.build ?? 0) + 1 };
    previous.current = next;
    return next;
  }, [shownDraft, p.marks, knownTypes]);
  const { questionnaire, fallbacks, skipped } = built.preview;
  // the title is not part of the model (it is shown above it), so a new title never rebuilds the form
  const title = previewTitle(shownDraft, p.marks, language);

  const answers = useRef<Answers>({});
  const page = useRef(0);
  const onChange = useCallback((next: Answers) => {
    answers.current = next;
  }, []);
  const onPageChange = useCallback((index: number) => {
    page.current = index;
  }, []);
  const [model, setModel] = useState<Model | null>(null);
  const onModel = useCallback((shown: Model) => {
    setModel(shown);
    if (page.current > 0) shown.currentPageNo = Math.min(page.current, shown.visiblePageCount - 1);
    const completing = (sender: Model, options: CompletingEvent) => {
      // survey-core has checked every answer by now; the preview stops short of completing, so nothing is sent
      options.allow = false;
      setCompleted(sender.data as Answers);
    };
    shown.onCompleting.add(completing);
    return () => shown.onCompleting.remove(completing);
  }, []);
  // the respondent's button says "Indsend besvarelsen" (response-form.tsx), in the language shown
  useEffect(() => {
    if (model !== null) model.completeText = messagesFor(language).submitButton;
  }, [model, language]);

  const restart = () => {
    answers.current = {};
    page.current = 0;
    setCompleted(null);
    setRound((n) => n + 1);
    setStatus(p.restarted);
  };

  const keys = answerKeys(questionnaire);
  const formKey = `${round}:${built.build}`;
  const otherLanguage: Locale = language === "da" ? "en" : "da";

  return (
    <section className="af-preview" aria-label={p.regionLabel}>
      <div className="af-preview__controls" role="group" aria-label={p.controlsLabel}>
        <SegmentedChoice<Locale>
          label={p.languageLabel}
          options={(["da", "en"] as const).map((value) => ({ value, label: p.languageNames[value], lang: value }))}
          value={language}
          onChange={setLanguage}
        />
        <SegmentedChoice<Width>
          label={p.widthLabel}
          options={[
            { value: "desktop", label: p.widthDesktop },
            { value: "phone", label: p.widthPhone },
          ]}
          value={width}
          onChange={setWidth}
        />
        <button type="button" className="af-button af-button--small" onClick={restart}>
          {p.restart}
        </button>
      </div>
      <p className="af-hint">{p.nothingStored}</p>
      <p className="af-visually-hidden" role="status">
        {status}
      </p>
      {fallbacks[language] > 0 && <p className="af-preview__note">{p.fallbackNote(fallbacks[language], language, otherLanguage)}</p>}
      {skipped.length > 0 && (
        <div className="af-preview__note">
          <p>{p.skippedTitle(skipped.length)}</p>
          <ul>
            {skipped.map((skip) => (
              <li key={`${skip.name}:${skip.reason}`}>
                <code>{skip.name}</code> {p.skipReasons[skip.reason]}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className={`af-preview__frame af-preview__frame--${width}`} lang={language}>
        <PreviewBoundary
          resetKey={formKey}
          fallback={
            <div className="af-preview__broken" role="alert" lang={locale}>
              <p>
                <strong>{p.brokenTitle}</strong>
              </p>
              <p>{p.brokenText}</p>
            </div>
          }
        >
          <h2 className="af-preview__title">{title}</h2>
          {completed === null ? (
            <div className="af-questionnaire">
              <Questionnaire
                key={formKey}
                questionnaire={questionnaire}
                locale={language}
                data={answersToKeep(answers.current, keys)}
                onChange={onChange}
                onPageChange={onPageChange}
                onModel={onModel}
              />
            </div>
          ) : (
            <Receipt onBack={() => setCompleted(null)} onRestart={restart}>
              <Questionnaire questionnaire={questionnaire} locale={language} data={completed} readOnly singlePage />
            </Receipt>
          )}
        </PreviewBoundary>
      </div>
    </section>
  );
}

function Receipt({ children, onBack, onRestart }: { children: ReactNode; onBack(): void; onRestart(): void }) {
  const { p, locale } = usePreviewMessages();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // the form was long and the button at its end: bring the receipt into view and tell a screen reader
    heading.current?.focus();
  }, []);
  return (
    <div className="af-preview__receipt">
      <div lang={locale}>
        <div className="af-preview__receipt-note">
          <h3 ref={heading} tabIndex={-1} className="af-preview__receipt-title">
            {p.receiptTitle}
          </h3>
          <p>{p.receiptText}</p>
        </div>
        <p className="af-ws-actions">
          <button type="button" className="af-button af-button--small" onClick={onBack}>
            {p.backToForm}
          </button>
          <button type="button" className="af-button af-button--small" onClick={onRestart}>
            {p.restart}
          </button>
        </p>
        <h3>{p.receiptAnswers}</h3>
      </div>
      <div className="af-questionnaire af-questionnaire--readonly">{children}</div>
    </div>
  );
}
