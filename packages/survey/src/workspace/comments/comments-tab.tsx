import "../report/report.css";
import "./comments.css";
import { useId, useMemo, useState } from "react";
import { useSession } from "../auth/session-context.js";
import { sectionAnchor } from "../report/joint-report-view.js";
import { useReportMessages } from "../report/use-report-messages.js";
import type { CampaignTabProps } from "../shell/campaign-tab-props.js";
import { Loading } from "../shell/loading.js";
import { Link } from "../shell/navigation.js";
import { InlineProblem } from "../shell/problem.js";
import { useLoad } from "../shell/use-load.js";
import { campaignPath } from "../workspace-routes.js";
import { countComments, filterComments, type CommentState, type CommentTarget } from "./comment-filter.js";
import { CommentItem } from "./comment-item.js";
import { CommentsContext } from "./comments-context.js";
import { targetNames } from "./target-names.js";
import { useCampaignComments } from "./use-campaign-comments.js";

/**
 * The campaign's "Kommentarer" tab: every comment of the reference group and the secretariat, open ones first
 * by default, filterable, each with a link to the section or response it is about; the secretariat resolves.
 */
export function CommentsTab({ campaign, readOnly }: CampaignTabProps) {
  const { api, role } = useSession();
  const { r, locale } = useReportMessages();
  const report = useLoad(() => api.getReport(campaign.id), campaign.id);
  const summaries = useLoad(() => api.listSummaries(campaign.id), campaign.id);
  const names = useMemo(
    () => targetNames(report.loaded.status === "ok" ? report.loaded.value : undefined, summaries.loaded.status === "ok" ? summaries.loaded.value.summaries : [], locale),
    [report.loaded, summaries.loaded, locale],
  );
  const comments = useCampaignComments(api, campaign.id, { canWrite: !readOnly || role === "reviewer", canResolve: !readOnly, targetName: names });
  const [state, setState] = useState<CommentState>("open");
  const filterId = useId();

  const hrefOf = (target: CommentTarget) =>
    target.type === "section" ? `${campaignPath(campaign.id, "rapport")}#${sectionAnchor(target.sectionId)}` : campaignPath(campaign.id, "rapport", "svar", target.respondentId);

  let body;
  if (comments.loaded.status === "loading") body = <Loading />;
  else if (comments.loaded.status === "error") body = <InlineProblem>{comments.loaded.text}</InlineProblem>;
  else {
    const counts = countComments(comments.value.comments);
    const shown = filterComments(comments.value.comments, state);
    body = (
      <>
        <fieldset className="af-filter">
          <legend>{r.commentsFilter}</legend>
          {(["open", "resolved", "all"] as const).map((option) => (
            <label key={option}>
              <input type="radio" name={filterId} value={option} checked={state === option} onChange={() => setState(option)} />
              {option === "open" ? r.commentsOpen(counts.open) : option === "resolved" ? r.commentsResolved(counts.resolved) : r.commentsAll(counts.all)}
            </label>
          ))}
        </fieldset>
        <div aria-live="polite">
          {shown.length === 0 ? (
            <p className="af-hint">{r.commentsNone}</p>
          ) : (
            <ul className="af-comments">
              {shown.map((comment) => (
                <CommentItem key={comment.id} comment={comment} showTarget>
                  <Link href={hrefOf(comment.target)} className="af-comment__goto">
                    {comment.target.type === "section" ? r.commentTargetSection(names(comment.target)) : r.commentTargetResponse(names(comment.target))}
                  </Link>
                </CommentItem>
              ))}
            </ul>
          )}
        </div>
      </>
    );
  }

  return (
    <CommentsContext.Provider value={comments.value}>
      <div className="af-comments-page">
        <h2>{r.commentsHeading}</h2>
        <p className="af-report__intro">{r.commentsIntro}</p>
        {body}
      </div>
    </CommentsContext.Provider>
  );
}
