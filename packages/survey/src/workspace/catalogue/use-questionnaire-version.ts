import type { QuestionnaireVersion } from "@afrapport/schema";
import { ok, type ApiResult } from "../api/api-error.js";
import type { WorkspaceApi } from "../api/workspace-api.js";
import { useSession } from "../auth/session-context.js";
import type { ApiErrorWords } from "../shell/api-error-text.js";
import { useLoad, type Load } from "../shell/use-load.js";

// A published version never changes, so one fetched is kept for the session: paging through a campaign's
// responses fetches each questionnaire once. Per API instance, so a sign-out (a new instance) starts afresh.
const fetched = new WeakMap<WorkspaceApi, Map<string, QuestionnaireVersion>>();

async function loadVersion(api: WorkspaceApi, announcementId: string, key: string, version: string): Promise<ApiResult<QuestionnaireVersion>> {
  const id = `${announcementId}/${key}@${version}`;
  const cache = fetched.get(api) ?? new Map<string, QuestionnaireVersion>();
  fetched.set(api, cache);
  const cached = cache.get(id);
  if (cached !== undefined) return ok(cached);
  const result = await api.questionnaireVersion(announcementId, key, version);
  if (!result.ok) return result;
  cache.set(id, result.value.version.questionnaire);
  return ok(result.value.version.questionnaire);
}

/** One published questionnaire version from the catalogue (GET /api/announcements/:a/questionnaires/:key/versions/:v). */
export function useQuestionnaireVersion(announcementId: string, key: string, version: string, words?: ApiErrorWords): Load<QuestionnaireVersion> {
  const { api } = useSession();
  return useLoad(() => loadVersion(api, announcementId, key, version), `${announcementId}/${key}@${version}`, words);
}
