import { Suspense } from "react";
import { useDocumentTitle } from "../../app/use-document-title.js";
import { formatDateTime } from "../../format.js";
import { useSession } from "../auth/session-context.js";
import { campaignPath, campaignsPath } from "../workspace-routes.js";
import { Breadcrumbs } from "./breadcrumbs.js";
import { visibleTabs } from "./campaign-tabs.js";
import { CampaignStatusBadge } from "./campaign-status-badge.js";
import { Loading } from "./loading.js";
import { Link } from "./navigation.js";
import { InlineProblem, ProblemPage } from "./problem.js";
import { useLoad } from "./use-load.js";
import { useWorkspaceMessages } from "./use-workspace-messages.js";

/**
 * One campaign: breadcrumbs, its title and key facts, the tab bar (links, one address per tab, the current one
 * marked aria-current) and the current tab's page.
 */
export function CampaignPage({ campaignId, tab, rest }: { campaignId: string; tab: string; rest: string[] }) {
  const { w, locale } = useWorkspaceMessages();
  const { api, role } = useSession();
  const { loaded, reload } = useLoad(() => api.getCampaign(campaignId), campaignId);

  if (loaded.status === "loading") return <Loading />;
  if (loaded.status === "error") {
    if (loaded.error.status === 404 || loaded.error.status === 403) {
      return (
        <ProblemPage title={w.campaignNotFoundTitle}>
          <p>{w.campaignNotFoundText}</p>
          <p>
            <Link href={campaignsPath}>{w.backToCampaigns}</Link>
          </p>
        </ProblemPage>
      );
    }
    return <InlineProblem>{loaded.text}</InlineProblem>;
  }

  const campaign = loaded.value.campaign;
  const tabs = visibleTabs(campaign, role);
  const current = tabs.find((candidate) => candidate.slug === tab);
  const readOnly = campaign.access !== "manage";
  return (
    <div className="af-ws-page">
      <Breadcrumbs
        items={[
          { label: w.navCampaigns, href: campaignsPath },
          { label: campaign.title, href: campaignPath(campaign.id) },
          { label: current?.label(w) ?? w.pageNotFoundTitle },
        ]}
      />
      <CampaignTitle title={campaign.title} tab={current?.label(w) ?? w.pageNotFoundTitle} />
      <dl className="af-ws-facts">
        <div>
          <dt>{w.factAnnouncement}</dt>
          <dd>{campaign.announcementTitle?.[locale] ?? campaign.announcementId}</dd>
        </div>
        <div>
          <dt>{w.factRegion}</dt>
          <dd>{campaign.regionName?.[locale] ?? campaign.regionCode}</dd>
        </div>
        <div>
          <dt>{w.factStatus}</dt>
          <dd>
            <CampaignStatusBadge status={campaign.status} />
          </dd>
        </div>
        <div>
          <dt>{w.factDeadline}</dt>
          <dd>{formatDateTime(campaign.deadline, locale)}</dd>
        </div>
      </dl>
      {readOnly && <p className="af-ws-readonly">{w.readOnlyNotice}</p>}
      <nav className="af-ws-tabs" aria-label={w.campaignTabsLabel}>
        <ul>
          {tabs.map((candidate) => (
            <li key={candidate.slug}>
              <Link href={campaignPath(campaign.id, candidate.slug)} aria-current={candidate === current ? "page" : undefined}>
                {candidate.label(w)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="af-ws-tabpanel">
        {current === undefined ? (
          <p>{w.pageNotFoundText}</p>
        ) : current.component === null ? (
          <Loading />
        ) : (
          <Suspense fallback={<Loading />}>
            <current.component campaign={campaign} readOnly={readOnly} reloadCampaign={reload} rest={rest} />
          </Suspense>
        )}
      </div>
    </div>
  );
}

function CampaignTitle({ title, tab }: { title: string; tab: string }) {
  useDocumentTitle(`${tab} – ${title}`);
  return <h1>{title}</h1>;
}
