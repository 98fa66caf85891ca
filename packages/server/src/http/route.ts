import { ErrorBodySchema, type RouteBody, type RouteDef, type RouteParams, type RouteQuery, type RouteReply } from "@afrapport/schema/api";
import type { Request, RequestHandler, Response, Router } from "express";
import { parseInput } from "./parse.js";

/** Where the app mounts every API router; the contract's paths include it, a router's routes do not. */
export const API_PREFIX = "/api";

/** The app setting that turns on checking every JSON response against its route's schema (tests). */
export const CHECK_RESPONSES = "afrapport check responses";

export interface RouteInputs<R extends RouteDef> {
  params: RouteParams<R>;
  query: RouteQuery<R>;
  body: RouteBody<R>;
}

/**
 * A route's handler: it gets the parsed input and returns the reply its contract declares, or undefined when it
 * wrote the response itself (downloads, streams).
 */
export type RouteHandler<R extends RouteDef> = (input: RouteInputs<R>, req: Request, res: Response) => Promise<RouteReply<R> | void> | RouteReply<R> | void;

/**
 * Mounts one route of the contract on a router (mounted at API_PREFIX): the given middleware first (sign-in,
 * role, rate limit), then its params, query and body parsed with the contract's schemas (a 400 naming the field),
 * then the handler. Multipart bodies are left to the route's own middleware.
 */
export function mountRoute<R extends RouteDef>(router: Router, route: R, ...chain: [...RequestHandler[], RouteHandler<R>]): void {
  const handler = chain.pop() as RouteHandler<R>;
  const middleware = chain as RequestHandler[];
  const parseBody = route.body !== undefined && (route.bodyContentType ?? "application/json") === "application/json";
  const check: RequestHandler = (req, res, next) => {
    if (req.app.get(CHECK_RESPONSES) === true) checkResponses(route, res);
    next();
  };
  if (!route.path.startsWith(`${API_PREFIX}/`)) throw new Error(`mountRoute: ${route.path} is not under ${API_PREFIX}`);
  router[route.method](route.path.slice(API_PREFIX.length), check, ...middleware, async (req: Request, res: Response) => {
    const input = {
      params: route.params ? parseInput(route.params, req.params, "params") : {},
      query: route.query ? parseInput(route.query, req.query, "query") : {},
      body: parseBody ? parseInput(route.body!, req.body) : undefined,
    } as RouteInputs<R>;
    const reply = await handler(input, req, res);
    if (reply === undefined) return;
    if (reply.body === undefined) res.status(reply.status).end();
    else res.status(reply.status).json(reply.body);
  });
}

/**
 * Wraps res.json so that a body that does not match what the contract declares for its status is replaced by a
 * 500 naming the mismatch (and logged): a drift between server and contract fails the test that met it. Errors
 * are checked against the common error body, plus the route's extra keys where it declares them.
 */
function checkResponses(route: RouteDef, res: Response): void {
  const json = res.json.bind(res);
  res.json = (body: unknown) => {
    res.json = json;
    const drift = findDrift(route, res.statusCode, body);
    if (drift === undefined) return json(body);
    console.error(drift);
    return res.status(500).json({ error: { code: "internal", message: drift } });
  };
}

/** How a reply differs from what the contract declares for its status, or undefined when it does not. */
export function findDrift(route: RouteDef, status: number, body: unknown): string | undefined {
  const declared = route.responses[status];
  const where = `${route.method.toUpperCase()} ${route.path} → ${status}`;
  if (status < 400) {
    if (declared === undefined) return `Response drift: ${where} is not a status the contract declares.`;
    if (declared.schema === undefined || declared.contentType !== undefined) return undefined;
    return mismatch(declared.schema, body, where);
  }
  return mismatch(ErrorBodySchema, body, where) ?? (declared?.schema === undefined ? undefined : mismatch(declared.schema, body, where));
}

function mismatch(schema: NonNullable<RouteDef["body"]>, body: unknown, where: string): string | undefined {
  const result = schema.safeParse(body);
  if (result.success) return undefined;
  const issues = result.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(body)"}: ${i.message}`);
  return `Response drift: ${where} does not match its schema – ${issues.join("; ")}`;
}
