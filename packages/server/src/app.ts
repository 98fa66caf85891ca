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

export const JSON_LIMIT = "1mb";
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

export function createApp(input: AppDeps): express.Express {
  const deps: ResolvedAppDeps = { ...input, now: input.now ?? (() => new Date()) };
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

  // A write from another site's page is refused before its body is read.
  app.use("/api", originCheck(config));
  // Bodies under /api are JSON (or multipart for the upload routes, which parse with multer themselves).
  app.use("/api", refuseNonJsonBodies);
  app.use("/api", express.json({ limit: JSON_LIMIT, strict: true, type: isJsonRequest }));
  app.use("/api", jsonShapeGuard);
  // The respondent's routes are authorised by the token in the path, never by a session, and the autosave is the
  // request sent most: mounted before the session and the other routers, it passes through none of them.
  app.use("/api", respondRoutes(deps));
  app.use("/api", sessionMiddleware(deps));
  app.use("/api", csrfMiddleware());

  app.use("/api", openApiRoutes());
  app.use("/api", authRoutes(deps));
  app.use("/api", oidcRoutes(deps));
  app.use("/api", userRoutes(deps));
  app.use("/api", userInvitationRoutes(deps));
  app.use("/api", auditRoutes(deps));

  // Domain routes (campaign colleague): mount below
  app.use("/api", campaignRoutes(deps));
  app.use("/api", respondentRoutes(deps));
  app.use("/api", responseRoutes(deps));
  app.use("/api", reportRoutes(deps));
  app.use("/api", attachmentRoutes(deps));
  app.use("/api", summaryRoutes(deps));
  app.use("/api", approvalRoutes(deps));
  app.use("/api", snapshotRoutes(deps));
  app.use("/api", commentRoutes(deps));
  app.use("/api", respondentContactRoutes(deps));
  app.use("/api", outboxRoutes(deps));
  app.use("/api", reminderRoutes(deps));
  app.use("/api", namedOfferRoutes(deps));
  app.use("/api", nationalRoutes(deps));
  app.use("/api", exportRoutes(deps));
  app.use("/api", announcementRoutes(deps));
  app.use("/api", draftRoutes(deps));
  app.use("/api", prefillRoutes(deps));
  app.use("/api", contactRoutes(deps));
  app.use("/api", webhookRoutes(deps));
  app.use("/api", reviewerRoutes(deps));
  app.use("/api", draftCommentRoutes(deps));
  // End of domain routes

  app.use("/api", (req, _res, next) => next(new HttpError("not_found", `There is no ${req.method} ${req.originalUrl.split("?")[0]}.`)));

  const staticDir = deps.staticDir === undefined ? DEFAULT_STATIC_DIR : deps.staticDir;
  if (staticDir !== null) app.use(frontEndRoutes(staticDir));
  app.use((req, _res, next) => next(new HttpError("not_found", `There is no ${req.method} ${req.path}.`)));

  app.use(errorMiddleware());
  return app;
}

function securityHeaders(https: boolean): RequestHandler {
  return (req, res, next) => {
    const api = req.path === "/api" || req.path.startsWith("/api/");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    // Invite links are capabilities in the URL: never leak them to another site through Referer.
    res.setHeader("Referrer-Policy", "no-referrer");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader("Cross-Origin-Resource-Policy", "same-origin");
    res.setHeader("Content-Security-Policy", api ? API_CSP : APP_CSP);
    if (api) res.setHeader("Cache-Control", "no-store");
    if (https) res.setHeader("Strict-Transport-Security", "max-age=31536000");
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
