import { Router } from "express";
import { z } from "zod";
import type { ResolvedAppDeps } from "../app.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { parseInput } from "../http/parse.js";
import { registerRoute } from "../openapi/openapi-registry.js";
import {
  AddReviewerSchema,
  CampaignIdParamsSchema,
  ChangeStatusSchema,
  CreateCampaignSchema,
  ExtendDeadlineSchema,
  ReviewerParamsSchema,
  UpdateCampaignSchema,
} from "./campaign-input.js";
import {
  addReviewer,
  changeCampaignStatus,
  createCampaign,
  deadlineHistory,
  extendDeadline,
  getCampaign,
  listCampaigns,
  listReviewers,
  removeReviewer,
  updateCampaignTitle,
} from "./campaign.service.js";
import { unwrap } from "./unwrap.js";

const LocalizedSchema = z.object({ da: z.string(), en: z.string() });
const RefSchema = z.object({ key: z.string(), version: z.string() });
export const CampaignViewSchema = z.object({
  id: z.string(),
  announcementId: z.string(),
  announcementTitle: LocalizedSchema.nullable(),
  regionCode: z.string(),
  regionName: LocalizedSchema.nullable(),
  title: z.string(),
  status: z.enum(["draft", "open", "closed", "reported"]),
  deadline: z.string(),
  municipalityQuestionnaire: RefSchema,
  offerQuestionnaire: RefSchema.nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  access: z.enum(["manage", "read"]),
  nextStatuses: z.array(z.string()),
  respondents: z.record(z.string(), z.number()),
});
const CampaignBody = z.object({ campaign: CampaignViewSchema });
const ExtensionSchema = z.object({
  id: z.string(),
  respondent: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
  previousDeadline: z.string().nullable(),
  newDeadline: z.string(),
  reason: z.string(),
  extendedBy: z.object({ id: z.string(), name: z.string().nullable() }),
  extendedAt: z.string(),
});
const ReviewerSchema = z.object({ userId: z.string(), email: z.string(), name: z.string(), addedAt: z.string() });

const notFound = { description: "No such campaign, or not one of yours" };
const invalid = { description: "Invalid input; `field` names it" };
const readOnly = { description: "Signed in, but only allowed to read this campaign (reviewer, national board)" };

/** Campaigns: create, list, read, rename, move through their statuses, extend deadlines, manage reviewers. */
export function campaignRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();

  registerRoute({
    method: "get",
    path: "/api/campaigns",
    summary: "The campaigns the user may see, with respondents counted by state",
    description: "Secretariat: its region's; admin and national board: all; reviewer: the ones it reviews.",
    tags: ["campaigns"],
    auth: "session",
    responses: { 200: { description: "Newest first", schema: z.object({ campaigns: z.array(CampaignViewSchema) }) } },
  });
  router.get("/campaigns", requireUser(), async (_req, res) => {
    res.json({ campaigns: await listCampaigns(deps.db, currentUser(res)) });
  });

  registerRoute({
    method: "post",
    path: "/api/campaigns",
    summary: "Create a campaign (status draft) for an announcement and its questionnaires",
    tags: ["campaigns"],
    auth: "session",
    request: { body: CreateCampaignSchema },
    responses: {
      201: { description: "Created", schema: CampaignBody },
      400: invalid,
      403: { description: "Not a secretariat or admin, or another region than the secretariat's own" },
    },
  });
  router.post("/campaigns", requireUser("secretariat"), async (req, res) => {
    const input = parseInput(CreateCampaignSchema, req.body);
    const campaign = unwrap(await createCampaign(deps.db, currentUser(res), input, deps.now()));
    res.status(201).json({ campaign });
  });

  registerRoute({
    method: "get",
    path: "/api/campaigns/:id",
    summary: "One campaign",
    tags: ["campaigns"],
    auth: "session",
    request: { params: CampaignIdParamsSchema },
    responses: { 200: { description: "The campaign", schema: CampaignBody }, 404: notFound },
  });
  router.get("/campaigns/:id", requireUser(), async (req, res) => {
    const { id } = parseInput(CampaignIdParamsSchema, req.params, "params");
    res.json({ campaign: unwrap(await getCampaign(deps.db, currentUser(res), id)) });
  });

  registerRoute({
    method: "patch",
    path: "/api/campaigns/:id",
    summary: "Rename a campaign",
    tags: ["campaigns"],
    auth: "session",
    request: { params: CampaignIdParamsSchema, body: UpdateCampaignSchema },
    responses: { 200: { description: "Renamed", schema: CampaignBody }, 400: invalid, 403: readOnly, 404: notFound },
  });
  router.patch("/campaigns/:id", requireUser(), async (req, res) => {
    const { id } = parseInput(CampaignIdParamsSchema, req.params, "params");
    const input = parseInput(UpdateCampaignSchema, req.body);
    res.json({ campaign: unwrap(await updateCampaignTitle(deps.db, currentUser(res), id, input.title, deps.now())) });
  });

  registerRoute({
    method: "post",
    path: "/api/campaigns/:id/status",
    summary: "Move a campaign: draft → open → closed → reported, or closed → open to reopen the round",
    tags: ["campaigns"],
    auth: "session",
    request: { params: CampaignIdParamsSchema, body: ChangeStatusSchema },
    responses: {
      200: { description: "Moved", schema: CampaignBody },
      400: invalid,
      403: readOnly,
      404: notFound,
      409: { description: "Not a transition from the current status" },
    },
  });
  router.post("/campaigns/:id/status", requireUser(), async (req, res) => {
    const { id } = parseInput(CampaignIdParamsSchema, req.params, "params");
    const input = parseInput(ChangeStatusSchema, req.body);
    res.json({ campaign: unwrap(await changeCampaignStatus(deps.db, currentUser(res), id, input.status, deps.now())) });
  });

  registerRoute({
    method: "get",
    path: "/api/campaigns/:id/deadline-extensions",
    summary: "The deadline's history: who extended it, when, why, for the campaign or one respondent",
    tags: ["campaigns"],
    auth: "session",
    request: { params: CampaignIdParamsSchema },
    responses: { 200: { description: "Oldest first", schema: z.object({ extensions: z.array(ExtensionSchema) }) }, 404: notFound },
  });
  router.get("/campaigns/:id/deadline-extensions", requireUser(), async (req, res) => {
    const { id } = parseInput(CampaignIdParamsSchema, req.params, "params");
    res.json({ extensions: unwrap(await deadlineHistory(deps.db, currentUser(res), id)) });
  });

  registerRoute({
    method: "post",
    path: "/api/campaigns/:id/deadline-extensions",
    summary: "Extend the deadline of the campaign, or of one respondent, with a reason",
    tags: ["campaigns"],
    auth: "session",
    request: { params: CampaignIdParamsSchema, body: ExtendDeadlineSchema },
    responses: {
      201: { description: "Extended", schema: z.object({ extension: ExtensionSchema }) },
      400: { description: "Invalid input, e.g. a deadline not later than the current one; `field` names it" },
      403: readOnly,
      404: notFound,
      409: { description: "The campaign is reported, or the deadline changed meanwhile" },
    },
  });
  router.post("/campaigns/:id/deadline-extensions", requireUser(), async (req, res) => {
    const { id } = parseInput(CampaignIdParamsSchema, req.params, "params");
    const input = parseInput(ExtendDeadlineSchema, req.body);
    res.status(201).json({ extension: unwrap(await extendDeadline(deps.db, currentUser(res), id, input, deps.now())) });
  });

  registerRoute({
    method: "get",
    path: "/api/campaigns/:id/reviewers",
    summary: "The campaign's reviewers (reference group)",
    tags: ["campaigns"],
    auth: "session",
    request: { params: CampaignIdParamsSchema },
    responses: { 200: { description: "The reviewers", schema: z.object({ reviewers: z.array(ReviewerSchema) }) }, 403: readOnly, 404: notFound },
  });
  router.get("/campaigns/:id/reviewers", requireUser(), async (req, res) => {
    const { id } = parseInput(CampaignIdParamsSchema, req.params, "params");
    res.json({ reviewers: unwrap(await listReviewers(deps.db, currentUser(res), id)) });
  });

  registerRoute({
    method: "post",
    path: "/api/campaigns/:id/reviewers",
    summary: "Add a reviewer user (by userId or email) to the campaign",
    tags: ["campaigns"],
    auth: "session",
    request: { params: CampaignIdParamsSchema, body: AddReviewerSchema },
    responses: {
      200: { description: "Already a reviewer; nothing changed", schema: z.object({ reviewer: ReviewerSchema }) },
      201: { description: "Added", schema: z.object({ reviewer: ReviewerSchema }) },
      400: { description: "No such active user, or the user is not a reviewer; `field` names it" },
      403: readOnly,
      404: notFound,
    },
  });
  router.post("/campaigns/:id/reviewers", requireUser(), async (req, res) => {
    const { id } = parseInput(CampaignIdParamsSchema, req.params, "params");
    const input = parseInput(AddReviewerSchema, req.body);
    const { reviewer, created } = unwrap(await addReviewer(deps.db, currentUser(res), id, input, deps.now()));
    res.status(created ? 201 : 200).json({ reviewer });
  });

  registerRoute({
    method: "delete",
    path: "/api/campaigns/:id/reviewers/:userId",
    summary: "Remove a reviewer from the campaign",
    tags: ["campaigns"],
    auth: "session",
    request: { params: ReviewerParamsSchema },
    responses: { 204: { description: "Removed" }, 403: readOnly, 404: { description: "No such campaign, or the user is not its reviewer" } },
  });
  router.delete("/campaigns/:id/reviewers/:userId", requireUser(), async (req, res) => {
    const { id, userId } = parseInput(ReviewerParamsSchema, req.params, "params");
    unwrap(await removeReviewer(deps.db, currentUser(res), id, userId, deps.now()));
    res.status(204).end();
  });

  return router;
}
