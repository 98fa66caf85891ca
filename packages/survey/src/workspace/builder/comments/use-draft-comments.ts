import { draftCommentApi, type DraftParticipant, type DraftThread } from "@afrapport/schema/api";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ApiResult, WorkspaceApi } from "../../api/workspace-api.js";
import { withThread } from "./comment-threads.js";

export interface DraftComments {
  threads: readonly DraftThread[];
  participants: readonly DraftParticipant[];
  status: "loading" | "ok" | "error";
  reload(): void;
  start(element: string | null, body: string, mentions: string[]): Promise<ApiResult<unknown>>;
  reply(threadId: string, body: string, mentions: string[]): Promise<ApiResult<unknown>>;
  resolve(threadId: string, resolved: boolean): Promise<ApiResult<unknown>>;
}

/**
 * The draft's comment threads and who may be mentioned. Fetched on opening, again whenever `changedAt` changes (the
 * server marks every change of a thread in the shared document, so a colleague's comment arrives by itself), and
 * after each of one's own changes the server's answer replaces the thread at once.
 */
export function useDraftComments(api: WorkspaceApi, draftId: string, changedAt: string | null): DraftComments {
  const [threads, setThreads] = useState<readonly DraftThread[]>([]);
  const [participants, setParticipants] = useState<readonly DraftParticipant[]>([]);
  const [status, setStatus] = useState<DraftComments["status"]>("loading");
  const [round, setRound] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const call = ++latest.current;
    void api.call(draftCommentApi.listThreads, { params: { draftId } }).then((result) => {
      if (call !== latest.current) return;
      if (result.ok) {
        setThreads(result.value.threads);
        setStatus("ok");
      } else setStatus((previous) => (previous === "ok" ? previous : "error"));
    });
  }, [api, draftId, changedAt, round]);

  useEffect(() => {
    let live = true;
    void api.call(draftCommentApi.participants, { params: { draftId } }).then((result) => {
      if (live && result.ok) setParticipants(result.value.users);
    });
    return () => {
      live = false;
    };
  }, [api, draftId]);

  const took = useCallback(<T extends { thread: DraftThread }>(result: ApiResult<T>): ApiResult<T> => {
    if (result.ok) {
      // a fetch still on its way knows less than this answer
      latest.current++;
      setThreads((known) => withThread(known, result.value.thread));
    }
    return result;
  }, []);

  return {
    threads,
    participants,
    status,
    reload: useCallback(() => setRound((n) => n + 1), []),
    start: useCallback(
      async (element, body, mentions) => took(await api.call(draftCommentApi.createThread, { params: { draftId }, body: { element, body, mentions } })),
      [api, draftId, took],
    ),
    reply: useCallback(async (threadId, body, mentions) => took(await api.call(draftCommentApi.replyThread, { params: { draftId, threadId }, body: { body, mentions } })), [api, draftId, took]),
    resolve: useCallback(async (threadId, resolved) => took(await api.call(draftCommentApi.resolveThread, { params: { draftId, threadId }, body: { resolved } })), [api, draftId, took]),
  };
}
