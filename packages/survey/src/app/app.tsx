import { lazy, Suspense, useEffect, useState } from "react";
import { LocaleProvider, useLocale } from "../i18n/locale-context.js";
import { AppShell } from "./app-shell.js";
import { LandingPage } from "./landing-page.js";
import { MessagePage } from "./message-page.js";
import { routeFor } from "./route.js";

// The questionnaire (survey-core and survey-react-ui) loads only on a respondent link, not on the landing page.
const RespondentPage = lazy(() => import("../respond/respondent-page.js").then((m) => ({ default: m.RespondentPage })));

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
    case "secretariat":
      return (
        <MessagePage title={t.secretariatTitle}>
          <p>{t.secretariatText}</p>
          <p>
            <a href="/">{t.backToFrontPage}</a>
          </p>
        </MessagePage>
      );
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

export function App() {
  return (
    <LocaleProvider>
      <AppShell>
        <Routes />
      </AppShell>
    </LocaleProvider>
  );
}
