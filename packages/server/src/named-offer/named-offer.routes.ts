import { Router } from "express";
import { z } from "zod";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { CampaignIdParamsSchema } from "@afrapport/schema/api";
import { unwrap } from "../http/unwrap.js";
import { parseInput } from "../http/parse.js";
import { registerRoute } from "../openapi/openapi-registry.js";
import { InviteNamedOffersSchema, MergeOffersSchema, MergeParamsSchema } from "./named-offer-input.js";
import { inviteNamedOffers } from "./named-offer-invite.js";
import { listNamedOffers, mergeNamedOffers, unmergeNamedOffer } from "./named-offer.service.js";

const NamedOfferSchema = z.object({
  key: z.string().describe("offerKey(name, operator); for merged offers the key they were merged into"),
  name: z.string(),
  spellings: z.array(z.string()),
  operator: z.string().describe('municipal | regional | private as answered; "" when none'),
  legalBasis: z.array(z.string()).describe("choice values, e.g. sel-107"),
  location: z.array(z.string()),
  namedBy: z.array(z.object({ respondentId: z.string(), name: z.string(), submitted: z.boolean().describe("false: named in a draft") })),
  mergedKeys: z.array(z.string()),
  invitedRespondentId: z.string().nullable(),
});
const InvitedSchema = z.object({
  invited: z.array(
    z.object({
      key: z.string(),
      respondentId: z.string(),
      name: z.string(),
      link: z.object({ token: z.string(), url: z.string() }).describe("shown only here"),
      invitationQueued: z.boolean(),
    }),
  ),
  skipped: z.array(z.object({ key: z.string(), reason: z.enum(["unknown-key", "duplicate", "already-invited", "no-operator"]) })),
});
const OffersSchema = z.object({ offers: z.array(NamedOfferSchema) });

const notFound = { description: "No such campaign, or not one of yours" };
const readOnly = { description: "Only allowed to read this campaign" };

/** The offers the municipalities name: listed, merged by the secretariat, invited as offer respondents. */
export function namedOfferRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();

  registerRoute({
    method: "get",
    path: "/api/campaigns/:id/named-offers",
    summary: "The offers named in the municipalities' answers (drafts included), de-duplicated and merged",
    tags: ["offers"],
    auth: "session",
    request: { params: CampaignIdParamsSchema },
    responses: { 200: { description: "Sorted by name (Danish order)", schema: OffersSchema }, 404: notFound },
  });
  router.get("/campaigns/:id/named-offers", requireUser(), async (req, res) => {
    const { id } = parseInput(CampaignIdParamsSchema, req.params, "params");
    res.json({ offers: unwrap(await listNamedOffers(deps.db, currentUser(res), id)) });
  });

  registerRoute({
    method: "post",
    path: "/api/campaigns/:id/named-offers/merge",
    summary: "Merge one offer key into another (the same offer spelled differently); chains resolve",
    tags: ["offers"],
    auth: "session",
    request: { params: CampaignIdParamsSchema, body: MergeOffersSchema },
    responses: {
      200: { description: "The merge existed already; the named offers", schema: OffersSchema },
      201: { description: "Merged; the named offers", schema: OffersSchema },
      400: { description: "Invalid input, a key not named in the campaign, a merge into itself or one closing a circle; `field` names it" },
      403: readOnly,
      404: notFound,
      409: { description: "`from` is already merged into another key" },
    },
  });
  router.post("/campaigns/:id/named-offers/merge", requireUser(), async (req, res) => {
    const { id } = parseInput(CampaignIdParamsSchema, req.params, "params");
    const input = parseInput(MergeOffersSchema, req.body);
    const result = unwrap(await mergeNamedOffers(deps.db, currentUser(res), id, input, deps.now()));
    res.status(result.created ? 201 : 200).json({ offers: result.offers });
  });

  registerRoute({
    method: "delete",
    path: "/api/campaigns/:id/named-offers/merge/:from",
    summary: "Undo the merge of a key",
    tags: ["offers"],
    auth: "session",
    request: { params: MergeParamsSchema },
    responses: { 200: { description: "The named offers", schema: OffersSchema }, 403: readOnly, 404: { description: "No such campaign, or the key is not merged" } },
  });
  router.delete("/campaigns/:id/named-offers/merge/:from", requireUser(), async (req, res) => {
    const { id, from } = parseInput(MergeParamsSchema, req.params, "params");
    res.json({ offers: unwrap(await unmergeNamedOffer(deps.db, currentUser(res), id, from, deps.now())) });
  });

  registerRoute({
    method: "post",
    path: "/api/campaigns/:id/named-offers/invite",
    summary: "Invite named offers as offer respondents in one step; links are in this response only",
    description:
      "Name, operator and legal basis come from the municipalities' answers. Keys already invited, unknown, repeated or without an operator are skipped with the reason. With `contacts[key].contactEmail` an invitation mail is queued.",
    tags: ["offers"],
    auth: "session",
    request: { params: CampaignIdParamsSchema, body: InviteNamedOffersSchema },
    responses: {
      200: { description: "Nothing to invite: every key was skipped", schema: InvitedSchema },
      201: { description: "Invited", schema: InvitedSchema },
      400: { description: "Invalid input; `field` names it" },
      403: readOnly,
      404: notFound,
      409: { description: "The campaign is closed or reported, or has no offer questionnaire" },
    },
  });
  router.post("/campaigns/:id/named-offers/invite", requireUser(), async (req, res) => {
    const { id } = parseInput(CampaignIdParamsSchema, req.params, "params");
    const input = parseInput(InviteNamedOffersSchema, req.body);
    const result = unwrap(await inviteNamedOffers(deps.db, currentUser(res), id, input, deps.config.publicUrl, deps.now()));
    res.status(result.invited.length > 0 ? 201 : 200).json(result);
  });

  return router;
}
