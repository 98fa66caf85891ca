import { questionnaireApi } from "@afrapport/schema/api";
import { useSession } from "../auth/session-context.js";
import { Breadcrumbs } from "../shell/breadcrumbs.js";
import { Loading } from "../shell/loading.js";
import { LoadProblem } from "../shell/problem.js";
import { useLoad } from "../shell/use-load.js";
import { questionnairesPath } from "../workspace-routes.js";
import { useBuilderMessages } from "./builder-messages.js";
import { LiveDraftEditor } from "./live/live-draft-editor.js";
import { RestDraftEditor } from "./rest-draft-editor.js";
import "./builder.css";

/** /sekretariat/spoergeskemaer/kladder/:draftId – one questionnaire draft in the editor. */
export function DraftEditorPage({ draftId }: { draftId: string }) {
  const { b } = useBuilderMessages();
  const { api } = useSession();
  const { loaded, reload } = useLoad(() => api.call(questionnaireApi.getDraft, { params: { draftId } }), draftId);
  if (loaded.status === "ok") {
    const draft = loaded.value.draft;
    // a draft the server shares live is edited live; otherwise (or without the live endpoint) saved by REST
    return draft.live === true ? <LiveDraftEditor key={draftId} initial={draft} /> : <RestDraftEditor key={draftId} initial={draft} />;
  }
  return (
    <div className="af-ws-page">
      <Breadcrumbs items={[{ label: b.crumbQuestionnaires, href: questionnairesPath }, { label: draftId }]} />
      {loaded.status === "loading" ? <Loading /> : <LoadProblem text={loaded.text} onRetry={reload} />}
    </div>
  );
}
