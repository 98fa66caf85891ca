import { once } from "node:events";
import { Router, type Response } from "express";
import { z } from "zod";
import type { AppDeps } from "../app-deps.js";
import { currentUser, requireUser, type SessionUser } from "../auth/current-user.js";
import { CSV_BOM, csvRow, setCsvHeaders } from "../http/csv.js";
import { HttpError } from "../http/http-error.js";
import { parseInput } from "../http/parse.js";
import { registerRoute } from "../openapi/openapi-registry.js";
import { listAudit, type AuditEntry } from "./audit.service.js";

const AuditQuerySchema = z.strictObject({
  campaignId: z.string().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().positive().optional(),
});

const AuditExportQuerySchema = z.strictObject({
  campaignId: z.string().min(1).max(100).optional(),
  before: z.coerce.number().int().positive().optional(),
});

const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  campaignId: z.string().nullable(),
  subjectType: z.string(),
  subjectId: z.string(),
  details: z.record(z.string(), z.unknown()),
});

const EXPORT_PAGE = 1000;

/** Admin sees every entry; a secretariat only the entries of campaigns in its own region. */
function regionFilter(user: SessionUser): string | undefined {
  if (user.role === "admin") return undefined;
  if (user.regionCode === null) throw new HttpError("forbidden", "Your account has no region.");
  return user.regionCode;
}

export function auditRoutes(deps: AppDeps): Router {
  const router = Router();

  registerRoute({
    method: "get",
    path: "/api/audit",
    summary: "The audit log, newest first, a page at a time",
    description: "Admins see every entry; a secretariat sees the entries of its own region's campaigns. Pass `nextBefore` as `before` for the next page.",
    tags: ["audit"],
    auth: "session",
    request: { query: AuditQuerySchema },
    responses: {
      200: { description: "One page", schema: z.object({ entries: z.array(AuditEntrySchema), nextBefore: z.number().int().nullable() }) },
      400: { description: "A bad query parameter; `field` names it" },
      403: { description: "Neither admin nor secretariat" },
    },
  });
  router.get("/audit", requireUser("secretariat"), async (req, res) => {
    const query = parseInput(AuditQuerySchema, req.query, "query");
    const entries = await listAudit(deps.db, { ...query, regionCode: regionFilter(currentUser(res)) });
    const last = entries.at(-1);
    res.json({ entries, nextBefore: entries.length === query.limit && last !== undefined ? last.id : null });
  });

  registerRoute({
    method: "get",
    path: "/api/audit/export.csv",
    summary: "The audit log as CSV (semicolon-separated, UTF-8 with BOM, for Excel)",
    tags: ["audit"],
    auth: "session",
    request: { query: AuditExportQuerySchema },
    responses: {
      200: { description: "The CSV file", schema: z.string(), contentType: "text/csv" },
      400: { description: "A bad query parameter" },
      403: { description: "Neither admin nor secretariat" },
    },
  });
  router.get("/audit/export.csv", requireUser("secretariat"), async (req, res) => {
    const query = parseInput(AuditExportQuerySchema, req.query, "query");
    const regionCode = regionFilter(currentUser(res));
    // Streamed a page at a time, so a long log never sits in memory whole.
    setCsvHeaders(res, `audit-log${query.campaignId ? `-${query.campaignId}` : ""}.csv`);
    res.status(200);
    await write(res, CSV_BOM + csvRow(["id", "at", "actor", "action", "campaignId", "subjectType", "subjectId", "details"]));
    let before = query.before;
    for (;;) {
      const page: AuditEntry[] = await listAudit(deps.db, { campaignId: query.campaignId, regionCode, before, limit: EXPORT_PAGE });
      if (page.length > 0) {
        await write(res, page.map((e) => csvRow([e.id, e.at, e.actor, e.action, e.campaignId, e.subjectType, e.subjectId, JSON.stringify(e.details)])).join(""));
      }
      if (page.length < EXPORT_PAGE) break;
      before = page.at(-1)!.id;
    }
    res.end();
  });

  return router;
}

async function write(res: Response, chunk: string): Promise<void> {
  if (res.destroyed) throw new Error("The client closed the connection during the audit export.");
  if (!res.write(chunk)) await Promise.race([once(res, "drain"), once(res, "close")]);
}
