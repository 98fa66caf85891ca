import { DraftEditError, draftOutline, type QuestionnaireDraft } from "@afrapport/schema";
import { announcementApi, questionnaireApi, type DraftView } from "@afrapport/schema/api";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
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
import { useDraftFindings } from "./use-draft-findings.js";
import { useMediaQuery } from "./use-media-query.js";
import { usePublishedNames } from "./use-published-names.js";
import { useUndoKeys } from "./use-undo-keys.js";
import { ViewSwitch, type EditorView } from "./view-switch.js";
import { PresenceList, PresenceNote } from "./live/presence-view.js";
import { focusFieldOf, peersByElement, type Peer, type PresenceFocus } from "./live/presence.js";
import { useLiveMessages } from "./live/live-messages.js";
import { CommentsList } from "./comments/comments-list.js";
import { CommentThreadsPanel } from "./comments/comment-threads-panel.js";
import { openThreadsByElement } from "./comments/comment-threads.js";
import { useDraftComments } from "./comments/use-draft-comments.js";

/** From this width the preview sits beside the editor; below it, it is a view of its own. */
const wideQuery = "(min-width: 75rem)";

const isApplied = (value: QuestionnaireDraft | Applied): value is Applied => "draft" in value && !("survey" in value);

/**
 * Where the editor's draft comes from and goes to: saved by REST with merge and conflict (rest-draft-editor.tsx),
 * or a shared document on the live connection (live/live-draft-editor.tsx). The editor itself is the same.
 */
export interface EditorSource {
  draft: QuestionnaireDraft;
  /** the server's word on the draft: identity, access, findings as saved */
  view: DraftView;
  editable: boolean;
  /** an edit of the draft; `group` joins quick edits of one field into one undo step */
  edit(next: QuestionnaireDraft, group?: string): void;
  undo(): void;
  redo(): void;
  undoable: boolean;
  redoable: boolean;
  /** the save or connection state, in the header */
  status: ReactNode;
  /** notices between the header and the editor (conflicts, the connection's end, kept edits) */
  notices(names: PartNames): ReactNode;
  /** the revision line in the header (the REST editor's; a live draft's revisions are made by the server) */
  showRevision: boolean;
  /** the history may not restore while there is something unsaved here */
  historyLocked: boolean;
  onRestored(view: DraftView): void;
  /** saves whatever is unsaved; true once the server has all of it (before publishing) */
  flush(): Promise<boolean>;
  /** comments may be written (the draft is open and this person takes part in it) */
  canComment: boolean;
  live: LiveParts | null;
}

/** What only a live draft has: the others, and where this person is. */
export interface LiveParts {
  peers: readonly Peer[];
  setFocus(focus: PresenceFocus): void;
  /** when a comment thread last changed, so the comments are fetched again */
  commentsChangedAt: string | null;
}

/**
 * The draft editor: header (title, revision, save state, undo/redo, publish), then the outline with the selected
 * thing's panel beside it and the live preview beside that, or the JSON and the history. Every edit is applied at
 * once and saved or shared by the source (rest-draft-editor.tsx, live/live-draft-editor.tsx); findings follow the
 * edits (use-draft-findings.ts).
 */
export function DraftEditorFrame({ source }: { source: EditorSource }) {
  const { b, locale } = useBuilderMessages();
  const { l } = useLiveMessages();
  const { api } = useSession();
  const { draft, view, editable } = source;
  const readOnly = !editable;
  const peersOn = useMemo(() => peersByElement(source.live?.peers ?? []), [source.live?.peers]);
  const comments = useDraftComments(api, view.id, source.live?.commentsChangedAt ?? null);
  const commentsOn = useMemo(() => openThreadsByElement(comments.threads), [comments.threads]);
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
  const [publishView, setPublishView] = useState<DraftView | null>(null);
  const focusAfter = useRef<string | null>(null);
  const currentView: EditorView = wide && chosenView === "preview" ? "edit" : chosenView;
  const selection = validSelection(chosen, outline);

  const title = displayText(draft.title, locale) || b.untitled;
  useDocumentTitle(b.documentTitle(title));
  useUndoKeys(currentView !== "json", source.undo, source.redo);

  // where this person is, for the others: the selected question, and the field in its panel
  const setFocus = source.live?.setFocus;
  const focusedElement = currentView === "edit" && selection.kind === "element" ? selection.name : null;
  const [focusedField, setFocusedField] = useState<string | null>(null);
  useEffect(() => setFocus?.({ element: focusedElement, field: focusedElement === null ? null : focusedField }), [setFocus, focusedElement, focusedField]);

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
      source.edit(next);
      setEditProblem(null);
      setUndoNotice(all.undoNotice === undefined ? null : { text: all.undoNotice, draft: next });
      if (all.select !== undefined) setSelection(all.select);
      if (all.focus !== undefined) focusAfter.current = all.focus;
    },
    [draft, source, b],
  );
  const edit = (next: QuestionnaireDraft, group?: string) => {
    source.edit(next, group);
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

  const findingCount = findings.findings.length;
  const openPublish = async () => {
    if (findingCount > 0) {
      setFindingsOpen(true);
      focusAfter.current = findingsSummaryId;
      return;
    }
    setPublish("saving");
    if (!(await source.flush())) {
      setPublish("failed");
      return;
    }
    // a live draft's revisions are made by the server: publishing starts from its newest
    if (source.live !== null) {
      const current = await api.call(questionnaireApi.getDraft, { params: { draftId: view.id } });
      if (!current.ok) {
        setPublish("failed");
        return;
      }
      setPublishView(current.value.draft);
    }
    setPublish("open");
  };

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
          {source.showRevision && <p className="af-builder-revision">{b.revision(view.revision)}</p>}
        </div>
        <div className="af-builder-head__tools">
          {source.status}
          {source.live !== null && <PresenceList peers={source.live.peers} titleOf={titleOfElement} />}
          {editable && (
            <div className="af-builder-head__actions">
              <button type="button" className="af-button af-button--small" disabled={!source.undoable} onClick={source.undo} aria-keyshortcuts="Control+Z" title={b.undoHint}>
                {b.undo}
              </button>
              <button type="button" className="af-button af-button--small" disabled={!source.redoable} onClick={source.redo} aria-keyshortcuts="Control+Shift+Z" title={b.redoHint}>
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
      {view.access === "comment" && <p className="af-ws-readonly">{l.commentOnly}</p>}
      {source.notices(names)}
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
                source.undo();
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
              <CommentsList comments={comments} titleOf={titleOfElement} onGo={(element) => goTo(element === null ? settingsSelection : { kind: "element", name: element })} />
              <Outline draft={draft} outline={outline} findings={findings.byTarget} selection={selection} readOnly={readOnly} select={select} apply={apply} peersOn={peersOn} commentsOn={commentsOn} />
            </div>
          )}
          {showDetail && (
            <div
              id="af-builder-detail"
              className="af-builder-col af-builder-col--detail"
              tabIndex={-1}
              onFocus={(event) => setFocusedField(event.target.matches("input, textarea, select") ? focusFieldOf(event.target.id) : null)}
            >
              {!wide && (
                <button type="button" className="af-ws-link-button af-builder-back" onClick={backToOutline}>
                  ← {b.backToOutline}
                </button>
              )}
              {selection.kind === "settings" && <QuestionnaireSettings draft={draft} findings={findings.byTarget} readOnly={readOnly} onChange={edit} />}
              {selection.kind === "settings" && <CommentThreadsPanel comments={comments} element={null} canComment={source.canComment} />}
              {selection.kind === "page" && (
                <PageSettings key={selection.name} draft={draft} outline={outline} name={selection.name} findings={findings.byTarget} readOnly={readOnly} onChange={edit} apply={apply} />
              )}
              {selection.kind === "element" && <PresenceNote peers={peersOn.get(selection.name) ?? []} />}
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
              {selection.kind === "element" && <CommentThreadsPanel key={`comments:${selection.name}`} comments={comments} element={selection.name} canComment={source.canComment} />}
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
      {currentView === "history" && <HistoryPanel draftId={view.id} revision={view.revision} readOnly={readOnly || source.historyLocked} onRestored={source.onRestored} />}

      {publish === "open" && (
        <PublishDialog
          draft={publishView ?? view}
          open
          onClose={() => {
            setPublish("closed");
            setPublishView(null);
          }}
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
