import type { AnyFigure, ReportResponseRef } from "@afrapport/schema";
import { useCallback, useId, useMemo, useRef, useState, type ReactNode } from "react";
import { formatNumber } from "../../format.js";
import { Loading } from "../shell/loading.js";
import { Link } from "../shell/navigation.js";
import { InlineProblem, LoadProblem } from "../shell/problem.js";
import { figureSources } from "./figure-sources.js";
import { SourcesContext } from "./sources-context.js";
import { useReportMessages } from "./use-report-messages.js";

/** What asking for a figure's sources gave: their response ids, or a problem in the reader's words. */
export type SourcesLoad = { ok: true; sources: string[] } | { ok: false; text: string; canRetry: boolean };

type Shown = { status: "ready"; sources: readonly string[] } | { status: "loading" } | { status: "error"; text: string; canRetry: boolean };

/**
 * One modal dialog for the whole report: a number's button opens it with the municipalities (or offers) the
 * number came from, each linked to its response, read-only. A figure that carries its sources (a snapshot) shows
 * them at once; one that refers to them (the live report) has them fetched by `loadSources` while the dialog says
 * so. A native <dialog>: the browser traps the focus and Escape closes it; the focus goes back to the number
 * afterwards.
 */
export function SourcesProvider({
  responses,
  responseHref,
  loadSources,
  children,
}: {
  responses: readonly ReportResponseRef[];
  /** where a response is shown; undefined: the names are listed without links */
  responseHref?: (respondentId: string) => string;
  /** fetches the sources of a figure by its ref (figures of the live report carry only a ref) */
  loadSources?: (ref: string) => Promise<SourcesLoad>;
  children: ReactNode;
}) {
  const { r, locale } = useReportMessages();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  // the figure whose sources are being fetched: a reply for another (the dialog closed and opened again) is dropped
  const askedRef = useRef<AnyFigure | null>(null);
  const [figure, setFigure] = useState<AnyFigure | null>(null);
  const [shown, setShown] = useState<Shown>({ status: "ready", sources: [] });
  const headingId = useId();

  const fetchSources = useCallback(
    (next: AnyFigure) => {
      askedRef.current = next;
      if ("sources" in next) return setShown({ status: "ready", sources: next.sources });
      if (loadSources === undefined) return setShown({ status: "error", text: r.sourcesFailed, canRetry: false });
      setShown({ status: "loading" });
      void loadSources(next.ref).then((loaded) => {
        if (askedRef.current !== next) return;
        setShown(loaded.ok ? { status: "ready", sources: loaded.sources } : { status: "error", text: loaded.text, canRetry: loaded.canRetry });
      });
    },
    [loadSources, r],
  );
  const showSources = useCallback(
    (next: AnyFigure, opener: HTMLElement | null) => {
      openerRef.current = opener;
      setFigure(next);
      fetchSources(next);
      const dialog = dialogRef.current;
      if (dialog !== null && !dialog.open) dialog.showModal();
    },
    [fetchSources],
  );
  const value = useMemo(() => ({ showSources }), [showSources]);
  const close = () => dialogRef.current?.close();
  const listed = shown.status === "ready" ? figureSources(shown.sources, responses) : [];

  return (
    <SourcesContext.Provider value={value}>
      {children}
      <dialog
        ref={dialogRef}
        className="af-dialog"
        aria-labelledby={headingId}
        aria-busy={shown.status === "loading"}
        onClose={() => {
          openerRef.current?.focus();
          askedRef.current = null;
          setFigure(null);
        }}
        onClick={(event) => {
          // a click on the backdrop (the dialog element itself, outside its content) closes it
          if (event.target === dialogRef.current) close();
        }}
      >
        <div className="af-dialog__content">
          <h2 id={headingId} className="af-dialog__title">
            {figure === null ? "" : r.sourcesHeading(formatNumber(figure.value, locale))}
          </h2>
          {figure?.small ? <p className="af-hint">{r.figureSmall}</p> : null}
          {figure === null ? null : shown.status === "loading" ? (
            <Loading label={r.sourcesLoading} />
          ) : shown.status === "error" ? (
            shown.canRetry ? (
              <LoadProblem text={shown.text} onRetry={() => fetchSources(figure)} />
            ) : (
              <InlineProblem>{shown.text}</InlineProblem>
            )
          ) : listed.length === 0 ? (
            <p>{r.sourcesNone}</p>
          ) : (
            <>
              <p>{r.sourcesIntro(listed.length)}</p>
              <ul className="af-sources">
                {listed.map((source) => (
                  <li key={source.responseId}>
                    {responseHref === undefined || source.respondentId === "" ? (
                      <span lang="da">{source.respondentName}</span>
                    ) : (
                      <Link href={responseHref(source.respondentId)} aria-label={r.sourcesOpen(source.respondentName)} onClick={close}>
                        <span lang="da">{source.respondentName}</span>
                      </Link>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="af-dialog__actions">
            <button type="button" className="af-button" onClick={close}>
              {r.close}
            </button>
          </p>
        </div>
      </dialog>
    </SourcesContext.Provider>
  );
}

export type { ReportResponseRef };
