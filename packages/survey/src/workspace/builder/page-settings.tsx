import { movePage, removePage, updatePage, type DraftText, type FindingsByTarget, type OutlinePage, type QuestionnaireDraft } from "@afrapport/schema";
import { useState } from "react";
import { Dialog } from "../shell/dialog.js";
import { useBuilderMessages } from "./builder-messages.js";
import { BilingualField } from "./bilingual-field.js";
import { displayText } from "./display-text.js";
import { outlinePageId } from "./editor-selection.js";
import { FindingNotes } from "./finding-notes.js";
import type { Applied, EditOptions } from "./outline-context.js";

const isEmpty = (text: DraftText) => (text.da ?? "").trim() === "" && (text.en ?? "").trim() === "";
const countElements = (page: OutlinePage) => {
  let count = 0;
  const walk = (elements: OutlinePage["elements"]) => {
    for (const element of elements) {
      count++;
      walk(element.children);
    }
  };
  walk(page.elements);
  return count;
};

/** One page: its title and description in both languages, one step up or down, and deleting it (asked first when it holds questions). */
export function PageSettings({
  draft,
  outline,
  name,
  findings,
  readOnly,
  onChange,
  apply,
}: {
  draft: QuestionnaireDraft;
  outline: readonly OutlinePage[];
  name: string;
  findings: FindingsByTarget;
  readOnly: boolean;
  onChange(next: QuestionnaireDraft, group?: string): void;
  apply(change: (draft: QuestionnaireDraft) => QuestionnaireDraft | Applied, options?: EditOptions): void;
}) {
  const { b, locale } = useBuilderMessages();
  const [confirming, setConfirming] = useState(false);
  const index = outline.findIndex((page) => page.name === name);
  const page = outline[index];
  if (page === undefined) return null;
  const json = draft.survey.pages[index] as Record<string, unknown> | undefined;
  const description = json?.description as DraftText | undefined;
  const title = displayText(page.title, locale) || b.pageUntitled;
  const questions = countElements(page);
  const headingId = `af-builder-page-heading-${name}`;
  const remove = () => {
    setConfirming(false);
    const neighbour = outline[index + 1] ?? outline[index - 1];
    apply((current) => removePage(current, name), {
      ...(neighbour === undefined ? {} : { select: { kind: "page" as const, name: neighbour.name }, focus: outlinePageId(neighbour.name) }),
      undoNotice: b.deletedPage(title),
    });
  };

  return (
    <section className="af-builder-detail" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {b.page(index + 1, title)}
      </h2>
      <FindingNotes findings={findings.pages.get(name) ?? []} />
      <BilingualField
        id={`af-builder-page-title-${name}`}
        label={b.pageTitleLabel}
        value={page.title}
        readOnly={readOnly}
        onChange={(next) => onChange(updatePage(draft, name, { title: isEmpty(next) ? undefined : next }), `page:${name}:title`)}
      />
      <BilingualField
        id={`af-builder-page-description-${name}`}
        label={b.pageDescriptionLabel}
        value={description}
        readOnly={readOnly}
        multiline
        optional
        onChange={(next) => onChange(updatePage(draft, name, { description: isEmpty(next) ? undefined : next }), `page:${name}:description`)}
      />
      {!readOnly && (
        <div className="af-ws-actions">
          <button type="button" className="af-button af-button--small" disabled={index === 0} onClick={() => apply((current) => movePage(current, name, index - 1), { focus: `af-builder-page-up-${name}` })} id={`af-builder-page-up-${name}`}>
            {b.pageMoveUp}
          </button>
          <button
            type="button"
            className="af-button af-button--small"
            disabled={index === outline.length - 1}
            onClick={() => apply((current) => movePage(current, name, index + 1), { focus: `af-builder-page-down-${name}` })}
            id={`af-builder-page-down-${name}`}
          >
            {b.pageMoveDown}
          </button>
          <button type="button" className="af-button af-button--small af-button--danger" disabled={outline.length === 1} onClick={() => (questions === 0 ? remove() : setConfirming(true))}>
            {b.pageDelete}
          </button>
        </div>
      )}
      <Dialog title={b.pageDelete} open={confirming} onClose={() => setConfirming(false)}>
        <p>{b.pageDeleteConfirm(title, questions)}</p>
        <div className="af-ws-actions">
          <button type="button" className="af-button af-button--primary af-button--danger-fill" onClick={remove}>
            {b.pageDeleteYes}
          </button>
          <button type="button" className="af-button" onClick={() => setConfirming(false)}>
            {b.cancel}
          </button>
        </div>
      </Dialog>
    </section>
  );
}
