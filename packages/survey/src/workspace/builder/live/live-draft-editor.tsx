import type { DraftView } from "@afrapport/schema/api";
import { formatTime } from "../../../format.js";
import { useSession } from "../../auth/session-context.js";
import { Loading } from "../../shell/loading.js";
import { InlineProblem } from "../../shell/problem.js";
import { DraftEditorFrame, type EditorSource } from "../draft-editor.js";
import { RestDraftEditor } from "../rest-draft-editor.js";
import { useLiveMessages } from "./live-messages.js";
import { LiveStatus } from "./live-status.js";
import { useLiveDraft } from "./use-live-draft.js";

/**
 * The draft editor on the live connection: the draft is a shared document, each edit is shared at once, and the
 * others are shown where they are. Until the first sync a loading line; a connection that cannot be made (a
 * proxy without WebSockets) falls back to saving by REST, with a notice; a connection the server ends (signed out,
 * no longer allowed, the draft published or deleted) leaves the draft read-only, with the reason.
 */
export function LiveDraftEditor({ initial }: { initial: DraftView }) {
  const { user } = useSession();
  const { l, locale } = useLiveMessages();
  const canEdit = initial.access === "edit";
  const live = useLiveDraft(initial.id, user, canEdit);
  const { state, snapshot } = live;

  if (state.kind === "unavailable") return <RestDraftEditor initial={initial} notice={<p className="af-notice af-builder-notice">{l.fallback}</p>} />;
  if (snapshot.draft === null) {
    if (state.kind === "ended") return <InlineProblem>{l.ended[state.reason]}</InlineProblem>;
    return <Loading label={l.loading} />;
  }

  const editable = canEdit && state.kind !== "ended";
  const source: EditorSource = {
    draft: snapshot.draft,
    view: initial,
    editable,
    edit: live.edit,
    undo: live.undo,
    redo: live.redo,
    undoable: editable && snapshot.canUndo,
    redoable: editable && snapshot.canRedo,
    status: <LiveStatus state={state} />,
    notices: () => (
      <>
        {state.kind === "ended" && <InlineProblem>{l.ended[state.reason]}</InlineProblem>}
        {live.stashMergedAt !== null && (
          <p className="af-notice af-notice--success af-builder-notice" role="status">
            {l.stashMerged(formatTime(live.stashMergedAt, locale))}
          </p>
        )}
      </>
    ),
    showRevision: false,
    historyLocked: false,
    // the server writes the restored content into the shared document: it arrives like a colleague's edit
    onRestored: () => undefined,
    flush: live.flush,
    canComment: initial.access !== "read" && state.kind !== "ended",
    live: { peers: live.peers, setFocus: live.setFocus, commentsChangedAt: snapshot.commentsChangedAt },
  };
  return <DraftEditorFrame source={source} />;
}
