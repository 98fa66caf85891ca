import type { ReactNode } from "react";
import { useLocale } from "../i18n/locale-context.js";
import { LanguageSwitch } from "./language-switch.js";

/** The frame of every page: skip link, header (banner) with the language switch, main, footer. */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useLocale();
  return (
    <>
      <a className="af-skip-link" href="#indhold">
        {t.skipToContent}
      </a>
      <header className="af-header">
        <div className="af-header__inner">
          <a className="af-brand" href="/">
            <span className="af-brand__name">{t.appName}</span>
            <span className="af-brand__tagline">{t.appTagline}</span>
          </a>
          <LanguageSwitch />
        </div>
      </header>
      <main id="indhold" className="af-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="af-footer">
        <p>{t.footerText}</p>
      </footer>
    </>
  );
}
