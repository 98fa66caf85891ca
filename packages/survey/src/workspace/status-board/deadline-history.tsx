import { formatDateTime } from "../../format.js";
import { useSession } from "../auth/session-context.js";
import { Loading } from "../shell/loading.js";
import { InlineProblem } from "../shell/problem.js";
import { useLoad } from "../shell/use-load.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";

/** Who extended the deadline, when, for whom, from what to what, and why – oldest first. */
export function DeadlineHistory({ campaignId, version }: { campaignId: string; version: number }) {
  const { w, locale } = useWorkspaceMessages();
  const { api } = useSession();
  const { loaded } = useLoad(() => api.deadlineHistory(campaignId), `${campaignId}:${version}`);
  if (loaded.status === "loading") return <Loading />;
  if (loaded.status === "error") return <InlineProblem>{loaded.text}</InlineProblem>;
  const extensions = loaded.value.extensions;
  if (extensions.length === 0) return <p>{w.historyEmpty}</p>;
  return (
    <div className="af-ws-table-wrap">
      <table className="af-ws-table">
        <caption className="af-visually-hidden">{w.historyCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{w.historyWhen}</th>
            <th scope="col">{w.historyWho}</th>
            <th scope="col">{w.historyScope}</th>
            <th scope="col">{w.historyFrom}</th>
            <th scope="col">{w.historyTo}</th>
            <th scope="col">{w.historyReason}</th>
          </tr>
        </thead>
        <tbody>
          {extensions.map((extension) => (
            <tr key={extension.id}>
              <th scope="row">{formatDateTime(extension.extendedAt, locale)}</th>
              <td>{extension.extendedBy.name ?? w.none}</td>
              <td>{extension.respondent === null ? w.historyWholeCampaign : (extension.respondent.name ?? w.none)}</td>
              <td>{extension.previousDeadline === null ? w.none : formatDateTime(extension.previousDeadline, locale)}</td>
              <td>{formatDateTime(extension.newDeadline, locale)}</td>
              <td className="af-ws-pre">{extension.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
