import { answersEqual, type AnswerConflict, type Answers } from "@afrapport/schema";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import type { AfterRenderQuestionEvent, CompletingEvent, Model, Question } from "survey-core";
import { fieldAt } from "../answer-field.js";
import { showNumberRefusal } from "../danish-number-field.js";
import { browserStorage } from "../i18n/locale-preference.js";
import { useLocale } from "../i18n/locale-context.js";
import { Questionnaire } from "../questionnaire.js";
import { Autosave, type SaveStatus } from "./autosave.js";
import { applyResolution, startResolution, type ConflictResolution } from "./conflict-resolution.js";
import { ConflictPanel } from "./conflict-panel.js";
import { attachFileHandlers, type UploadProgress } from "./file-handlers.js";
import { PendingStore } from "./offline-queue.js";
import { attachPageCheck, findingsByPage, goToPage, pageQuestionNames, type PageRefusal } from "./page-check.js";
import { answered, noPageCheck, pageShown, refusedOn, type PageCheckState } from "./page-check-state.js";
import { goToFirstQuestion, showQuestionMessages } from "./question-messages.js";
import type { ApiFailure, QuestionMessage, Receipt, RespondApi, RespondState } from "./respond-api.js";
import { RespondentHeader } from "./respondent-header.js";
import { rememberedPage, rememberPage, resumePage } from "./resume-page.js";
import { SaveStatusLine } from "./save-status.js";
import { placeMessages } from "./server-errors.js";
import { UploadList } from "./upload-list.js";

export interface ResponseFormProps {
  api: RespondApi;
  state: RespondState;
  onSubmitted(receipt: Receipt, answers: Answers): void;
  /** the response became read-only while open (submitted by a colleague, closed, deadline passed) */
  onLocked(unsent: string[]): void;
  onLinkGone(failure: ApiFailure): void;
}

interface Notice {
  id: string;
  text: string;
  tone: "info" | "problem";
  /** where the questionnaire opened: true only until the person moves to another page */
  resume?: boolean;
}

const focusable = "input:not([type=hidden]), textarea, select, button, [tabindex]:not([tabindex='-1'])";

/** Moves focus to a field – a year of a count, a cell – once the page shows it. */
function focusField(field: Question | undefined): void {
  if (field === undefined) return;
  setTimeout(() => {
    // a dropdown's or a checkbox group's id is on its wrapper: focus the control inside
    const element = document.getElementById(field.inputId);
    const control = element?.matches(focusable) ? element : element?.querySelector<HTMLElement>(focusable);
    if (control === null || control === undefined) {
      field.focus(true);
      return;
    }
    control.focus();
    control.scrollIntoView({ block: "center" });
  }, 0);
}

/** Writes answers into the model, question by question, touching only those that differ. */
function applyAnswers(model: Model, answers: Answers): void {
  const names = new Set([...Object.keys(model.data as Answers), ...Object.keys(answers)]);
  for (const name of names) {
    const next = answers[name];
    if (answersEqual(model.getValue(name), next)) continue;
    if (next === undefined) model.clearValue(name);
    else model.setValue(name, structuredClone(next));
  }
}

/** A value as a person reads it, for the side-by-side comparison of a collision. */
function displayValue(model: Model | undefined, question: string, value: unknown): string {
  if (value === undefined || value === null || value === "") return "";
  const q: Question | null | undefined = model?.getQuestionByName(question);
  if (Array.isArray(value) && value.every((v) => typeof v === "object" && v !== null && "name" in v)) {
    return value.map((v) => String((v as { name: unknown }).name)).join(", ");
  }
  if (q) {
    const shown: unknown = q.getDisplayValue(true, value);
    if (typeof shown === "string") return shown;
    if (Array.isArray(shown)) return shown.map(String).join(", ");
    if (typeof shown === "number" || typeof shown === "boolean") return String(shown);
  }
  return typeof value === "string" ? value : JSON.stringify(value, null, 2);
}

/**
 * The questionnaire being answered: autosave with a live status, a colleague's answers merged in, collisions
 * resolved side by side, files uploaded with progress, server errors and CPR warnings on their questions.
 */
export function ResponseForm({ api, state, onSubmitted, onLocked, onLinkGone }: ResponseFormProps) {
  const { locale, t } = useLocale();
  const [model, setModel] = useState<Model>();
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const [notices, setNotices] = useState<Notice[]>([]);
  const [alert, setAlert] = useState<string>();
  const [resolution, setResolution] = useState<ConflictResolution>();
  const [uploads, setUploads] = useState<UploadProgress[]>([]);
  const [fileHosts, setFileHosts] = useState<Map<string, HTMLElement>>(new Map());
  const [submitErrors, setSubmitErrors] = useState<QuestionMessage[]>([]);
  const [warnings, setWarnings] = useState<QuestionMessage[]>([]);
  /** what the page check found when the person tried to move on (or on coming back), shown until corrected */
  const [pageCheck, setPageCheck] = useState<PageCheckState>(noPageCheck);
  /** counts the pages SurveyJS has rendered: a table or a multiple-text question shows messages given to its
   * fields before it was rendered only when they are given again */
  const [rendered, setRendered] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [page, setPage] = useState({ index: 0, count: 1 });
  const applying = useRef(false);
  /** the page the questionnaire opened on */
  const resumedOn = useRef<string>(undefined);
  const modelRef = useRef<Model>(undefined);
  const tRef = useRef(t);
  tRef.current = t;
  const localeRef = useRef(locale);
  localeRef.current = locale;
  const callbacks = useRef({ onSubmitted, onLocked, onLinkGone });
  callbacks.current = { onSubmitted, onLocked, onLinkGone };

  const addNotice = useCallback((text: string, tone: Notice["tone"] = "info", resume = false) => {
    setNotices((list) => [...list.filter((n) => n.text !== text), { id: `${Date.now()}-${Math.random()}`, text, tone, resume }]);
  }, []);

  const show = useCallback((answers: Answers) => {
    const m = modelRef.current;
    if (m === undefined) return;
    applying.current = true;
    try {
      applyAnswers(m, answers);
    } finally {
      applying.current = false;
    }
  }, []);

  const autosave = useMemo(
    () =>
      new Autosave({
        api,
        store: new PendingStore(browserStorage(), api.token),
        server: { revision: state.response.revision, answers: state.response.answers },
        editable: state.editable,
        listener: {
          onStatus: setStatus,
          onAnswers: (answers, fromTheirs) => {
            show(answers);
            if (fromTheirs.length > 0) addNotice(tRef.current.mergedFromColleague(fromTheirs.length));
          },
          onConflicts: (conflicts: AnswerConflict[], answers) => {
            show(answers);
            setResolution(startResolution(conflicts));
          },
          onWarnings: setWarnings,
          onLocked: (unsent) => callbacks.current.onLocked(unsent),
          onLinkGone: (failure) => callbacks.current.onLinkGone(failure),
        },
      }),
    [api, state, show, addNotice],
  );

  // Open where the person left off: the page remembered on this device, else the last with an answer – or an
  // earlier page that has answers to correct, saying so.
  const resume = useCallback(
    (m: Model) => {
      const pages = m.visiblePages;
      const outlines = pages.map((page) => ({ name: page.name, questions: pageQuestionNames(page) }));
      const findings = findingsByPage(state.questionnaire, m.data, outlines.map((page) => page.questions));
      const facts = {
        remembered: rememberedPage(browserStorage(), api.token),
        answered: new Set(m.getAllQuestions().filter((q) => !q.isEmpty()).map((q) => q.name)),
        withErrors: new Set(findings.flat().map((error) => error.question)),
      };
      const where = resumePage(outlines, facts);
      if (where.index > 0) goToPage(m, where.index);
      resumedOn.current = m.currentPage.name;
      const here = findings[where.index] ?? [];
      if (here.length > 0) setPageCheck({ page: m.currentPage.name, messages: here, unreadable: false });
      const text = tRef.current;
      if (where.reason === "errors") addNotice(text.resumedAtErrors(where.index + 1, where.reached + 1), "problem", true);
      else if (where.reason === "remembered") addNotice(text.resumedAt(where.index + 1, pages.length), "info", true);
      else if (where.reason === "answers") addNotice(text.resumedAtAnswers(where.index + 1, pages.length), "info", true);
    },
    [api, state, addNotice],
  );

  // Start once the model exists: answers left on this device are merged in and sent.
  useEffect(() => {
    if (model === undefined) return;
    modelRef.current = model;
    const result = autosave.start();
    show(result.answers);
    if (result.kind === "resend") {
      const restored = Object.keys({ ...result.answers, ...state.response.answers }).filter(
        (q) => !answersEqual(result.answers[q], state.response.answers[q]) && !result.fromTheirs.includes(q),
      );
      if (restored.length > 0) addNotice(tRef.current.restoredFromDevice(restored.length));
    }
    resume(model);
    return () => autosave.stop();
  }, [model, autosave, show, addNotice, state, resume]);

  // Save when the page is hidden or closed (keepalive), and when the connection comes back.
  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === "hidden") void autosave.saveNow({ keepalive: true });
    };
    const pagehide = () => void autosave.saveNow({ keepalive: true });
    const online = () => autosave.online();
    const beforeunload = (event: BeforeUnloadEvent) => {
      if (autosave.status.kind === "offline" && !autosave.status.onDevice) event.preventDefault();
    };
    document.addEventListener("visibilitychange", hidden);
    window.addEventListener("pagehide", pagehide);
    window.addEventListener("online", online);
    window.addEventListener("beforeunload", beforeunload);
    return () => {
      document.removeEventListener("visibilitychange", hidden);
      window.removeEventListener("pagehide", pagehide);
      window.removeEventListener("online", online);
      window.removeEventListener("beforeunload", beforeunload);
    };
  }, [autosave]);

  const questionNames = useMemo(() => new Set(model?.getAllQuestions().map((q) => q.name) ?? []), [model]);

  // Server messages on their questions, in the current language.
  useEffect(() => {
    if (model === undefined) return;
    showQuestionMessages(model, placeMessages(warnings, locale, questionNames).placed, locale, "warning");
  }, [model, warnings, locale, questionNames]);
  useEffect(() => {
    if (model === undefined) return;
    showQuestionMessages(model, placeMessages(submitErrors, locale, questionNames).placed, locale, "error");
  }, [model, submitErrors, locale, questionNames, rendered]);
  useEffect(() => {
    if (model === undefined) return;
    showQuestionMessages(model, pageCheck.messages, locale, "page");
  }, [model, pageCheck.messages, locale, rendered]);

  const submit = useCallback(async () => {
    const m = modelRef.current;
    if (m === undefined || submitting) return;
    setSubmitting(true);
    setAlert(undefined);
    setSubmitErrors([]);
    const outcome = await autosave.submit();
    setSubmitting(false);
    const text = tRef.current;
    switch (outcome.kind) {
      case "submitted":
        callbacks.current.onSubmitted(outcome.receipt, autosave.answers);
        return;
      case "invalid": {
        const placed = placeMessages(outcome.errors, localeRef.current, new Set(m.getAllQuestions().map((q) => q.name)));
        const count = placed.byQuestion.size + placed.unplaced.length;
        setSubmitErrors(outcome.errors);
        setAlert([text.submitErrorsSummary(Math.max(count, 1)), ...placed.unplaced].join(" "));
        goToFirstQuestion(m, [...placed.byQuestion.keys()]);
        return;
      }
      case "conflict":
        setAlert(text.submitConflict);
        return;
      case "offline":
        setAlert(text.submitOffline);
        return;
      case "locked":
        callbacks.current.onLocked([]);
        return;
      case "gone":
        return;
      case "failed":
        setAlert(text.submitFailed);
        return;
    }
  }, [autosave, submitting]);
  const submitRef = useRef(submit);
  submitRef.current = submit;

  const questionnaire = state.questionnaire;
  const onModel = useCallback(
    (m: Model) => {
      const detachFiles = attachFileHandlers(m, {
        api,
        messages: () => tRef.current,
        locale: () => localeRef.current,
        onProgress: (progress) => {
          setUploads((list) => [...list.filter((u) => u.key !== progress.key), progress]);
          if (progress.state !== "uploading") {
            setTimeout(() => setUploads((list) => list.filter((u) => u.key !== progress.key)), 6000);
          }
        },
      });
      const completing = (_sender: Model, options: CompletingEvent) => {
        options.allow = false;
        void submitRef.current();
      };
      const afterRender = (_sender: Model, options: AfterRenderQuestionEvent) => {
        if (options.question.getType() !== "file") return;
        const element = options.htmlElement;
        let host = element.querySelector<HTMLElement>(":scope > .af-upload-host");
        if (host === null) {
          host = document.createElement("div");
          host.className = "af-upload-host";
          element.appendChild(host);
        }
        const name = options.question.name;
        const found = host;
        setFileHosts((hosts) => (hosts.get(name) === found ? hosts : new Map(hosts).set(name, found)));
      };
      const refused = (refusal: PageRefusal) => {
        const count = new Set([...refusal.errors.map((e) => e.path), ...refusal.refusedNumbers.map((f) => f.id)]).size;
        setPageCheck(refusedOn(refusal.page.name, refusal.errors, tRef.current.pageErrorsSummary(count), refusal.refusedNumbers.length > 0));
        showQuestionMessages(m, refusal.errors, localeRef.current, "page");
        for (const field of refusal.refusedNumbers) showNumberRefusal(field);
        const first = refusal.errors[0];
        focusField(first !== undefined ? fieldAt(m, first) : refusal.refusedNumbers[0]);
      };
      const detachPageCheck = attachPageCheck(m, questionnaire, refused);
      const pageRendered = () => setRendered((count) => count + 1);
      m.onAfterRenderPage.add(pageRendered);
      m.completeText = tRef.current.submitButton;
      setPage({ index: m.currentPageNo, count: m.visiblePageCount });
      m.onCompleting.add(completing);
      m.onAfterRenderQuestion.add(afterRender);
      setModel(m);
      return () => {
        detachFiles();
        detachPageCheck();
        m.onAfterRenderPage.remove(pageRendered);
        m.onCompleting.remove(completing);
        m.onAfterRenderQuestion.remove(afterRender);
      };
    },
    [api, questionnaire],
  );

  useEffect(() => {
    if (model !== undefined) model.completeText = submitting ? t.submitting : t.submitButton;
  }, [model, t, submitting]);

  const onChange = useCallback(
    (answers: Answers, question: string) => {
      if (applying.current) return;
      autosave.edit(answers);
      setSubmitErrors((list) => (list.some((e) => e.question === question) ? list.filter((e) => e.question !== question) : list));
      setPageCheck((check) => answered(check, question));
    },
    [autosave],
  );

  const saveChoices = useCallback(
    (chosen: ConflictResolution) => {
      const m = modelRef.current;
      if (m === undefined) return;
      const answers = applyResolution(chosen, m.data as Answers);
      show(answers);
      setResolution(undefined);
      setAlert(undefined);
      void autosave.resolve(answers);
    },
    [autosave, show],
  );

  return (
    <div className="af-page af-respond">
      <RespondentHeader state={state} />
      <div className="af-respond__bar">
        <p className="af-page-progress">{t.pageProgress(page.index + 1, page.count)}</p>
        <SaveStatusLine status={status} t={t} locale={locale} />
      </div>
      <div className="af-notices" role="status" aria-live="polite">
        {notices.map((n) => (
          <div key={n.id} className={`af-notice af-notice--${n.tone}`}>
            <p>{n.text}</p>
            <button type="button" className="af-notice__close" onClick={() => setNotices((list) => list.filter((x) => x.id !== n.id))}>
              {t.dismiss}
            </button>
          </div>
        ))}
      </div>
      <div role="alert" className="af-alert-host">
        {alert !== undefined ? <p className="af-notice af-notice--problem">{alert}</p> : null}
        {pageCheck.alert !== undefined ? <p className="af-notice af-notice--problem">{pageCheck.alert}</p> : null}
      </div>
      {resolution !== undefined ? (
        <ConflictPanel
          resolution={resolution}
          t={t}
          titleOf={(q) => model?.getQuestionByName(q)?.title ?? q}
          displayOf={(q, v) => displayValue(model, q, v)}
          onChange={setResolution}
          onSave={saveChoices}
        />
      ) : null}
      <section className="af-questionnaire" aria-label={t.questionnaireLabel}>
        <Questionnaire
          questionnaire={state.questionnaire}
          locale={locale}
          data={state.response.answers}
          onChange={onChange}
          onPageChange={(index) => {
            const m = modelRef.current;
            setPage({ index, count: m?.visiblePageCount ?? 1 });
            if (m !== undefined) {
              const shown = m.currentPage.name;
              rememberPage(browserStorage(), api.token, shown);
              setPageCheck((check) => pageShown(check, shown));
              // "Du fortsætter ved side 2" is no longer true on another page
              if (shown !== resumedOn.current) setNotices((list) => (list.some((n) => n.resume) ? list.filter((n) => !n.resume) : list));
            }
            void autosave.saveNow();
          }}
          onModel={onModel}
        />
      </section>
      {[...fileHosts].map(([question, host]) =>
        createPortal(<UploadList uploads={uploads.filter((u) => u.question === question)} t={t} locale={locale} />, host, question),
      )}
    </div>
  );
}
