import { useEffect } from "react";
import { SessionProvider, useSessionState } from "../auth/session-context.js";
import { LoginPage } from "../auth/login-page.js";
import { CampaignListPage } from "../campaigns/campaign-list-page.js";
import { CreateCampaignPage } from "../campaigns/create-campaign-page.js";
import { QuestionnairesPage } from "../questionnaires/questionnaires-page.js";
import { VersionPage } from "../questionnaires/version-page.js";
import { SetPasswordPage } from "../users/set-password-page.js";
import { UsersPage } from "../users/users-page.js";
import { homePathFor, loginPathFor, workspaceRouteFor, type WorkspaceRoute } from "../workspace-routes.js";
import { BuilderSlot } from "./builder-slot.js";
import { CampaignPage } from "./campaign-page.js";
import { Loading } from "./loading.js";
import { nationalView as NationalView } from "./national-slot.js";
import { navigate, useLocation } from "./navigation.js";
import { ProblemPage } from "./problem.js";
import { useWorkspaceMessages } from "./use-workspace-messages.js";
import { WorkspaceShell } from "./workspace-shell.js";

/** The secretariat's, reviewers' and national board's part of the app: /sekretariat/* and /national/*. */
export function WorkspaceApp() {
  return (
    <SessionProvider>
      <WorkspaceShell>
        <WorkspaceRoutes />
      </WorkspaceShell>
    </SessionProvider>
  );
}

function WorkspaceRoutes() {
  const { pathname, search } = useLocation();
  const { state } = useSessionState();
  const route = workspaceRouteFor(pathname, search);
  const redirect = redirectFor(route, state.status === "signedIn" ? state.user.role : state.status, pathname + search);

  useEffect(() => {
    if (redirect !== null) navigate(redirect, { replace: true });
  }, [redirect]);

  // the set-password page works signed in or out: the link in the address is what counts
  if (route.page === "setPassword") return <SetPasswordPage token={route.token} />;
  if (state.status === "loading" || redirect !== null) return <Loading />;
  if (route.page === "login") return <LoginPage returnTo={route.returnTo} ended={state.status === "signedOut" && state.reason === "ended"} />;
  if (state.status !== "signedIn") return <Loading />;
  return <SignedInPage route={route} role={state.user.role} />;
}

/** Signed out: to the sign-in page (and back afterwards). Signed in on the sign-in page: on to where they were going. */
function redirectFor(route: WorkspaceRoute, who: string, here: string): string | null {
  if (who === "loading" || route.page === "setPassword") return null;
  if (who === "signedOut") return route.page === "login" ? null : loginPathFor(here);
  if (route.page === "login") return route.returnTo ?? homePathFor(who);
  if (route.page === "campaigns" && who === "national") return homePathFor(who);
  return null;
}

function SignedInPage({ route, role }: { route: WorkspaceRoute; role: string }) {
  const { w } = useWorkspaceMessages();
  switch (route.page) {
    case "campaigns":
      return <CampaignListPage />;
    case "createCampaign":
      return role === "secretariat" || role === "admin" ? <CreateCampaignPage /> : <Forbidden />;
    case "campaign":
      return <CampaignPage key={route.campaignId} campaignId={route.campaignId} tab={route.tab} rest={route.rest} />;
    case "questionnaires":
      return <QuestionnairesPage />;
    case "draft":
      // a secretariat or an admin edits drafts; a reviewer follows one of their region live and comments (issue 12);
      // the server answers anyone else as if the draft did not exist
      return role === "secretariat" || role === "admin" || role === "reviewer" ? <BuilderSlot key={route.draftId} draftId={route.draftId} /> : <Forbidden />;
    case "questionnaireVersion":
      return (
        <VersionPage
          key={`${route.announcementId}/${route.key}@${route.version}`}
          announcementId={route.announcementId}
          questionnaireKey={route.key}
          version={route.version}
        />
      );
    case "users":
      return role === "admin" ? <UsersPage /> : <Forbidden />;
    case "national":
      if (role !== "national" && role !== "admin") return <Forbidden />;
      return NationalView === null ? <Loading /> : <NationalView rest={route.rest} />;
    case "login":
    case "setPassword":
    case "notFound":
      return (
        <ProblemPage title={w.pageNotFoundTitle}>
          <p>{w.pageNotFoundText}</p>
        </ProblemPage>
      );
  }
}

function Forbidden() {
  const { w } = useWorkspaceMessages();
  return (
    <ProblemPage title={w.forbiddenTitle}>
      <p>{w.forbiddenText}</p>
    </ProblemPage>
  );
}
