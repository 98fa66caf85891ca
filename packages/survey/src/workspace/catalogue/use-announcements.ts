import type { AnnouncementView } from "@afrapport/schema/api";
import { ok } from "../api/api-error.js";
import { useSession } from "../auth/session-context.js";
import { useLoad, type Load } from "../shell/use-load.js";

export type ArchivedFilter = "include" | "only" | "exclude";

/**
 * The catalogue's announcements with their published questionnaire versions (GET /api/announcements), through the
 * workspace's one loading hook: the list lives in the database now, so every picker waits for it and says why
 * when it cannot be had. Archived announcements only when asked for: they take no new campaigns.
 */
export function useAnnouncements(archived: ArchivedFilter = "exclude"): Load<AnnouncementView[]> {
  const { api } = useSession();
  return useLoad(async () => {
    const result = await api.listAnnouncements(archived);
    return result.ok ? ok(result.value.announcements) : result;
  }, `announcements?archived=${archived}`);
}
