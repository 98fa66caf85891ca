import { Router } from "express";
import { z } from "zod";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { CampaignIdParamsSchema } from "@afrapport/schema/api";
import { unwrap } from "../http/unwrap.js";
import { parseInput } from "../http/parse.js";
import { registerRoute } from "../openapi/openapi-registry.js";
import { TextWarningSchema } from "../summary/summary.routes.js";
import { CommentParamsSchema, CreateCommentSchema } from "./comment-input.js";
import { createComment, listComments, resolveComment } from "./comment.service.js";

export const CommentViewSchema = z.object({
  id: z.string(),
  target: z.discriminatedUnion("type", [
    z.object({ type: z.literal("response"), respondentId: z.string(), respondentName: z.string().nullable() }),
    z.object({ type: z.literal("section"), sectionId: z.string() }),
  ]),
  text: z.string(),
  author: z.object({ id: z.string(), name: z.string().nullable(), role: z.enum(["admin", "secretariat", "reviewer", "national"]).nullable() }),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
});

const notFound = { description: "No such campaign, or not one of yours" };

/** The reference group's and the secretariat's comments on responses and report sections. */
export function commentRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();

  registerRoute({
    method: "get",
    path: "/api/campaigns/:id/comments",
    summary: "Every comment on the campaign's responses and report sections, oldest first",
    tags: ["report workflow"],
    auth: "session",
    request: { params: CampaignIdParamsSchema },
    responses: { 200: { description: "The comments", schema: z.object({ comments: z.array(CommentViewSchema) }) }, 404: notFound },
  });
  router.get("/campaigns/:id/comments", requireUser(), async (req, res) => {
    const { id } = parseInput(CampaignIdParamsSchema, req.params, "params");
    res.json({ comments: unwrap(await listComments(deps.db, currentUser(res), id)) });
  });

  registerRoute({
    method: "post",
    path: "/api/campaigns/:id/comments",
    summary: "Comment on a response or a report section (the campaign's reviewers and its secretariat)",
    tags: ["report workflow"],
    auth: "session",
    request: { params: CampaignIdParamsSchema, body: CreateCommentSchema },
    responses: {
      201: { description: "The comment, with warnings for CPR-like text", schema: CommentViewSchema.extend({ warnings: z.array(TextWarningSchema) }) },
      400: { description: "Empty or too long text, a respondent or section the campaign does not have; `field` names it" },
      403: { description: "The national board reads but does not comment" },
      404: notFound,
    },
  });
  router.post("/campaigns/:id/comments", requireUser(), async (req, res) => {
    const { id } = parseInput(CampaignIdParamsSchema, req.params, "params");
    const input = parseInput(CreateCommentSchema, req.body);
    const { comment, warnings } = unwrap(await createComment(deps.db, currentUser(res), id, input, deps.now()));
    res.status(201).json({ ...comment, warnings });
  });

  registerRoute({
    method: "post",
    path: "/api/campaigns/:id/comments/:cid/resolve",
    summary: "Mark a comment resolved (the secretariat); resolving it again changes nothing",
    tags: ["report workflow"],
    auth: "session",
    request: { params: CommentParamsSchema },
    responses: {
      200: { description: "The comment", schema: CommentViewSchema },
      403: { description: "Only allowed to read this campaign" },
      404: { description: "No such campaign or comment, or not one of yours" },
    },
  });
  router.post("/campaigns/:id/comments/:cid/resolve", requireUser(), async (req, res) => {
    const { id, cid } = parseInput(CommentParamsSchema, req.params, "params");
    res.json(unwrap(await resolveComment(deps.db, currentUser(res), id, cid, deps.now())));
  });

  return router;
}
