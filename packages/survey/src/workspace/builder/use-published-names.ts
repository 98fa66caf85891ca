import { listQuestions, parseQuestionnaireVersionId } from "@afrapport/schema";
import { useEffect, useState } from "react";
import type { WorkspaceApi } from "../api/workspace-api.js";

const none: ReadonlySet<string> = new Set();

/**
 * The question names of the published version a draft is based on (none for a new questionnaire), so renaming one
 * of them is recorded in previousNames and the diff sees a rename. Until it has loaded – or if it cannot be – the
 * set is empty and a rename is a plain rename, which publishing's diff then reports as removed and added.
 */
export function usePublishedNames(api: WorkspaceApi, basedOn: string | null): ReadonlySet<string> {
  const [names, setNames] = useState<ReadonlySet<string>>(none);
  useEffect(() => {
    const parts = basedOn === null ? undefined : parseQuestionnaireVersionId(basedOn);
    if (parts === undefined) return;
    let live = true;
    void api.questionnaireVersion(parts.announcement, parts.key, parts.version).then((result) => {
      if (live && result.ok) setNames(new Set(listQuestions(result.value.version.questionnaire).map((question) => question.name)));
    });
    return () => {
      live = false;
    };
  }, [api, basedOn]);
  return names;
}
