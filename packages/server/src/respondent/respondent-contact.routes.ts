import { Router } from "express";
import { z } from "zod";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { unwrap } from "../http/unwrap.js";
import { parseInput } from "../http/parse.js";
import { registerRoute } from "../openapi/openapi-registry.js";
import { UpdateContactSchema, updateContact } from "./respondent-contact.js";
import { RespondentParamsSchema } from "./respondent-input.js";

const ContactUpdatedSchema = z.object({
  id: z.string(),
  kind: z.enum(["municipality", "offer"]),
  name: z.string(),
  kommuneCode: z.string().nullable(),
  operator: z.string().nullable(),
  legalBasis: z.string().nullable(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  createdAt: z.string(),
  invitationQueued: z.boolean().describe("whether this change queued the respondent's invitation mail"),
});

/** A respondent's contact person, whom its mail goes to. */
export function respondentContactRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();

  registerRoute({
    method: "patch",
    path: "/api/campaigns/:id/respondents/:rid",
    summary: "Set a respondent's contact person; null or \"\" clears a field",
    description:
      "A new email readdresses the respondent's unsent mail and, if no invitation was queued yet, queues one with a fresh additional link (not after it submitted, nor in a closed or reported campaign).",
    tags: ["respondents"],
    auth: "session",
    request: { params: RespondentParamsSchema, body: UpdateContactSchema },
    responses: {
      200: { description: "The respondent", schema: ContactUpdatedSchema },
      400: { description: "Invalid input; `field` names it" },
      403: { description: "Only allowed to read this campaign" },
      404: { description: "No such campaign or respondent, or not one of yours" },
    },
  });
  router.patch("/campaigns/:id/respondents/:rid", requireUser(), async (req, res) => {
    const { id, rid } = parseInput(RespondentParamsSchema, req.params, "params");
    const input = parseInput(UpdateContactSchema, req.body);
    res.json(unwrap(await updateContact(deps.db, currentUser(res), id, rid, input, deps.config.publicUrl, deps.now())));
  });

  return router;
}
