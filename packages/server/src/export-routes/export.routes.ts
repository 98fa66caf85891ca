import { docxContentType, exportApi, xlsxContentType } from "@afrapport/schema/api";
import { Router, type Response } from "express";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { writeAnswersXlsx } from "../export/answers-xlsx.js";
import { renderReportDocx } from "../export/report-docx.js";
import { renderReportHtml } from "../export/report-html.js";
import { contentDisposition } from "../http/csv.js";
import { mountRoute } from "../http/route.js";
import { unwrap } from "../http/unwrap.js";
import { answersExport } from "./answers-export.service.js";
import { reportDocument } from "./report-document.service.js";

function downloadHeaders(res: Response, contentType: string, fileName: string): void {
  res.setHeader("Content-Type", contentType);
  res.setHeader("Content-Disposition", contentDisposition(fileName));
  res.setHeader("Cache-Control", "no-store");
}

/** The joint report as Word and HTML (live draft or a snapshot) and the answers as a workbook: reads. */
export function exportRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();

  mountRoute(router, exportApi.reportDocx, requireUser(), async ({ params, query }, _req, res) => {
    const document = unwrap(await reportDocument(deps.db, currentUser(res), params.id, { locale: query.locale, snapshotId: query.snapshot }, deps.now()));
    const buffer = await renderReportDocx(document.input);
    downloadHeaders(res, docxContentType, document.fileName("docx"));
    res.status(200).send(buffer);
  });

  mountRoute(router, exportApi.reportHtml, requireUser(), async ({ params, query }, _req, res) => {
    const document = unwrap(await reportDocument(deps.db, currentUser(res), params.id, { locale: query.locale, snapshotId: query.snapshot }, deps.now()));
    const html = renderReportHtml(document.input);
    downloadHeaders(res, "text/html; charset=utf-8", document.fileName("html"));
    res.status(200).send(html);
  });

  mountRoute(router, exportApi.answersXlsx, requireUser(), async ({ params, query }, _req, res) => {
    const exported = unwrap(await answersExport(deps.db, currentUser(res), params.id, { locale: query.locale, include: query.include }));
    downloadHeaders(res, xlsxContentType, exported.fileName);
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
