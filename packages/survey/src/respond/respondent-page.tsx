import type { Answers } from "@afrapport/schema";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useDocumentTitle } from "../app/use-document-title.js";
import { isPast } from "../format.js";
import { browserStorage } from "../i18n/locale-preference.js";
import { useLocale } from "../i18n/locale-context.js";
import { LinkProblemPage } from "./link-problem-page.js";
import { PendingStore, reconcilePending } from "./offline-queue.js";
import { ReadOnlyAnswers, ReceiptView } from "./receipt-view.js";
import { RespondApi, type Receipt, type RespondState } from "./respond-api.js";
import { RespondentHeader } from "./respondent-header.js";
import { ResponseForm } from "./response-form.js";
import { PrefillNotice } from "./prefill-notice.js";
import { linkProblem, type LinkProblem } from "./server-errors.js";

/** Why a response is shown read-only. */
export type ReadOnlyReason = "submitted" | "closed" | "deadline" | "notEditable";

type View =
  | { kind: "loading" }
  | { kind: "problem"; problem: LinkProblem }
  | { kind: "editing"; state: RespondState }
  | { kind: "readOnly"; state: RespondState; reason: ReadOnlyReason }
  | { kind: "receipt"; state: RespondState; receipt: Receipt; answers: Answers };

export function readOnlyReason(state: RespondState, now: Date = new Date()): ReadOnlyReason {
  if (state.response.status === "submitted") return "submitted";
  if (state.campaign.status === "closed" || state.campaign.status === "reported") return "closed";
  if (isPast(state.campaign.deadline, now)) return "deadline";
  return "notEditable";
}

/**
 * /svar/<token>: loads what the link opens and shows the right thing – the questionnaire to answer, the receipt
 * of a submitted response, a closed campaign read-only, or a plain explanation of a link that does not work.
 */
export function RespondentPage({ token, api: givenApi }: { token: string; api?: RespondApi }) {
  const api = useMemo(() => givenApi ?? new RespondApi(token), [givenApi, token]);
  const [view, setView] = useState<View>({ kind: "loading" });
  const [unsentNotice, setUnsentNotice] = useState<number>(0);

  const load = useCallback(async () => {
    setView({ kind: "loading" });
    const loaded = await api.load();
    if (!loaded.ok) {
      setView({ kind: "problem", problem: linkProblem(loaded.failure) });
      return;
    }
    const state = loaded.value;
    if (!state.editable) {
      // answers left on this device that can no longer be saved: say so, once
      const store = new PendingStore(browserStorage(), token);
      const reconciled = reconcilePending(store.read(), state.response, false);
      if (reconciled.kind === "locked") setUnsentNotice(reconciled.unsent.length);
      store.clear();
    }
    if (state.response.status === "submitted") {
      const receipt = await api.receipt();
      if (receipt.ok) {
        setView({ kind: "receipt", state, receipt: receipt.value.receipt, answers: receipt.value.answers });
        return;
      }
    }
    setView(state.editable ? { kind: "editing", state } : { kind: "readOnly", state, reason: readOnlyReason(state) });
  }, [api, token]);

  useEffect(() => {
    void load();
  }, [load]);

  const submitted = useCallback(
    async (state: RespondState, receipt: Receipt, answers: Answers) => {
      const full = await api.receipt();
      setView({ kind: "receipt", state, receipt, answers: full.ok ? full.value.answers : answers });
      window.scrollTo(0, 0);
    },
    [api],
  );

  return (
    <>
      {unsentNotice > 0 ? <UnsentNotice count={unsentNotice} onDismiss={() => setUnsentNotice(0)} /> : null}
      <RespondentView view={view} api={api} load={load} submitted={submitted} setView={setView} setUnsent={setUnsentNotice} />
    </>
  );
}

function RespondentView({
  view,
  api,
  load,
  submitted,
  setView,
  setUnsent,
}: {
  view: View;
  api: RespondApi;
  load(): Promise<void>;
  submitted(state: RespondState, receipt: Receipt, answers: Answers): Promise<void>;
  setView(view: View): void;
  setUnsent(count: number): void;
}) {
  const { t } = useLocale();
  switch (view.kind) {
    case "loading":
      return <Loading />;
    case "problem":
      return <LinkProblemPage problem={view.problem} onRetry={() => void load()} />;
    case "editing":
      return (
        <EditingTitle state={view.state}>
          <PrefillNotice notice={view.state.prefill} />
          <ResponseForm
            api={api}
            state={view.state}
            onSubmitted={(receipt, answers) => void submitted(view.state, receipt, answers)}
            onLocked={(unsent) => {
              setUnsent(unsent.length);
              void load();
            }}
            onLinkGone={(failure) => setView({ kind: "problem", problem: linkProblem(failure) })}
          />
        </EditingTitle>
      );
    case "readOnly":
      return <ReadOnlyResponse api={api} state={view.state} reason={view.reason} />;
    case "receipt":
      return <ReceiptView api={api} state={view.state} receipt={view.receipt} answers={view.answers} />;
    default:
      return <p>{t.loadFailedTitle}</p>;
  }
}

function EditingTitle({ state, children }: { state: RespondState; children: React.ReactNode }) {
  const { locale } = useLocale();
  useDocumentTitle(state.questionnaire.title[locale]);
  return <>{children}</>;
}

function Loading() {
  const { t } = useLocale();
  useDocumentTitle(t.loading);
  return (
    <div className="af-page">
      <p className="af-loading" role="status">
        {t.loading}
      </p>
    </div>
  );
}

function UnsentNotice({ count, onDismiss }: { count: number; onDismiss(): void }) {
  const { t } = useLocale();
  return (
    <div className="af-page af-page--notice">
      <div className="af-notice af-notice--problem" role="alert">
        <p>{t.lockedWithUnsent(count)}</p>
        <button type="button" className="af-notice__close" onClick={onDismiss}>
          {t.dismiss}
        </button>
      </div>
    </div>
  );
}

/** A response that can no longer change: why, and the saved answers. */
function ReadOnlyResponse({ api, state, reason }: { api: RespondApi; state: RespondState; reason: ReadOnlyReason }) {
  const { t } = useLocale();
  const texts: Record<ReadOnlyReason, { title: string; text: string }> = {
    submitted: { title: t.notEditableTitle, text: t.submittedReadOnly },
    closed: { title: t.closedTitle, text: t.closedText },
    deadline: { title: t.deadlinePassedTitle, text: t.deadlinePassedText },
    notEditable: { title: t.notEditableTitle, text: t.contactSecretariat },
  };
  const { title, text } = texts[reason];
  useDocumentTitle(title);
  return (
    <div className="af-page af-respond af-respond--readonly">
      <RespondentHeader state={state} />
      <div className="af-notice af-notice--problem" data-reason={reason}>
        <h2>{title}</h2>
        <p>{text}</p>
      </div>
      <ReadOnlyAnswers api={api} state={state} answers={state.response.answers} />
    </div>
  );
}
