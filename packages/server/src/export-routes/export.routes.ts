import { locales } from "@afrapport/schema";
import { Router, type Response } from "express";
import { z } from "zod";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { CampaignIdParamsSchema } from "@afrapport/schema/api";
import { unwrap } from "../http/unwrap.js";
import { writeAnswersXlsx } from "../export/answers-xlsx.js";
import { renderReportDocx } from "../export/report-docx.js";
import { renderReportHtml } from "../export/report-html.js";
import { contentDisposition } from "../http/csv.js";
import { parseInput } from "../http/parse.js";
import { registerRoute } from "../openapi/openapi-registry.js";
import { answersExport } from "./answers-export.service.js";
import { reportDocument } from "./report-document.service.js";

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const LocaleSchema = z.enum(locales, { error: "must be da or en" }).default("da");

export const ReportExportQuerySchema = z.strictObject({
  locale: LocaleSchema,
  /** a snapshot id from the approval decisions: the report as it stood then */
  snapshot: z.string().min(1).max(100).optional(),
});

export const AnswersExportQuerySchema = z.strictObject({
  locale: LocaleSchema,
  include: z.enum(["submitted", "all"], { error: "must be submitted or all" }).default("submitted"),
});

function downloadHeaders(res: Response, contentType: string, fileName: string): void {
  res.setHeader("Content-Type", contentType);
  res.setHeader("Content-Disposition", contentDisposition(fileName));
  res.setHeader("Cache-Control", "no-store");
}

const notFound = { description: "No such campaign or snapshot, or not one of yours" };
const badQuery = { description: "A bad query parameter (locale, snapshot, include, or an unknown one); `field` names it" };

/** The joint report as Word and HTML (live draft or a snapshot) and the answers as a workbook: reads. */
export function exportRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();

  registerRoute({
    method: "get",
    path: "/api/campaigns/:id/report.docx",
    summary: "The joint report as a Word document: the live draft, or with ?snapshot= the report frozen at a decision",
    tags: ["report workflow"],
    auth: "session",
    request: { params: CampaignIdParamsSchema, query: ReportExportQuerySchema },
    responses: { 200: { description: "A download (Content-Disposition: attachment)", contentType: DOCX_TYPE }, 400: badQuery, 404: notFound },
  });
  router.get("/campaigns/:id/report.docx", requireUser(), async (req, res) => {
    const { id } = parseInput(CampaignIdParamsSchema, req.params, "params");
    const query = parseInput(ReportExportQuerySchema, req.query, "query");
    const document = unwrap(await reportDocument(deps.db, currentUser(res), id, { locale: query.locale, snapshotId: query.snapshot }, deps.now()));
    const buffer = await renderReportDocx(document.input);
    downloadHeaders(res, DOCX_TYPE, document.fileName("docx"));
    res.status(200).send(buffer);
  });

  registerRoute({
    method: "get",
    path: "/api/campaigns/:id/report.html",
    summary: "The joint report as a self-contained, printable HTML page: the live draft, or with ?snapshot= a frozen one",
    tags: ["report workflow"],
    auth: "session",
    request: { params: CampaignIdParamsSchema, query: ReportExportQuerySchema },
    responses: { 200: { description: "A download (Content-Disposition: attachment)", contentType: "text/html" }, 400: badQuery, 404: notFound },
  });
  router.get("/campaigns/:id/report.html", requireUser(), async (req, res) => {
    const { id } = parseInput(CampaignIdParamsSchema, req.params, "params");
    const query = parseInput(ReportExportQuerySchema, req.query, "query");
    const document = unwrap(await reportDocument(deps.db, currentUser(res), id, { locale: query.locale, snapshotId: query.snapshot }, deps.now()));
    const html = renderReportHtml(document.input);
    downloadHeaders(res, "text/html; charset=utf-8", document.fileName("html"));
    res.status(200).send(html);
  });

  registerRoute({
    method: "get",
    path: "/api/campaigns/:id/answers.xlsx",
    summary: "The answers as an Excel workbook, streamed: a sheet per questionnaire and per repeating table",
    description: "Submitted responses by default; include=all adds drafts, reopened and unopened ones.",
    tags: ["report workflow"],
    auth: "session",
    request: { params: CampaignIdParamsSchema, query: AnswersExportQuerySchema },
    responses: { 200: { description: "A download (Content-Disposition: attachment)", contentType: XLSX_TYPE }, 400: badQuery, 404: notFound },
  });
  router.get("/campaigns/:id/answers.xlsx", requireUser(), async (req, res) => {
    const { id } = parseInput(CampaignIdParamsSchema, req.params, "params");
    const query = parseInput(AnswersExportQuerySchema, req.query, "query");
    const exported = unwrap(await answersExport(deps.db, currentUser(res), id, { locale: query.locale, include: query.include }));
    downloadHeaders(res, XLSX_TYPE, exported.fileName);
    res.status(200);
    try {
      await writeAnswersXlsx(exported.input, res);
    } catch (error) {
      // Once the first bytes are out the status cannot change: cut the download short so it is not taken as whole.
      if (!res.headersSent) throw error;
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  });

  return router;
}
