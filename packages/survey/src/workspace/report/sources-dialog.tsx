import type { Figure, ReportResponseRef } from "@afrapport/schema";
import { useCallback, useId, useMemo, useRef, useState, type ReactNode } from "react";
import { formatNumber } from "../../format.js";
import { Link } from "../shell/navigation.js";
import { figureSources } from "./figure-sources.js";
import { SourcesContext } from "./sources-context.js";
import { useReportMessages } from "./use-report-messages.js";

/**
 * One modal dialog for the whole report: a number's button opens it with the municipalities (or offers) the
 * number came from, each linked to its response, read-only. A native <dialog>: the browser traps the focus and
 * Escape closes it; the focus goes back to the number afterwards.
 */
export function SourcesProvider({
  responses,
  responseHref,
  children,
}: {
  responses: readonly ReportResponseRef[];
  /** where a response is shown; undefined: the names are listed without links */
  responseHref?: (respondentId: string) => string;
  children: ReactNode;
}) {
  const { r, locale } = useReportMessages();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const [figure, setFigure] = useState<Figure | null>(null);
  const headingId = useId();

  const showSources = useCallback((next: Figure, opener: HTMLElement | null) => {
    openerRef.current = opener;
    setFigure(next);
    const dialog = dialogRef.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
  }, []);
  const value = useMemo(() => ({ showSources }), [showSources]);
  const close = () => dialogRef.current?.close();
  const listed = figure === null ? [] : figureSources(figure, responses);

  return (
    <SourcesContext.Provider value={value}>
      {children}
      <dialog
        ref={dialogRef}
        className="af-dialog"
        aria-labelledby={headingId}
        onClose={() => {
          openerRef.current?.focus();
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
          {listed.length === 0 ? (
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
