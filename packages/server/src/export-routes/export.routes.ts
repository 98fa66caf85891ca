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
import { writeAnswersCsv } from "../report/answers-csv.js";
import { answersCsvExport } from "./answers-csv.service.js";
import { answersExport } from "./answers-export.service.js";
import { reportDocument } from "./report-document.service.js";

function downloadHeaders(res: Response, contentType: string, fileName: string): void {
  res.setHeader("Content-Type", contentType);
  res.setHeader("Content-Disposition", contentDisposition(fileName));
  res.setHeader("Cache-Control", "no-store");
}

/**
 * Streams a download written by `write`. A failure before the first byte is an ordinary error answer (not a
 * download); once bytes are out the status cannot change, so the connection is cut short and the browser reports
 * the download as failed rather than keeping half a file as whole.
 */
async function streamDownload(res: Response, contentType: string, fileName: string, write: () => Promise<void>): Promise<void> {
  downloadHeaders(res, contentType, fileName);
  res.status(200);
  try {
    await write();
  } catch (error) {
    if (!res.headersSent) {
      for (const header of ["Content-Type", "Content-Disposition", "Cache-Control"]) res.removeHeader(header);
      throw error;
    }
    res.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}

/** The joint report as Word and HTML (live draft or a snapshot) and the answers as a workbook and as CSV: reads. */
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
    await streamDownload(res, xlsxContentType, exported.fileName, () => writeAnswersXlsx(exported.input, res));
  });

  mountRoute(router, exportApi.answersCsv, requireUser(), async ({ params, query }, _req, res) => {
    const exported = unwrap(await answersCsvExport(deps.db, currentUser(res), params.id, { audience: query.audience, locale: query.locale }));
    await streamDownload(res, "text/csv; charset=utf-8", exported.fileName, async () => {
      await writeAnswersCsv(exported.questionnaire, exported.responses, { locale: query.locale, separator: query.separator }, res);
      res.end();
    });
  });

  return router;
}
