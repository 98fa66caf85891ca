import { Router } from "express";
import { z } from "zod";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { CampaignIdParamsSchema } from "@afrapport/schema/api";
import { unwrap } from "../http/unwrap.js";
import { parseInput } from "../http/parse.js";
import { registerRoute } from "../openapi/openapi-registry.js";
import { SaveSummarySchema, SummaryParamsSchema } from "./summary-input.js";
import { listSummaries, listSummaryVersions, saveSummary } from "./summary.service.js";

const LocalizedSchema = z.object({ da: z.string(), en: z.string() });
const UserRefSchema = z.object({ id: z.string(), name: z.string().nullable() });
export const SummaryViewSchema = z.object({
  sectionId: z.string(),
  title: LocalizedSchema,
  audience: z.enum(["municipality", "offer"]),
  text: z.string(),
  version: z.number().int().describe("0: no text yet"),
  updatedBy: UserRefSchema.nullable(),
  updatedAt: z.string().nullable(),
});
export const TextWarningSchema = z.object({
  field: z.string(),
  code: z.literal("cpr"),
  message: LocalizedSchema,
  index: z.number().int(),
  length: z.number().int(),
});

const notFound = { description: "No such campaign, or not one of yours" };

/** The secretariat's own text per report section: read by everyone who may read the campaign, written by its secretariat. */
export function summaryRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();

  registerRoute({
    method: "get",
    path: "/api/campaigns/:id/summaries",
    summary: "The secretariat's current text of every report section (version 0 and empty text where none is written)",
    tags: ["report workflow"],
    auth: "session",
    request: { params: CampaignIdParamsSchema },
    responses: { 200: { description: "Sections in report order", schema: z.object({ summaries: z.array(SummaryViewSchema) }) }, 404: notFound },
  });
  router.get("/campaigns/:id/summaries", requireUser(), async (req, res) => {
    const { id } = parseInput(CampaignIdParamsSchema, req.params, "params");
    res.json({ summaries: unwrap(await listSummaries(deps.db, currentUser(res), id)) });
  });

  registerRoute({
    method: "put",
    path: "/api/campaigns/:id/summaries/:sectionId",
    summary: "Save a section's text as a new version, from the version it was edited on",
    description:
      "Append-only: every save is a new version. A stale baseVersion (a colleague saved in between) is refused " +
      "with 409 stale_revision and the current text in `current`. Text that looks like a CPR number is saved, " +
      "with `warnings`.",
    tags: ["report workflow"],
    auth: "session",
    request: { params: SummaryParamsSchema, body: SaveSummarySchema },
    responses: {
      200: { description: "The section's current text", schema: SummaryViewSchema.extend({ warnings: z.array(TextWarningSchema) }) },
      400: { description: "Unknown sectionId, text over 20,000 characters, or a bad baseVersion; `field` names it" },
      403: { description: "Only allowed to read this campaign" },
      404: notFound,
      409: {
        description: "stale_revision: saved by a colleague since baseVersion (`current` holds it); conflict: the approval path is complete",
        schema: z.object({ current: SummaryViewSchema.optional() }),
      },
    },
  });
  router.put("/campaigns/:id/summaries/:sectionId", requireUser(), async (req, res) => {
    const { id, sectionId } = parseInput(SummaryParamsSchema, req.params, "params");
    const input = parseInput(SaveSummarySchema, req.body);
    const { summary, warnings } = unwrap(await saveSummary(deps.db, currentUser(res), id, sectionId, input, deps.now()));
    res.json({ ...summary, warnings });
  });

  registerRoute({
    method: "get",
    path: "/api/campaigns/:id/summaries/:sectionId/versions",
    summary: "Every saved version of a section's text, newest first",
    tags: ["report workflow"],
    auth: "session",
    request: { params: SummaryParamsSchema },
    responses: {
      200: {
        description: "The history",
        schema: z.object({ versions: z.array(z.object({ version: z.number().int(), text: z.string(), author: UserRefSchema, createdAt: z.string() })) }),
      },
      400: { description: "Unknown sectionId" },
      404: notFound,
    },
  });
  router.get("/campaigns/:id/summaries/:sectionId/versions", requireUser(), async (req, res) => {
    const { id, sectionId } = parseInput(SummaryParamsSchema, req.params, "params");
    res.json({ versions: unwrap(await listSummaryVersions(deps.db, currentUser(res), id, sectionId)) });
  });

  return router;
}
