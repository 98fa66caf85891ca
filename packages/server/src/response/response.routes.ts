import { Router } from "express";
import { z } from "zod";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { unwrap } from "../http/unwrap.js";
import { parseInput } from "../http/parse.js";
import { registerRoute } from "../openapi/openapi-registry.js";
import { ReopenSchema, RespondentParamsSchema } from "../respondent/respondent-input.js";
import { AttachmentViewSchema } from "./respond.routes.js";
import { reopenResponse, responseDetail } from "./response.service.js";

const DetailSchema = z.object({
  respondent: z.record(z.string(), z.unknown()),
  response: z.object({
    id: z.string(),
    status: z.enum(["draft", "submitted", "reopened"]),
    revision: z.number().int(),
    answers: z.record(z.string(), z.unknown()),
    questionnaire: z.object({ key: z.string(), version: z.string() }),
    updatedAt: z.string(),
    submittedAt: z.string().nullable(),
    deadline: z.string(),
  }),
  revisions: z.array(
    z.object({
      revision: z.number().int(),
      baseRevision: z.number().int().nullable(),
      kind: z.enum(["save", "merge", "submit", "reopen"]),
      author: z.union([z.object({ kind: z.literal("respondent") }), z.object({ kind: z.literal("user"), id: z.string(), name: z.string().nullable() })]),
      createdAt: z.string(),
      answersSha256: z.string(),
    }),
  ),
  attachments: z.array(AttachmentViewSchema),
});

const ResponseParamsSchema = RespondentParamsSchema;

/** The secretariat's (and reviewers') reads of one response, and reopening a submitted one. */
export function responseRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();

  registerRoute({
    method: "get",
    path: "/api/campaigns/:id/responses/:rid",
    summary: "One respondent's current answers and the revision history (revision, kind, author, time)",
    tags: ["responses"],
    auth: "session",
    request: { params: ResponseParamsSchema },
    responses: { 200: { description: "The response", schema: DetailSchema }, 404: { description: "No such campaign or respondent, or not one of yours" } },
  });
  router.get("/campaigns/:id/responses/:rid", requireUser(), async (req, res) => {
    const { id, rid } = parseInput(ResponseParamsSchema, req.params, "params");
    res.json(unwrap(await responseDetail(deps.db, currentUser(res), id, rid)));
  });

  registerRoute({
    method: "post",
    path: "/api/campaigns/:id/respondents/:rid/reopen",
    summary: "Reopen a submitted response so the respondent can change it (a revision of kind reopen)",
    tags: ["responses"],
    auth: "session",
    request: { params: RespondentParamsSchema, body: ReopenSchema },
    responses: {
      200: { description: "Reopened", schema: z.object({ status: z.literal("reopened"), revision: z.number().int() }) },
      400: { description: "The reason is missing; `field` names it" },
      403: { description: "Only allowed to read this campaign" },
      404: { description: "No such campaign or respondent, or not one of yours" },
      409: { description: "The response is not submitted" },
    },
  });
  router.post("/campaigns/:id/respondents/:rid/reopen", requireUser(), async (req, res) => {
    const { id, rid } = parseInput(RespondentParamsSchema, req.params, "params");
    const input = parseInput(ReopenSchema, req.body);
    res.json(unwrap(await reopenResponse(deps.db, currentUser(res), id, rid, input.reason, deps.now())));
  });

  return router;
}
