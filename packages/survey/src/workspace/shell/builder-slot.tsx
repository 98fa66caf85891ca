import { lazy, Suspense } from "react";
import { Loading } from "./loading.js";

const DraftEditorPage = lazy(() => import("../builder/draft-editor-page.js").then((m) => ({ default: m.DraftEditorPage })));

/**
 * The questionnaire draft editor at /sekretariat/spoergeskemaer/kladder/:id. The editor brings drag and drop and a
 * code editor with it, so it is its own chunk, fetched when a draft is first opened – the rest of the workspace,
 * and never the respondent's page, carries it.
 */
export function BuilderSlot({ draftId }: { draftId: string }) {
  return (
    <Suspense fallback={<Loading />}>
      <DraftEditorPage draftId={draftId} />
    </Suspense>
  );
}
