import { type QuestionnaireDraft } from "@afrapport/schema";
import { questionnaireApi, type DraftView } from "@afrapport/schema/api";
import { useState, type ReactNode } from "react";
import { useSession } from "../auth/session-context.js";
import { InlineProblem } from "../shell/problem.js";
import { useBuilderMessages } from "./builder-messages.js";
import { DraftEditorFrame, type EditorSource } from "./draft-editor.js";
import { isDirty, isEditable, localDraft, redoable, saveState, undoable } from "./draft-save-queue.js";
import { SaveStatus } from "./save-status.js";
import { ConflictNotice, MergeNotice } from "./save-notices.js";
import { StashNotice } from "./stash-notice.js";
import { clearStash, readStash, restoredDraft, type Stash } from "./unsaved-stash.js";
import { useDraftSession } from "./use-draft-session.js";

/**
 * The draft editor saving by REST (use-draft-session.ts): edits saved 800 ms after the last one, a colleague's save
 * merged in, a real conflict put to the person, unsaved edits kept in the browser. The way of a draft without the
 * live connection, and the fallback when the connection cannot be made (`notice` says so).
 */
export function RestDraftEditor({ initial, notice }: { initial: DraftView; notice?: ReactNode }) {
  const { b } = useBuilderMessages();
  const { api } = useSession();
  const handle = useDraftSession(api, initial);
  const { session } = handle;
  // read before the session's first save can clear it
  const [stash, setStash] = useState<Stash | null>(() => (initial.access === "edit" ? readStash(window.localStorage, initial.id, initial.content) : null));
  const view = session.view;
  const editable = isEditable(session);
  const problem = session.problem;

  const restoreStash = async (kept: Stash) => {
    setStash(null);
    let base: QuestionnaireDraft | null = null;
    if (kept.baseRevision !== view.revision) {
      const result = await api.call(questionnaireApi.revision, { params: { draftId: view.id, revision: kept.baseRevision } });
      if (result.ok) base = result.value.content;
    }
    handle.edit(kept.baseRevision === view.revision ? kept.content : restoredDraft(kept, base, localDraft(session)).draft);
  };

  const source: EditorSource = {
    draft: localDraft(session),
    view,
    editable,
    edit: handle.edit,
    undo: handle.undo,
    redo: handle.redo,
    undoable: undoable(session),
    redoable: redoable(session),
    status: <SaveStatus state={saveState(session)} onRetry={handle.saveNow} />,
    notices: (names) => (
      <>
        {notice}
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
      </>
    ),
    showRevision: true,
    historyLocked: isDirty(session),
    onRestored: handle.replaced,
    flush: handle.flush,
    canComment: view.access !== "read" && problem?.kind !== "closed",
    live: null,
  };
  return <DraftEditorFrame source={source} />;
}
