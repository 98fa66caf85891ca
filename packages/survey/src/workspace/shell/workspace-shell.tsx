import { findRegion } from "@afrapport/schema";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { LanguageSwitch } from "../../app/language-switch.js";
import { useSessionState } from "../auth/session-context.js";
import { useQuestionnairesMessages } from "../questionnaires/questionnaires-messages.js";
import { usersMessagesFor } from "../users/users-messages.js";
import { campaignsPath, nationalPath, questionnairesPath, usersPath } from "../workspace-routes.js";
import { Link, useLocation } from "./navigation.js";
import { useWorkspaceMessages } from "./use-workspace-messages.js";
import "./workspace.css";
import "./workspace-forms.css";
import "./workspace-tables.css";

/**
 * The workspace's frame: skip link; a header (banner) with the app's name, who is signed in, their region, the
 * language switch and "Log ud"; the main navigation; main; footer. After an in-app navigation focus moves to
 * main, so a screen reader starts reading the new page from the top.
 */
export function WorkspaceShell({ children }: { children: ReactNode }) {
  const { w, t, locale } = useWorkspaceMessages();
  const { q } = useQuestionnairesMessages();
  const { state, logout } = useSessionState();
  const { pathname } = useLocation();
  const [leaving, setLeaving] = useState(false);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: false });
  }, [pathname]);

  const user = state.status === "signedIn" ? state.user : null;
  const national = user?.role === "national" || pathname.startsWith(nationalPath);
  // a reviewer without a region reviews the campaigns it is added to, not "all regions"
  const regionName =
    user === null ? null : user.regionCode !== null ? (findRegion(user.regionCode)?.name[locale] ?? user.regionCode) : user.role === "reviewer" ? null : w.allRegions;
  const navItems =
    user === null
      ? []
      : [
          ...(user.role !== "national" ? [{ href: campaignsPath, label: w.navCampaigns }] : []),
          // reviewers read the catalogue too (the API lets every role read it); the national board keeps to its own view
          ...(user.role !== "national" ? [{ href: questionnairesPath, label: q.navQuestionnaires }] : []),
          ...(user.role === "national" || user.role === "admin" ? [{ href: nationalPath, label: w.navNational }] : []),
          ...(user.role === "admin" ? [{ href: usersPath, label: usersMessagesFor(locale).navUsers }] : []),
        ];

  return (
    <div className="af-workspace">
      <a className="af-skip-link" href="#indhold">
        {t.skipToContent}
      </a>
      <header className="af-header">
        <div className="af-header__inner af-ws-header">
          <a className="af-brand" href={user?.role === "national" ? nationalPath : campaignsPath}>
            <span className="af-brand__name">{t.appName}</span>
            <span className="af-brand__tagline">{national ? w.nationalTagline : w.workspaceTagline}</span>
          </a>
          <div className="af-ws-header__tools">
            {user !== null && (
              <p className="af-ws-user">
                <span className="af-ws-user__name">{w.signedInAs(user.name)}</span>
                <span className="af-ws-user__role">
                  {w.roleNames[user.role]}
                  {regionName === null ? "" : ` · ${regionName}`}
                </span>
              </p>
            )}
            <LanguageSwitch />
            {user !== null && (
              <button
                type="button"
                className="af-ws-logout"
                disabled={leaving}
                onClick={() => {
                  setLeaving(true);
                  void logout().finally(() => setLeaving(false));
                }}
              >
                {leaving ? w.loggingOut : w.logout}
              </button>
            )}
          </div>
        </div>
        {navItems.length > 0 && (
          <nav className="af-ws-nav" aria-label={w.workspaceNavLabel}>
            <ul>
              {navItems.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} aria-current={pathname.startsWith(item.href) ? "page" : undefined}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="indhold" className="af-main af-ws-main" tabIndex={-1} ref={main}>
        {children}
      </main>
      <footer className="af-footer">
        <p>{t.footerText}</p>
      </footer>
    </div>
  );
}
