import { DraftEditError, draftOutline, type QuestionnaireDraft } from "@afrapport/schema";
import { announcementApi, questionnaireApi, type DraftView } from "@afrapport/schema/api";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useDocumentTitle } from "../../app/use-document-title.js";
import { useSession } from "../auth/session-context.js";
import { announceOnNextPage } from "../campaigns/next-page-notice.js";
import { Breadcrumbs } from "../shell/breadcrumbs.js";
import { navigate } from "../shell/navigation.js";
import { InlineProblem } from "../shell/problem.js";
import { questionnairesPath, questionnaireVersionPath } from "../workspace-routes.js";
import { useBuilderMessages } from "./builder-messages.js";
import type { PartNames } from "./changed-parts.js";
import { containerWords } from "./container-words.js";
import { displayText } from "./display-text.js";
import { isDirty, isEditable, localDraft, redoable, saveState, undoable } from "./draft-save-queue.js";
import { outlinePageId, outlineRowId, settingsSelection, validSelection, type Selection } from "./editor-selection.js";
import { FindingsList, findingsSummaryId } from "./findings-list.js";
import { HistoryPanel } from "./history/history-panel.js";
import { JsonView } from "./json/json-view.js";
import { Outline } from "./outline.js";
import type { Applied, EditOptions } from "./outline-context.js";
import { PageSettings } from "./page-settings.js";
import { DraftPreview } from "./preview/draft-preview.js";
import { PublishDialog } from "./publish/publish-dialog.js";
import { QuestionEditor } from "./question/question-editor.js";
import { QuestionnaireSettings } from "./questionnaire-settings.js";
import { SaveStatus } from "./save-status.js";
import { StashNotice } from "./stash-notice.js";
import { clearStash, readStash, restoredDraft, type Stash } from "./unsaved-stash.js";
import { ConflictNotice, MergeNotice } from "./save-notices.js";
import { useDraftFindings } from "./use-draft-findings.js";
import { useDraftSession } from "./use-draft-session.js";
import { useMediaQuery } from "./use-media-query.js";
import { usePublishedNames } from "./use-published-names.js";
import { useUndoKeys } from "./use-undo-keys.js";
import { ViewSwitch, type EditorView } from "./view-switch.js";

/** From this width the preview sits beside the editor; below it, it is a view of its own. */
const wideQuery = "(min-width: 75rem)";

const isApplied = (value: QuestionnaireDraft | Applied): value is Applied => "draft" in value && !("survey" in value);

/**
 * The draft editor: header (title, revision, save state, undo/redo, publish), then the outline with the selected
 * thing's panel beside it and the live preview beside that, or the JSON and the history. Every edit is applied at
 * once and saved shortly after (use-draft-session.ts); findings follow the edits (use-draft-findings.ts).
 */
export function DraftEditor({ initial }: { initial: DraftView }) {
  const { b, locale } = useBuilderMessages();
  const { api } = useSession();
  const handle = useDraftSession(api, initial);
  const { session } = handle;
  const draft = localDraft(session);
  const view = session.view;
  const editable = isEditable(session);
  const readOnly = !editable;
  const wide = useMediaQuery(wideQuery);
  const outline = useMemo(() => draftOutline(draft), [draft]);
  const findings = useDraftFindings(draft, view);
  const publishedNames = usePublishedNames(api, view.basedOn);
  const announcementTitle = useAnnouncementTitle(view.announcementId);

  const [chosenView, setView] = useState<EditorView>("edit");
  const [showPreview, setShowPreview] = useState(true);
  const [chosen, setSelection] = useState<Selection>(settingsSelection);
  const [detailOpen, setDetailOpen] = useState(false);
  const [findingsOpen, setFindingsOpen] = useState(false);
  const [editProblem, setEditProblem] = useState<string | null>(null);
  const [undoNotice, setUndoNotice] = useState<{ text: string; draft: QuestionnaireDraft } | null>(null);
  const [publish, setPublish] = useState<"closed" | "saving" | "failed" | "open">("closed");
  const focusAfter = useRef<string | null>(null);
  // read before the session's first save can clear it
  const [stash, setStash] = useState<Stash | null>(() => (initial.access === "edit" ? readStash(window.localStorage, initial.id, initial.content) : null));
  const currentView: EditorView = wide && chosenView === "preview" ? "edit" : chosenView;
  const selection = validSelection(chosen, outline);

  const title = displayText(draft.title, locale) || b.untitled;
  useDocumentTitle(b.documentTitle(title));
  useUndoKeys(currentView !== "json", handle.undo, handle.redo);

  // focus where an edit said, once it is on screen
  useEffect(() => {
    const id = focusAfter.current;
    if (id === null) return;
    focusAfter.current = null;
    document.getElementById(id)?.focus();
  });

  const apply = useCallback(
    (change: (current: QuestionnaireDraft) => QuestionnaireDraft | Applied, options: EditOptions = {}) => {
      let result: QuestionnaireDraft | Applied;
      try {
        result = change(draft);
      } catch (error) {
        if (!(error instanceof DraftEditError)) throw error;
        setEditProblem(b.editRefused[error.code] ?? b.editRefusedOther);
        return;
      }
      const { draft: next, ...more } = isApplied(result) ? result : { draft: result };
      const all: EditOptions = { ...options, ...more };
      handle.edit(next);
      setEditProblem(null);
      setUndoNotice(all.undoNotice === undefined ? null : { text: all.undoNotice, draft: next });
      if (all.select !== undefined) setSelection(all.select);
      if (all.focus !== undefined) focusAfter.current = all.focus;
    },
    [draft, handle, b],
  );
  const edit = (next: QuestionnaireDraft, group?: string) => {
    handle.edit(next, group);
    setEditProblem(null);
  };

  const select = (next: Selection) => {
    setSelection(next);
    if (!wide) {
      setDetailOpen(true);
      focusAfter.current = "af-builder-detail";
    }
  };
  const backToOutline = () => {
    setDetailOpen(false);
    focusAfter.current = selection.kind === "element" ? outlineRowId(selection.name) : selection.kind === "page" ? outlinePageId(selection.name) : null;
  };

  const titleOfElement = (name: string): string => {
    const find = (elements: (typeof outline)[number]["elements"]): string | undefined => {
      for (const element of elements) {
        if (element.name === name) return displayText(element.title, locale) || name;
        const inner = find(element.children);
        if (inner !== undefined) return inner;
      }
      return undefined;
    };
    for (const page of outline) {
      const found = find(page.elements);
      if (found !== undefined) return found;
    }
    return name;
  };
  const words = (container: string) => containerWords(outline, container, b, locale, titleOfElement);
  const names: PartNames = { element: titleOfElement, noun: (container) => words(container).noun, where: (container) => words(container).where };
  const nameOf = (target: Selection) => {
    if (target.kind === "settings") return b.findingOnQuestionnaire;
    if (target.kind === "element") return titleOfElement(target.name);
    const index = outline.findIndex((page) => page.name === target.name);
    return b.page(index + 1, displayText(outline[index]?.title, locale) || b.pageUntitled);
  };
  const goTo = (target: Selection) => {
    setView("edit");
    setSelection(target);
    if (!wide) setDetailOpen(true);
    focusAfter.current = "af-builder-detail";
  };

  const restoreStash = async (kept: Stash) => {
    setStash(null);
    let base: QuestionnaireDraft | null = null;
    if (kept.baseRevision !== view.revision) {
      const result = await api.call(questionnaireApi.revision, { params: { draftId: view.id, revision: kept.baseRevision } });
      if (result.ok) base = result.value.content;
    }
    handle.edit(kept.baseRevision === view.revision ? kept.content : restoredDraft(kept, base, localDraft(session)).draft);
  };

  const findingCount = findings.findings.length;
  const openPublish = async () => {
    if (findingCount > 0) {
      setFindingsOpen(true);
      focusAfter.current = findingsSummaryId;
      return;
    }
    setPublish("saving");
    setPublish((await handle.flush()) ? "open" : "failed");
  };

  const problem = session.problem;
  const state = saveState(session);
  const showDetail = wide || detailOpen;
  const showOutline = wide || !detailOpen;

  return (
    <div className="af-builder">
      <Breadcrumbs items={[{ label: b.crumbQuestionnaires, href: questionnairesPath }, { label: title }]} />
      <header className="af-builder-head">
        <div className="af-builder-head__title">
          <h1>{title}</h1>
          <dl className="af-ws-facts">
            <div>
              <dt>{b.factAnnouncement}</dt>
              <dd>{announcementTitle ?? view.announcementId}</dd>
            </div>
            <div>
              <dt>{b.factKey}</dt>
              <dd>{view.key}</dd>
            </div>
            <div>
              <dt>{b.factAudience}</dt>
              <dd>{b.audience[draft.audience]}</dd>
            </div>
          </dl>
          <p className="af-builder-revision">{b.revision(view.revision)}</p>
        </div>
        <div className="af-builder-head__tools">
          <SaveStatus state={state} onRetry={handle.saveNow} />
          {editable && (
            <div className="af-builder-head__actions">
              <button type="button" className="af-button af-button--small" disabled={!undoable(session)} onClick={handle.undo} aria-keyshortcuts="Control+Z" title={b.undoHint}>
                {b.undo}
              </button>
              <button type="button" className="af-button af-button--small" disabled={!redoable(session)} onClick={handle.redo} aria-keyshortcuts="Control+Shift+Z" title={b.redoHint}>
                {b.redo}
              </button>
              <button
                type="button"
                className="af-button af-button--primary"
                aria-disabled={findingCount > 0 || publish === "saving" ? true : undefined}
                aria-describedby={findingCount > 0 ? "af-builder-publish-why" : undefined}
                onClick={() => void openPublish()}
              >
                {b.publish}
              </button>
            </div>
          )}
          {editable && findingCount > 0 && (
            <p id="af-builder-publish-why" className="af-hint af-builder-head__why">
              {b.publishBlocked(findingCount)}
            </p>
          )}
          {publish === "saving" && <p className="af-hint" role="status">{b.publishNeedsSave}</p>}
          {publish === "failed" && <p className="af-field-error" role="alert">{b.publishSaveFailed}</p>}
        </div>
      </header>

      {view.access === "read" && <p className="af-ws-readonly">{b.readOnly}</p>}
      {problem?.kind === "closed" && (
        <InlineProblem>
          {b.readOnly} {isDirty(session) ? b.closedUnsaved : ""}
        </InlineProblem>
      )}
      {stash !== null && editable && (
        <StashNotice
          stash={stash}
          onRestore={() => void restoreStash(stash)}
          onDiscard={() => {
            setStash(null);
            if (!isDirty(session)) clearStash(window.localStorage, view.id);
          }}
        />
      )}
      {problem?.kind === "conflict" && <ConflictNotice problem={problem} names={names} onKeepMine={handle.keepMine} onTakeTheirs={handle.takeTheirs} />}
      {session.merge !== null && <MergeNotice fromTheirs={session.merge.fromTheirs} names={names} onDismiss={handle.dismissMerge} />}
      {editProblem !== null && <InlineProblem>{editProblem}</InlineProblem>}
      <div className="af-builder-undo-notice" role="status">
        {undoNotice !== null && undoNotice.draft === draft && (
          <p className="af-notice af-notice--success">
            <span>{undoNotice.text}</span>{" "}
            <button
              type="button"
              className="af-button af-button--small"
              onClick={() => {
                setUndoNotice(null);
                handle.undo();
              }}
            >
              {b.undoDelete}
            </button>
          </p>
        )}
      </div>

      <div className="af-builder-bar">
        <ViewSwitch view={currentView} views={wide ? ["edit", "json", "history"] : ["edit", "preview", "json", "history"]} onChange={setView} />
        {wide && currentView === "edit" && (
          <div className="af-ws-check af-builder-bar__preview">
            <input id="af-builder-show-preview" type="checkbox" checked={showPreview} onChange={(event) => setShowPreview(event.target.checked)} />
            <label htmlFor="af-builder-show-preview">{b.showPreview}</label>
          </div>
        )}
      </div>

      {currentView === "edit" && (
        <div className={`af-builder-grid${wide && showPreview ? " af-builder-grid--preview" : ""}`}>
          {showOutline && (
            <div className="af-builder-col af-builder-col--outline">
              <FindingsList byTarget={findings.byTarget} outline={outline} count={findingCount} open={findingsOpen} onToggle={setFindingsOpen} nameOf={nameOf} onGo={goTo} />
              <Outline draft={draft} outline={outline} findings={findings.byTarget} selection={selection} readOnly={readOnly} select={select} apply={apply} />
            </div>
          )}
          {showDetail && (
            <div id="af-builder-detail" className="af-builder-col af-builder-col--detail" tabIndex={-1}>
              {!wide && (
                <button type="button" className="af-ws-link-button af-builder-back" onClick={backToOutline}>
                  ← {b.backToOutline}
                </button>
              )}
              {selection.kind === "settings" && <QuestionnaireSettings draft={draft} findings={findings.byTarget} readOnly={readOnly} onChange={edit} />}
              {selection.kind === "page" && (
                <PageSettings key={selection.name} draft={draft} outline={outline} name={selection.name} findings={findings.byTarget} readOnly={readOnly} onChange={edit} apply={apply} />
              )}
              {selection.kind === "element" && (
                <QuestionEditor
                  key={selection.name}
                  draft={draft}
                  name={selection.name}
                  findings={findings.byTarget.elements.get(selection.name) ?? []}
                  readOnly={readOnly}
                  publishedNames={publishedNames}
                  onChange={(next, options) => {
                    edit(next, `question:${options?.select ?? selection.name}`);
                    if (options?.select !== undefined) setSelection({ kind: "element", name: options.select });
                  }}
                />
              )}
            </div>
          )}
          {wide && showPreview && (
            <aside className="af-builder-col af-builder-col--preview" aria-label={b.viewPreview}>
              <DraftPreview draft={draft} />
            </aside>
          )}
        </div>
      )}
      {currentView === "preview" && <DraftPreview draft={draft} />}
      {currentView === "json" && <JsonView draft={draft} readOnly={readOnly} onChange={(next) => edit(next, "json")} />}
      {currentView === "history" && <HistoryPanel draftId={view.id} revision={view.revision} readOnly={readOnly || isDirty(session)} onRestored={handle.replaced} />}

      {publish === "open" && (
        <PublishDialog
          draft={view}
          open
          onClose={() => setPublish("closed")}
          onPublished={(version) => {
            announceOnNextPage(b.published(version.questionnaire.version));
            navigate(questionnaireVersionPath(view.announcementId, view.key, version.questionnaire.version));
          }}
        />
      )}
    </div>
  );
}

/** The announcement's title in the reader's language, once loaded (the id stands in until then). */
function useAnnouncementTitle(announcementId: string): string | null {
  const { api } = useSession();
  const { locale } = useBuilderMessages();
  const [title, setTitle] = useState<{ da: string; en: string } | null>(null);
  useEffect(() => {
    let live = true;
    void api.call(announcementApi.get, { params: { announcementId } }).then((result) => {
      if (live && result.ok) setTitle(result.value.announcement.title);
    });
    return () => {
      live = false;
    };
  }, [api, announcementId]);
  return title === null ? null : title[locale];
}
