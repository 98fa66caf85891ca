import { useEffect, useState } from "react";
import { LocaleProvider, useLocale } from "../i18n/locale-context.js";
import { RespondentPage } from "../respond/respondent-page.js";
import { AppShell } from "./app-shell.js";
import { LandingPage } from "./landing-page.js";
import { MessagePage } from "./message-page.js";
import { routeFor } from "./route.js";

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
      return <RespondentPage token={route.token} />;
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
