import { z } from "zod";
import { defineRoute } from "./define-route.js";
import { IdSchema } from "./common.js";

// The audit log: who did what, when, newest first; read a page at a time or exported as CSV.

export const AuditQuerySchema = z.strictObject({
  campaignId: IdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** the previous page's `nextBefore` */
  before: z.coerce.number().int().positive().optional(),
});

export const AuditExportQuerySchema = z.strictObject({
  campaignId: IdSchema.optional(),
  before: z.coerce.number().int().positive().optional(),
});

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  /** a user id, "respondent:<id>" or "system" */
  actor: z.string(),
  /** `<subject>.<verb>`, e.g. "campaign.created" */
  action: z.string(),
  campaignId: z.string().nullable(),
  subjectType: z.string(),
  subjectId: z.string(),
  /** free-form facts that differ by action */
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditPageSchema = z.object({ entries: z.array(AuditEntrySchema), nextBefore: z.number().int().nullable() });
export type AuditPage = z.infer<typeof AuditPageSchema>;

const notAllowed = { description: "Neither admin nor secretariat" };

export const auditApi = {
  list: defineRoute({
    method: "get",
    path: "/api/audit",
    summary: "The audit log, newest first, a page at a time",
    description: "Admins see every entry; a secretariat sees the entries of its own region's campaigns. Pass `nextBefore` as `before` for the next page.",
    tags: ["audit"],
    auth: "session",
    query: AuditQuerySchema,
    responses: {
      200: { description: "One page", schema: AuditPageSchema },
      400: { description: "A bad query parameter; `field` names it" },
      403: notAllowed,
    },
  }),
  exportCsv: defineRoute({
    method: "get",
    path: "/api/audit/export.csv",
    summary: "The audit log as CSV (semicolon-separated, UTF-8 with BOM, for Excel)",
    tags: ["audit"],
    auth: "session",
    query: AuditExportQuerySchema,
    responses: {
      200: { description: "The CSV file", schema: z.string(), contentType: "text/csv" },
      400: { description: "A bad query parameter" },
      403: notAllowed,
    },
  }),
};
