import { lazy, Suspense, useEffect, useState } from "react";
import { LocaleProvider, useLocale } from "../i18n/locale-context.js";
import { AppShell } from "./app-shell.js";
import { LandingPage } from "./landing-page.js";
import { MessagePage } from "./message-page.js";
import { routeFor } from "./route.js";

// The questionnaire (survey-core and survey-react-ui) loads only on a respondent link, not on the landing page.
const RespondentPage = lazy(() => import("../respond/respondent-page.js").then((m) => ({ default: m.RespondentPage })));
// The workspace (/sekretariat/*, /national/*) has its own frame and loads only there.
const WorkspaceApp = lazy(() => import("../workspace/shell/workspace-app.js").then((m) => ({ default: m.WorkspaceApp })));

function Loading() {
  const { t } = useLocale();
  return (
    <div className="af-page">
      <p className="af-loading" role="status">
        {t.loading}
      </p>
    </div>
  );
}

function usePathname(): string {
  const [pathname, setPathname] = useState(() => window.location.pathname);
  useEffect(() => {
    const update = () => setPathname(window.location.pathname);
    window.addEventListener("popstate", update);
    return () => window.removeEventListener("popstate", update);
  }, []);
  return pathname;
}

function Routes() {
  const { t } = useLocale();
  const route = routeFor(usePathname());
  switch (route.page) {
    case "landing":
      return <LandingPage />;
    case "respond":
      return (
        <Suspense fallback={<Loading />}>
          <RespondentPage token={route.token} />
        </Suspense>
      );
    case "workspace":
      return null;
    case "notFound":
      return (
        <MessagePage title={t.notFoundTitle} tone="problem">
          <p>{t.notFoundText}</p>
          <p>
            <a href="/">{t.backToFrontPage}</a>
          </p>
        </MessagePage>
      );
  }
}

function Frame() {
  if (routeFor(usePathname()).page === "workspace") {
    return (
      <Suspense fallback={null}>
        <WorkspaceApp />
      </Suspense>
    );
  }
  return (
    <AppShell>
      <Routes />
    </AppShell>
  );
}

export function App() {
  return (
    <LocaleProvider>
      <Frame />
    </LocaleProvider>
  );
}
