import type { RequestListener } from "node:http";
import { fileURLToPath } from "node:url";
import express, { type Request, type RequestHandler } from "express";
import { auditRoutes } from "./audit/audit.routes.js";
import { authRoutes } from "./auth/auth.routes.js";
import { oidcRoutes } from "./auth/oidc/oidc.routes.js";
import { csrfMiddleware } from "./auth/csrf.js";
import { originCheck } from "./auth/origin-check.js";
import { sessionMiddleware } from "./auth/session.js";
import type { AppDeps, ResolvedAppDeps } from "./app-deps.js";
import { errorMiddleware } from "./http/error-middleware.js";
import { frontEndRoutes } from "./http/front-end.js";
import { HttpError } from "./http/http-error.js";
import { jsonShapeGuard } from "./http/parse.js";
import { CHECK_RESPONSES } from "./http/route.js";
import { openApiRoutes } from "./openapi/openapi.routes.js";
import { userRoutes } from "./user/user.routes.js";
import { userInvitationRoutes } from "./user/user-invitation.routes.js";
import { reviewerRoutes } from "./reviewer/reviewer.routes.js";
import { draftCommentRoutes } from "./coauthor/comments/draft-comment.routes.js";
import { liveHub } from "./coauthor/live-hub.js";
import { attachmentRoutes } from "./attachment/attachment.routes.js";
import { campaignRoutes } from "./campaign/campaign.routes.js";
import { reportRoutes } from "./report/report.routes.js";
import { respondentRoutes } from "./respondent/respondent.routes.js";
import { withAutosaveLane } from "./response/autosave-lane.js";
import { respondRoutes } from "./response/respond.routes.js";
import { responseRoutes } from "./response/response.routes.js";
import { summaryRoutes } from "./summary/summary.routes.js";
import { namedOfferRoutes } from "./named-offer/named-offer.routes.js";
import { nationalRoutes } from "./national/national.routes.js";
import { outboxRoutes } from "./outbox/outbox.routes.js";
import { reminderRoutes } from "./reminder/reminder.routes.js";
import { respondentContactRoutes } from "./respondent/respondent-contact.routes.js";
import { approvalRoutes } from "./approval/approval.routes.js";
import { snapshotRoutes } from "./snapshot/snapshot.routes.js";
import { commentRoutes } from "./comment/comment.routes.js";
import { exportRoutes } from "./export-routes/export.routes.js";
import { announcementRoutes } from "./catalogue/announcement.routes.js";
import { draftRoutes } from "./draft/draft.routes.js";
import { prefillRoutes } from "./prefill/prefill.routes.js";
import { contactRoutes } from "./contact/contact.routes.js";
import { webhookRoutes } from "./webhook/webhook.routes.js";

/** The largest JSON body, in bytes (1 MiB). */
export const JSON_LIMIT = 1024 * 1024;
export const DEFAULT_STATIC_DIR = fileURLToPath(new URL("../../survey/dist/app", import.meta.url));

const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
// The front end: own scripts only; inline styles are allowed because survey-react-ui sets style attributes.
const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * The service's request handler: the Express app (createExpressApp), with the autosave's lane in front of it
 * (response/autosave-lane.ts).
 */
export function createApp(input: AppDeps): RequestListener {
  const deps = resolveDeps(input);
  return withAutosaveLane(createExpressApp(deps), deps, {
    maxBodyBytes: JSON_LIMIT,
    headers: securityHeaderValues(deps.config.publicUrl.startsWith("https:"), true),
    checkResponses: deps.checkResponses === true,
  });
}

function resolveDeps(input: AppDeps): ResolvedAppDeps {
  return { ...input, now: input.now ?? (() => new Date()) };
}

/** Every route of the service, with its middleware and the front end's files. */
export function createExpressApp(input: AppDeps): express.Express {
  const deps = resolveDeps(input);
  const { config } = deps;
  // the open drafts written together: the REST routes write into them, attachLiveEndpoint serves their sockets
  liveHub(deps);
  const app = express();

  app.disable("x-powered-by");
  // API answers are never cached (Cache-Control: no-store), so hashing every JSON body for an ETag is wasted work;
  // the front end's files get theirs from express.static.
  app.set("etag", false);
  if (deps.checkResponses) app.set(CHECK_RESPONSES, true);
  // Behind a reverse proxy, trust exactly one hop: req.ip is then the address that proxy saw, and a client
  // cannot dodge the rate limits by sending its own X-Forwarded-For.
  app.set("trust proxy", config.trustProxy ? 1 : false);
  app.use(securityHeaders(config.publicUrl.startsWith("https:")));

  // Everything under /api in one router: the prefix is matched and taken off once, not once per router.
  const api = express.Router();
  // A write from another site's page is refused before its body is read.
  api.use(originCheck(config));
  // Bodies under /api are JSON (or multipart for the upload routes, which parse with multer themselves).
  api.use(refuseNonJsonBodies);
  api.use(express.json({ limit: JSON_LIMIT, strict: true, type: isJsonRequest }));
  api.use(jsonShapeGuard);
  // The respondent's routes are authorised by the token in the path, never by a session, and the autosave is the
  // request sent most: mounted before the session and the other routers, it passes through none of them.
  api.use(respondRoutes(deps));
  api.use(sessionMiddleware(deps));
  api.use(csrfMiddleware());

  api.use(openApiRoutes());
  api.use(authRoutes(deps));
  api.use(oidcRoutes(deps));
  api.use(userRoutes(deps));
  api.use(userInvitationRoutes(deps));
  api.use(auditRoutes(deps));

  // Domain routes (campaign colleague): mount below
  api.use(campaignRoutes(deps));
  api.use(respondentRoutes(deps));
  api.use(responseRoutes(deps));
  api.use(reportRoutes(deps));
  api.use(attachmentRoutes(deps));
  api.use(summaryRoutes(deps));
  api.use(approvalRoutes(deps));
  api.use(snapshotRoutes(deps));
  api.use(commentRoutes(deps));
  api.use(respondentContactRoutes(deps));
  api.use(outboxRoutes(deps));
  api.use(reminderRoutes(deps));
  api.use(namedOfferRoutes(deps));
  api.use(nationalRoutes(deps));
  api.use(exportRoutes(deps));
  api.use(announcementRoutes(deps));
  api.use(draftRoutes(deps));
  api.use(prefillRoutes(deps));
  api.use(contactRoutes(deps));
  api.use(webhookRoutes(deps));
  api.use(reviewerRoutes(deps));
  api.use(draftCommentRoutes(deps));
  // End of domain routes

  api.use((req, _res, next) => next(new HttpError("not_found", `There is no ${req.method} ${req.originalUrl.split("?")[0]}.`)));
  app.use("/api", api);

  const staticDir = deps.staticDir === undefined ? DEFAULT_STATIC_DIR : deps.staticDir;
  if (staticDir !== null) app.use(frontEndRoutes(staticDir));
  app.use((req, _res, next) => next(new HttpError("not_found", `There is no ${req.method} ${req.path}.`)));

  app.use(errorMiddleware());
  return app;
}

/** The headers every response gets; API responses (`api`) are never cached and get the API's CSP. */
export function securityHeaderValues(https: boolean, api: boolean): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    // Invite links are capabilities in the URL: never leak them to another site through Referer.
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Content-Security-Policy": api ? API_CSP : APP_CSP,
    ...(api ? { "Cache-Control": "no-store" } : {}),
    ...(https ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  };
}

function securityHeaders(https: boolean): RequestHandler {
  const forApi = Object.entries(securityHeaderValues(https, true));
  const forApp = Object.entries(securityHeaderValues(https, false));
  return (req, res, next) => {
    const api = req.path === "/api" || req.path.startsWith("/api/");
    for (const [name, value] of api ? forApi : forApp) res.setHeader(name, value);
    next();
  };
}

/** application/json, or a +json type such as application/merge-patch+json. */
export function isJsonRequest(req: Pick<Request, "headers">): boolean {
  const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  return type === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

function hasBody(req: Request): boolean {
  const length = req.headers["content-length"];
  return req.headers["transfer-encoding"] !== undefined || (length !== undefined && length !== "0");
}

/** 415 for a body that is neither JSON nor multipart/form-data (uploads). */
const refuseNonJsonBodies: RequestHandler = (req, _res, next) => {
  if (!hasBody(req) || isJsonRequest(req)) return next();
  const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "multipart/form-data") return next();
  next(new HttpError("unsupported_media_type", "Send the body as application/json (Content-Type: application/json)."));
};
