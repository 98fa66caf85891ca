import { findCprNumbers } from "@afrapport/schema";
import { useEffect, useId, useReducer, useRef, useState } from "react";
import { formatDateTime, formatNumber, formatTime } from "../../format.js";
import type { ApiResult } from "../api/api-error.js";
import { apiErrorText } from "../shell/api-error-text.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";
import { canSave, initialDraft, isDirty, saveRequest, summaryReducer, type SavedSummary } from "./summary-draft.js";
import { hasCprWarning, savedSummary, staleCurrent, type SummaryFromServer } from "./summary-view.js";
import { useReportMessages } from "./use-report-messages.js";

/** The server's limit on a section's text (packages/server summary-input.ts). */
export const maxSummaryLength = 20_000;

export type SaveSummary = (text: string, baseVersion: number) => Promise<ApiResult<SummaryFromServer>>;

/**
 * The secretariat's own text for one section: a textarea saved when the person leaves it and by an explicit
 * button, with "Gemt kl. 14.32" in a live status line. A failed save keeps the text in the field with a Danish
 * message beside it; a colleague's newer save is shown next to the person's own text until they choose.
 */
export function SummaryEditor({ sectionTitle, summary, save }: { sectionTitle: string; summary: SavedSummary; save: SaveSummary }) {
  const { r, locale } = useReportMessages();
  const { w } = useWorkspaceMessages();
  const [draft, dispatch] = useReducer(summaryReducer, summary, initialDraft);
  const [serverCpr, setServerCpr] = useState(false);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const staleHeadingRef = useRef<HTMLHeadingElement>(null);
  const fieldId = useId();
  const hintId = useId();
  const errorId = useId();
  const cprId = useId();

  useEffect(() => {
    dispatch({ type: "refreshed", summary });
  }, [summary]);

  const stale = draft.status.kind === "stale" ? draft.status.theirs : undefined;
  useEffect(() => {
    if (stale !== undefined) staleHeadingRef.current?.focus();
  }, [stale]);

  async function saveNow() {
    const current = draftRef.current;
    if (!canSave(current)) return;
    if (current.text.length > maxSummaryLength) {
      dispatch({ type: "saveFailed", reason: r.summaryTooLong(formatNumber(maxSummaryLength, locale)), field: true });
      return;
    }
    const request = saveRequest(current);
    dispatch({ type: "saveStarted" });
    const result = await save(request.text, request.baseVersion);
    if (result.ok) {
      setServerCpr(hasCprWarning(result.value.warnings));
      dispatch({ type: "saveSucceeded", summary: savedSummary(result.value), at: new Date().toISOString() });
      return;
    }
    const theirs = result.error.code === "stale_revision" ? staleCurrent(result.error.body) : undefined;
    if (theirs !== undefined) dispatch({ type: "saveStale", theirs });
    else if (result.error.status === 400 && result.error.field === "text") {
      dispatch({ type: "saveFailed", reason: r.summaryTooLong(formatNumber(maxSummaryLength, locale)), field: true });
    } else {
      // `conflict` here: the approval path is complete, so the text is locked
      dispatch({ type: "saveFailed", reason: apiErrorText(result.error, w, { overrides: { conflict: r.summaryLocked } }) });
    }
  }

  // After "keep mine" the base is their version, and the text is saved straight away.
  const [saveAfterChoice, setSaveAfterChoice] = useState(false);
  useEffect(() => {
    if (saveAfterChoice && draft.status.kind === "idle") {
      setSaveAfterChoice(false);
      void saveNow();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [saveAfterChoice, draft.status.kind]);

  const cpr = serverCpr || findCprNumbers(draft.text).length > 0;
  const failed = draft.status.kind === "failed" ? draft.status : undefined;
  const describedBy = [hintId, failed ? errorId : "", cpr ? cprId : ""].filter(Boolean).join(" ");

  let statusText: string;
  if (draft.status.kind === "saving") statusText = r.summarySaving;
  else if (isDirty(draft)) statusText = r.summaryUnsaved;
  else if (draft.status.kind === "saved") statusText = r.summarySavedAt(formatTime(draft.status.at, locale));
  else if (draft.saved.updatedAt !== null) statusText = r.summaryBy(draft.saved.updatedBy ?? "–", formatDateTime(draft.saved.updatedAt, locale));
  else statusText = "";

  return (
    <div className={`af-summary${stale ? " af-summary--stale" : ""}`}>
      <label htmlFor={fieldId} className="af-summary__label">
        {r.summaryLabel(sectionTitle)}
      </label>
      <span id={hintId} className="af-hint">
        {r.summaryHint}
      </span>
      {failed ? (
        <p id={errorId} className="af-field-error" role="alert">
          {r.summaryFailed(failed.reason)}
        </p>
      ) : null}
      {cpr ? (
        <p id={cprId} className="af-field-warning">
          {r.summaryCpr}
        </p>
      ) : null}
      {stale ? (
        <div className="af-summary__stale">
          <h4 ref={staleHeadingRef} tabIndex={-1}>
            {r.summaryStaleHeading}
          </h4>
          <p>{r.summaryStaleIntro(stale.updatedBy ?? "–")}</p>
          <p className="af-conflict__label">{r.summaryTheirs}</p>
          <div className="af-summary__theirs" lang="da">
            {stale.text === "" ? "–" : stale.text}
          </div>
          <p className="af-conflict__label">{r.summaryMine}</p>
        </div>
      ) : null}
      <textarea
        id={fieldId}
        className="af-textarea"
        rows={6}
        value={draft.text}
        aria-describedby={describedBy}
        aria-invalid={failed?.field === true ? true : undefined}
        onChange={(event) => dispatch({ type: "edit", text: event.target.value })}
        onBlur={() => void saveNow()}
      />
      <div className="af-summary__bar">
        {stale ? (
          <>
            <button
              type="button"
              className="af-button af-button--primary"
              onClick={() => {
                dispatch({ type: "keepMine" });
                setSaveAfterChoice(true);
              }}
            >
              {r.summaryKeepMine}
            </button>
            <button type="button" className="af-button" onClick={() => dispatch({ type: "takeTheirs" })}>
              {r.summaryTakeTheirs}
            </button>
          </>
        ) : (
          <button type="button" className="af-button" onClick={() => void saveNow()} aria-disabled={draft.status.kind === "saving"}>
            {draft.status.kind === "saving" ? r.summarySaving : r.summarySave}
          </button>
        )}
        <p className="af-save-status af-summary__status" role="status" aria-live="polite" aria-atomic="true" data-status={isDirty(draft) ? "dirty" : draft.status.kind}>
          {statusText}
        </p>
      </div>
    </div>
  );
}

/** What a reader (reviewer, national board, frozen copy) sees of the secretariat's text. */
export function SummaryText({ text }: { text: string }) {
  const { r } = useReportMessages();
  if (text.trim() === "") return <p className="af-hint">{r.summaryEmpty}</p>;
  return (
    <div className="af-summary-text" lang="da">
      {text.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </div>
  );
}
