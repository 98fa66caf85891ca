import { authApi, routeUrl, type RouteDef, type RouteInput, type RouteOutput, type SessionUser } from "@afrapport/schema/api";

/** A 4xx or 5xx answer, with the `{ error: { code, message, field? } }` body the server sends. */
export class ApiError extends Error {
  constructor(
    readonly route: RouteDef,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`${route.method.toUpperCase()} ${route.path} answered ${status}: ${JSON.stringify(body)}`);
  }
}

export interface ApiClient {
  /**
   * Calls a route of the contract: the URL comes from the route and its parameters, the answer is checked against
   * the schema the contract declares for its status, so the example notices a server that drifts from it.
   */
  call<R extends RouteDef>(route: R, input: RouteInput<R>): Promise<RouteOutput<R>>;
  /** Signs in; the session cookie and CSRF token go with every later call. */
  signIn(email: string, password: string): Promise<SessionUser>;
}

/**
 * A client of Afrapport's HTTP API on plain fetch – what any program written against the OpenAPI document would
 * do. Without signIn it is a respondent's client: invite links need no session.
 */
export function apiClient(baseUrl: string): ApiClient {
  const cookies = new Map<string, string>();
  let csrfToken: string | undefined;

  async function call<R extends RouteDef>(route: R, input: RouteInput<R>): Promise<RouteOutput<R>> {
    // RouteInput is a conditional type; read through one plain shape rather than narrowing it per route.
    const { params, query, body } = input as { params?: Record<string, unknown>; query?: Record<string, unknown>; body?: unknown };
    const headers = new Headers({ accept: "application/json" });
    if (body !== undefined) headers.set("content-type", "application/json");
    if (cookies.size > 0) headers.set("cookie", [...cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    if (route.method !== "get" && csrfToken !== undefined) headers.set("x-csrf-token", csrfToken);

    const response = await fetch(baseUrl + routeUrl(route, params, query), {
      method: route.method.toUpperCase(),
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(";")[0] ?? "";
      const eq = pair.indexOf("=");
      if (eq > 0) cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    const text = await response.text();
    const json: unknown = text === "" ? undefined : JSON.parse(text);
    if (!response.ok) throw new ApiError(route, response.status, json);

    const schema = route.responses[response.status]?.schema;
    if (schema === undefined) return json as RouteOutput<R>;
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new Error(`${route.method.toUpperCase()} ${route.path}: the answer does not match the contract: ${parsed.error.message}`);
    return parsed.data as RouteOutput<R>;
  }

  return {
    call,
    async signIn(email, password) {
      const signedIn = await call(authApi.login, { body: { email, password } });
      csrfToken = signedIn.csrfToken;
      return signedIn.user;
    },
  };
}
