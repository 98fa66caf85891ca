import { Router } from "express";
import { z } from "zod";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { CampaignIdParamsSchema } from "@afrapport/schema/api";
import { unwrap } from "../http/unwrap.js";
import { parseInput } from "../http/parse.js";
import { registerRoute } from "../openapi/openapi-registry.js";
import { InviteOfferSchema, RespondentParamsSchema } from "./respondent-input.js";
import { respondentStates } from "./respondent-state.js";
import { inviteMunicipalities, inviteOffer, replaceLink, respondentBoard, revokeLink } from "./respondent.service.js";

const RespondentViewSchema = z.object({
  id: z.string(),
  kind: z.enum(["municipality", "offer"]),
  name: z.string(),
  kommuneCode: z.string().nullable(),
  operator: z.string().nullable(),
  legalBasis: z.string().nullable(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  createdAt: z.string(),
});
const LinkSchema = z.object({
  token: z.string().describe("shown only in this response; only its sha256 is stored"),
  url: z.string().describe("the address the respondent opens: <publicUrl>/svar/<token>"),
});
const InvitedSchema = z.object({ respondent: RespondentViewSchema, link: LinkSchema });
const BoardEntrySchema = RespondentViewSchema.extend({
  state: z.enum(respondentStates),
  responseId: z.string(),
  revision: z.number().int(),
  firstOpenedAt: z.string().nullable(),
  lastActivityAt: z.string().nullable(),
  remindersSent: z.number().int(),
  submittedAt: z.string().nullable(),
  deadline: z.string(),
  deadlineExtended: z.boolean(),
  editable: z.boolean(),
  hasActiveLink: z.boolean(),
  linkIssuedAt: z.string().nullable(),
});

const notFound = { description: "No such campaign or respondent, or not one of yours" };
const readOnly = { description: "Only allowed to read this campaign" };

/** Respondents of a campaign: invite municipalities and offers, replace or revoke links, the status board. */
export function respondentRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();

  registerRoute({
    method: "get",
    path: "/api/campaigns/:id/respondents",
    summary: "The status board: every respondent with its state, last activity and effective deadline",
    tags: ["respondents"],
    auth: "session",
    request: { params: CampaignIdParamsSchema },
    responses: { 200: { description: "Municipalities first", schema: z.object({ respondents: z.array(BoardEntrySchema) }) }, 404: notFound },
  });
  router.get("/campaigns/:id/respondents", requireUser(), async (req, res) => {
    const { id } = parseInput(CampaignIdParamsSchema, req.params, "params");
    res.json({ respondents: unwrap(await respondentBoard(deps.db, currentUser(res), id, deps.now())) });
  });

  registerRoute({
    method: "post",
    path: "/api/campaigns/:id/respondents/municipalities",
    summary: "Invite every municipality of the campaign's region; those already invited are skipped",
    description: "Each new respondent's link token is in this response only.",
    tags: ["respondents"],
    auth: "session",
    request: { params: CampaignIdParamsSchema },
    responses: {
      200: { description: "Everyone was already invited", schema: z.object({ invited: z.array(InvitedSchema), skipped: z.array(z.object({ kommuneCode: z.string(), name: z.string() })) }) },
      201: { description: "Invited", schema: z.object({ invited: z.array(InvitedSchema), skipped: z.array(z.object({ kommuneCode: z.string(), name: z.string() })) }) },
      403: readOnly,
      404: notFound,
      409: { description: "The campaign is closed or reported" },
    },
  });
  router.post("/campaigns/:id/respondents/municipalities", requireUser(), async (req, res) => {
    const { id } = parseInput(CampaignIdParamsSchema, req.params, "params");
    if (req.body !== undefined) parseInput(z.strictObject({}), req.body);
    const result = unwrap(await inviteMunicipalities(deps.db, currentUser(res), id, deps.config.publicUrl, deps.now()));
    res.status(result.invited.length > 0 ? 201 : 200).json(result);
  });

  registerRoute({
    method: "post",
    path: "/api/campaigns/:id/respondents/offers",
    summary: "Invite an offer (tilbud) named by the municipalities",
    tags: ["respondents"],
    auth: "session",
    request: { params: CampaignIdParamsSchema, body: InviteOfferSchema },
    responses: {
      201: { description: "Invited; the link token is in this response only", schema: InvitedSchema },
      400: { description: "Invalid input; `field` names it" },
      403: readOnly,
      404: notFound,
      409: { description: "The campaign has no offer questionnaire, is closed, or the offer is already invited" },
    },
  });
  router.post("/campaigns/:id/respondents/offers", requireUser(), async (req, res) => {
    const { id } = parseInput(CampaignIdParamsSchema, req.params, "params");
    const input = parseInput(InviteOfferSchema, req.body);
    res.status(201).json(unwrap(await inviteOffer(deps.db, currentUser(res), id, input, deps.config.publicUrl, deps.now())));
  });

  registerRoute({
    method: "post",
    path: "/api/campaigns/:id/respondents/:rid/link",
    summary: "Replace a respondent's link: the old one stops working",
    tags: ["respondents"],
    auth: "session",
    request: { params: RespondentParamsSchema },
    responses: { 201: { description: "The new link, shown once", schema: InvitedSchema }, 403: readOnly, 404: notFound },
  });
  router.post("/campaigns/:id/respondents/:rid/link", requireUser(), async (req, res) => {
    const { id, rid } = parseInput(RespondentParamsSchema, req.params, "params");
    if (req.body !== undefined) parseInput(z.strictObject({}), req.body);
    res.status(201).json(unwrap(await replaceLink(deps.db, currentUser(res), id, rid, deps.config.publicUrl, deps.now())));
  });

  registerRoute({
    method: "delete",
    path: "/api/campaigns/:id/respondents/:rid/link",
    summary: "Revoke a respondent's link (it then answers 410 link_revoked)",
    tags: ["respondents"],
    auth: "session",
    request: { params: RespondentParamsSchema },
    responses: { 204: { description: "Revoked (or there was no working link)" }, 403: readOnly, 404: notFound },
  });
  router.delete("/campaigns/:id/respondents/:rid/link", requireUser(), async (req, res) => {
    const { id, rid } = parseInput(RespondentParamsSchema, req.params, "params");
    unwrap(await revokeLink(deps.db, currentUser(res), id, rid, deps.now()));
    res.status(204).end();
  });

  return router;
}
