import { once } from "node:events";
import { auditApi, type AuditEntry } from "@afrapport/schema/api";
import { Router, type Response } from "express";
import type { AppDeps } from "../app-deps.js";
import { currentUser, requireUser, type SessionUser } from "../auth/current-user.js";
import { CSV_BOM, csvRow, setCsvHeaders } from "../http/csv.js";
import { HttpError } from "../http/http-error.js";
import { mountRoute } from "../http/route.js";
import { listAudit } from "./audit.service.js";

const EXPORT_PAGE = 1000;

/** Admin sees every entry; a secretariat only the entries of campaigns in its own region. */
function regionFilter(user: SessionUser): string | undefined {
  if (user.role === "admin") return undefined;
  if (user.regionCode === null) throw new HttpError("forbidden", "Your account has no region.");
  return user.regionCode;
}

/** The audit log, a page at a time or streamed as CSV. */
export function auditRoutes(deps: AppDeps): Router {
  const router = Router();
  const api = auditApi;

  mountRoute(router, api.list, requireUser("secretariat"), async ({ query }, _req, res) => {
    const entries = await listAudit(deps.db, { ...query, regionCode: regionFilter(currentUser(res)) });
    const last = entries.at(-1);
    return { status: 200, body: { entries, nextBefore: entries.length === query.limit && last !== undefined ? last.id : null } };
  });

  mountRoute(router, api.exportCsv, requireUser("secretariat"), async ({ query }, _req, res) => {
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
