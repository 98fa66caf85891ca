import { Router } from "express";
import { z } from "zod";
import type { ResolvedAppDeps } from "../app-deps.js";
import { unwrap } from "../http/unwrap.js";
import { parseInput } from "../http/parse.js";
import { registerRoute } from "../openapi/openapi-registry.js";
import { respondentContext } from "./respondent-context.js";
import { SaveAnswersSchema, SubmitSchema, TokenParamsSchema } from "./response-input.js";
import { openRespondentPage, saveAnswers } from "./response.service.js";
import { receiptWithAnswers, submitResponse } from "./submission.service.js";

const LocalizedSchema = z.object({ da: z.string(), en: z.string() });
export const AttachmentViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  size: z.number().int(),
  contentType: z.string(),
  sha256: z.string(),
  question: z.string(),
});
const RespondentPageSchema = z.object({
  campaign: z.object({ id: z.string(), title: z.string(), announcementTitle: LocalizedSchema, deadline: z.string(), status: z.string() }),
  respondent: z.object({ id: z.string(), name: z.string(), kind: z.enum(["municipality", "offer"]) }),
  questionnaire: z.record(z.string(), z.unknown()).describe("the QuestionnaireVersion JSON (SurveyJS survey inside)"),
  response: z.object({
    id: z.string(),
    status: z.enum(["draft", "submitted", "reopened"]),
    revision: z.number().int(),
    answers: z.record(z.string(), z.unknown()),
    updatedAt: z.string(),
    submittedAt: z.string().nullable(),
  }),
  attachments: z.array(AttachmentViewSchema),
  editable: z.boolean(),
  notEditableReason: z.string().optional(),
});
const IssueSchema = z.object({ question: z.string(), path: z.string(), code: z.string(), message: LocalizedSchema });
const SaveResultSchema = z.object({
  revision: z.number().int(),
  answers: z.record(z.string(), z.unknown()).describe("the full saved state"),
  fromTheirs: z.array(z.string()).describe("questions whose value came from a colleague's save, merged in"),
  warnings: z.array(IssueSchema).describe("e.g. what looks like a CPR number in free text"),
  errors: z.array(IssueSchema).describe("draft-mode validation: informational, the answers were saved"),
});
const ConflictSchema = z.looseObject({
  error: z.object({ code: z.literal("stale_revision"), message: z.string() }),
  conflicts: z.array(z.object({ question: z.string(), base: z.unknown(), mine: z.unknown(), theirs: z.unknown() })),
  current: z.object({ revision: z.number().int(), answers: z.record(z.string(), z.unknown()) }),
});
const ReceiptSchema = z.object({
  responseId: z.string(),
  revision: z.number().int(),
  submittedAt: z.string(),
  answersSha256: z.string(),
  respondentName: z.string(),
  campaignTitle: z.string(),
});

const linkErrors = {
  404: { description: "link_invalid: no such link" },
  410: { description: "link_revoked: the link was replaced or withdrawn" },
  429: { description: "rate_limited: too many invalid links from this address (Retry-After)" },
};

/** The respondent API, authorised by the capability token in the path. */
export function respondRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();

  registerRoute({
    method: "get",
    path: "/api/respond/:token",
    summary: "Open an invite link: the campaign, the questionnaire, the saved answers and files",
    tags: ["respond"],
    auth: "token",
    request: { params: TokenParamsSchema },
    responses: { 200: { description: "The respondent's page", schema: RespondentPageSchema }, ...linkErrors },
  });
  router.get("/respond/:token", async (req, res) => {
    const ctx = await respondentContext(deps, req, res);
    res.json(await openRespondentPage(deps.db, ctx, deps.now()));
  });

  registerRoute({
    method: "put",
    path: "/api/respond/:token/answers",
    summary: "Save the answers as a draft (appends a revision; merges per question with colleagues' saves)",
    tags: ["respond"],
    auth: "token",
    request: { params: TokenParamsSchema, body: SaveAnswersSchema },
    responses: {
      200: { description: "Saved (or unchanged)", schema: SaveResultSchema },
      400: { description: "Not an object, an unknown question, a forbidden key, a foreign file reference; nothing saved" },
      ...linkErrors,
      409: { description: "stale_revision (both changed a question: `conflicts`, `current`; nothing saved) or conflict (not editable: submitted, closed, past the deadline)", schema: ConflictSchema },
      413: { description: "The body is too large" },
    },
  });
  router.put("/respond/:token/answers", async (req, res) => {
    const ctx = await respondentContext(deps, req, res);
    const input = parseInput(SaveAnswersSchema, req.body);
    res.json(unwrap(await saveAnswers(deps.db, ctx, input, deps.now())));
  });

  registerRoute({
    method: "post",
    path: "/api/respond/:token/submit",
    summary: "Submit the answers (saving given answers as a draft first); the same submission again returns the same receipt",
    tags: ["respond"],
    auth: "token",
    request: { params: TokenParamsSchema, body: SubmitSchema },
    responses: {
      200: { description: "Submitted", schema: z.object({ receipt: ReceiptSchema }) },
      400: { description: "Invalid input; nothing saved" },
      ...linkErrors,
      409: { description: "stale_revision, or conflict (already submitted with other answers, closed, past the deadline)" },
      422: { description: "unprocessable: `errors` lists what to fix; given answers were saved as a draft (`revision`)" },
    },
  });
  router.post("/respond/:token/submit", async (req, res) => {
    const ctx = await respondentContext(deps, req, res);
    const input = parseInput(SubmitSchema, req.body);
    res.json(unwrap(await submitResponse(deps.db, ctx, input, deps.now())));
  });

  registerRoute({
    method: "get",
    path: "/api/respond/:token/receipt",
    summary: "The receipt of the latest submission, with the answers submitted",
    tags: ["respond"],
    auth: "token",
    request: { params: TokenParamsSchema },
    responses: {
      200: { description: "The receipt", schema: z.object({ receipt: ReceiptSchema, answers: z.record(z.string(), z.unknown()) }) },
      ...linkErrors,
      404: { description: "link_invalid, or not_found: not submitted yet" },
    },
  });
  router.get("/respond/:token/receipt", async (req, res) => {
    const ctx = await respondentContext(deps, req, res);
    res.json(unwrap(await receiptWithAnswers(deps.db, ctx)));
  });

  return router;
}
