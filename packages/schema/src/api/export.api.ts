import { z } from "zod";
import { locales } from "../localized-text.js";
import { defineRoute } from "./define-route.js";
import { CampaignIdParamsSchema, IdSchema, responses } from "./common.js";

// Downloads: the joint report as Word and HTML (the live draft or a snapshot), the answers as a workbook and as CSV.
// The server writes these responses itself; the browser links to them (`<a href download>`) rather than fetching.

export const docxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const xlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const LocaleQuerySchema = z.enum(locales, { error: "must be da or en" }).default("da");

export const ReportExportQuerySchema = z.strictObject({
  locale: LocaleQuerySchema,
  /** a snapshot id from the approval decisions: the report as it stood then */
  snapshot: IdSchema.optional(),
});

export const AnswersExportQuerySchema = z.strictObject({
  locale: LocaleQuerySchema,
  include: z.enum(["submitted", "all"], { error: "must be submitted or all" }).default("submitted"),
});

export const AnswersCsvQuerySchema = z.strictObject({
  audience: z.enum(["municipality", "offer"]).default("municipality"),
  separator: z.enum([";", ","]).optional(),
  /** the language of the column titles, choice texts and states */
  locale: LocaleQuerySchema,
});

const download = { description: "A download (Content-Disposition: attachment)" };
const notFound = { description: "No such campaign or snapshot, or not one of yours" };
const badQuery = { description: "A bad query parameter (locale, snapshot, include, or an unknown one); `field` names it" };
const binary = z.string().meta({ format: "binary" });

export const exportApi = {
  reportDocx: defineRoute({
    method: "get",
    path: "/api/campaigns/:id/report.docx",
    summary: "The joint report as a Word document: the live draft, or with ?snapshot= the report frozen at a decision",
    tags: ["report workflow"],
    auth: "session",
    params: CampaignIdParamsSchema,
    query: ReportExportQuerySchema,
    responses: { 200: { ...download, schema: binary, contentType: docxContentType }, 400: badQuery, 404: notFound },
  }),
  reportHtml: defineRoute({
    method: "get",
    path: "/api/campaigns/:id/report.html",
    summary: "The joint report as a self-contained, printable HTML page: the live draft, or with ?snapshot= a frozen one",
    tags: ["report workflow"],
    auth: "session",
    params: CampaignIdParamsSchema,
    query: ReportExportQuerySchema,
    responses: { 200: { ...download, schema: z.string(), contentType: "text/html" }, 400: badQuery, 404: notFound },
  }),
  answersXlsx: defineRoute({
    method: "get",
    path: "/api/campaigns/:id/answers.xlsx",
    summary: "The answers as an Excel workbook, streamed: a sheet per questionnaire and per repeating table",
    description: "Submitted responses by default; include=all adds drafts, reopened and unopened ones.",
    tags: ["report workflow"],
    auth: "session",
    params: CampaignIdParamsSchema,
    query: AnswersExportQuerySchema,
    responses: { 200: { ...download, schema: binary, contentType: xlsxContentType }, 400: badQuery, 404: notFound },
  }),
  answersCsv: defineRoute({
    method: "get",
    path: "/api/campaigns/:id/export.csv",
    summary: "CSV: one row per respondent with its current answers, one column per question (titles in Danish, or English with locale=en)",
    tags: ["reports"],
    auth: "session",
    params: CampaignIdParamsSchema,
    query: AnswersCsvQuerySchema,
    responses: {
      200: { description: "UTF-8 with BOM, ';'-separated by default", schema: z.string(), contentType: "text/csv" },
      400: {
        description: "A bad query parameter (audience, separator, locale, or an unknown one; `field` names it), or audience=offer without an offer questionnaire",
      },
      404: responses.campaignNotFound,
    },
  }),
};
