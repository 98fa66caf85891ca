import { findRegion } from "@afrapport/schema";
import { useDocumentTitle } from "../../app/use-document-title.js";
import { formatDateTime } from "../../format.js";
import { useSession } from "../auth/session-context.js";
import { CampaignStatusBadge } from "../shell/campaign-status-badge.js";
import { Loading } from "../shell/loading.js";
import { Link } from "../shell/navigation.js";
import { InlineProblem } from "../shell/problem.js";
import { useLoad } from "../shell/use-load.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";
import { campaignPath, createCampaignPath } from "../workspace-routes.js";
import { formatResponseRate, responseRate } from "./response-rate.js";

/** /sekretariat/kampagner: the campaigns the user may see, with the share submitted as words and a bar. */
export function CampaignListPage() {
  const { w, locale } = useWorkspaceMessages();
  const { api, role, regionCode, canManage } = useSession();
  useDocumentTitle(w.campaignsTitle);
  const { loaded } = useLoad(() => api.listCampaigns(), "campaigns");

  const regionName = regionCode === null ? null : (findRegion(regionCode)?.name[locale] ?? regionCode);
  const intro = role === "reviewer" ? w.campaignsIntroReviewer : regionName !== null ? w.campaignsIntroRegion(regionName) : w.campaignsIntroAll;

  return (
    <div className="af-ws-page">
      <div className="af-ws-page-head">
        <div>
          <h1>{w.campaignsTitle}</h1>
          <p className="af-lead">{intro}</p>
        </div>
        {canManage && (
          <Link className="af-button af-button--primary" href={createCampaignPath}>
            {w.campaignCreate}
          </Link>
        )}
      </div>
      {loaded.status === "loading" && <Loading />}
      {loaded.status === "error" && <InlineProblem>{loaded.text}</InlineProblem>}
      {loaded.status === "ok" &&
        (loaded.value.campaigns.length === 0 ? (
          <p className="af-ws-empty">{role === "reviewer" ? w.campaignsEmptyReviewer : w.campaignsEmpty}</p>
        ) : (
          <div className="af-ws-table-wrap">
            <table className="af-ws-table">
              <caption className="af-visually-hidden">{w.campaignsTableCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{w.columnTitle}</th>
                  <th scope="col">{w.columnAnnouncement}</th>
                  {regionCode === null && <th scope="col">{w.columnRegion}</th>}
                  <th scope="col">{w.columnDeadline}</th>
                  <th scope="col">{w.columnStatus}</th>
                  <th scope="col">{w.columnResponses}</th>
                </tr>
              </thead>
              <tbody>
                {loaded.value.campaigns.map((campaign) => {
                  const rate = responseRate(campaign.respondents);
                  return (
                    <tr key={campaign.id}>
                      <th scope="row">
                        <Link href={campaignPath(campaign.id)}>{campaign.title}</Link>
                      </th>
                      <td>{campaign.announcementTitle?.[locale] ?? campaign.announcementId}</td>
                      {regionCode === null && <td>{campaign.regionName?.[locale] ?? campaign.regionCode}</td>}
                      <td>{formatDateTime(campaign.deadline, locale)}</td>
                      <td>
                        <CampaignStatusBadge status={campaign.status} />
                      </td>
                      <td className="af-ws-rate">
                        {rate.total === 0 ? (
                          w.responseRateNone
                        ) : (
                          <>
                            <span>{formatResponseRate(rate, locale, w.responseRate)}</span>
                            <span className="af-ws-bar" aria-hidden="true">
                              <span className="af-ws-bar__fill" style={{ width: `${Math.round(rate.fraction * 100)}%` }} />
                            </span>
                          </>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ))}
    </div>
  );
}
