import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { ApiResult } from "../api/api-error.js";
import { WorkspaceApi } from "../api/workspace-api.js";
import type { SessionUser, SignedIn, UserRole } from "@afrapport/schema/api";

/** Where the browser's session stands: asking the server, nobody signed in, or signed in. */
export type SessionState =
  | { status: "loading" }
  | { status: "signedOut"; reason?: "ended" | "loggedOut" }
  | { status: "signedIn"; user: SessionUser; csrfToken: string };

interface SessionContextValue {
  state: SessionState;
  api: WorkspaceApi;
  login(email: string, password: string): Promise<ApiResult<SignedIn>>;
  logout(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | undefined>(undefined);

/**
 * The signed-in user for the whole workspace. Asks `GET /api/auth/me` once on start; any later 401 (the session
 * expired, or was ended elsewhere) signs the person out here too, so the pages send them to the sign-in page.
 */
export function SessionProvider({ children, api: given }: { children: ReactNode; api?: WorkspaceApi }) {
  const api = useMemo(() => given ?? new WorkspaceApi(), [given]);
  const [state, setState] = useState<SessionState>({ status: "loading" });

  useEffect(() => {
    let live = true;
    api.onUnauthenticated = () => {
      api.csrfToken = null;
      if (live) setState((previous) => (previous.status === "signedIn" ? { status: "signedOut", reason: "ended" } : previous));
    };
    void api.me().then((result) => {
      if (!live) return;
      setState(result.ok ? { status: "signedIn", user: result.value.user, csrfToken: result.value.csrfToken } : { status: "signedOut" });
    });
    return () => {
      live = false;
      api.onUnauthenticated = undefined;
    };
  }, [api]);

  const login = useCallback(
    async (email: string, password: string) => {
      const result = await api.login(email, password);
      if (result.ok) setState({ status: "signedIn", user: result.value.user, csrfToken: result.value.csrfToken });
      return result;
    },
    [api],
  );

  const logout = useCallback(async () => {
    await api.logout();
    setState({ status: "signedOut", reason: "loggedOut" });
  }, [api]);

  const value = useMemo(() => ({ state, api, login, logout }), [state, api, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The raw session state and the API; for the sign-in page and the router, which also run signed out. */
export function useSessionState(): SessionContextValue {
  const value = useContext(SessionContext);
  if (value === undefined) throw new Error("useSessionState needs a <SessionProvider> around it");
  return value;
}

export interface Session {
  user: SessionUser;
  role: UserRole;
  /** the user's region (secretariat, reviewer); null for admin and the national board */
  regionCode: string | null;
  csrfToken: string;
  api: WorkspaceApi;
  /** may the user change campaigns at all (secretariat, admin)? A single campaign's `access` says the rest. */
  canManage: boolean;
  logout(): Promise<void>;
}

/** The signed-in session. Only for pages behind the sign-in (the router renders them only when signed in). */
export function useSession(): Session {
  const { state, api, logout } = useSessionState();
  if (state.status !== "signedIn") throw new Error("useSession is for pages shown only when signed in");
  return {
    user: state.user,
    role: state.user.role,
    regionCode: state.user.regionCode,
    csrfToken: state.csrfToken,
    api,
    canManage: state.user.role === "secretariat" || state.user.role === "admin",
    logout,
  };
}
