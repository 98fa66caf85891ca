import { Router } from "express";
import { z } from "zod";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { unwrap } from "../http/unwrap.js";
import { parseInput } from "../http/parse.js";
import { registerRoute } from "../openapi/openapi-registry.js";
import { nationalView } from "./national.service.js";

const AnnouncementParamsSchema = z.strictObject({ announcementId: z.string().min(1).max(100) });
const LocalizedTextSchema = z.object({ da: z.string(), en: z.string() });

const NationalViewSchema = z.object({
  announcement: z.object({ id: z.string(), title: LocalizedTextSchema }),
  regions: z.array(
    z.object({
      regionCode: z.string(),
      regionName: LocalizedTextSchema,
      campaign: z.object({ id: z.string(), title: z.string(), status: z.enum(["open", "closed", "reported"]), deadline: z.string() }).nullable(),
      report: z.record(z.string(), z.unknown()).nullable().describe("JointReport of the municipalities' submitted answers"),
      offerReport: z.record(z.string(), z.unknown()).nullable().describe("JointReport of the offers, screened with the default thresholds"),
      respondents: z.number().int(),
      submitted: z.number().int(),
    }),
  ),
});

/** The national board's view: the five regional reports of one announcement side by side. */
export function nationalRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();

  registerRoute({
    method: "get",
    path: "/api/national/announcements/:announcementId",
    summary: "The five regions' campaigns and joint reports for one announcement (national board, admin)",
    description: "Per region the campaign shown is the newest reported one, else the newest closed, else the newest open; drafts are not shown.",
    tags: ["national"],
    auth: "session",
    request: { params: AnnouncementParamsSchema },
    responses: {
      200: { description: "All five regions in region-code order", schema: NationalViewSchema },
      403: { description: "Only the national board and admins" },
      404: { description: "No such announcement" },
    },
  });
  router.get("/national/announcements/:announcementId", requireUser("national"), async (req, res) => {
    const { announcementId } = parseInput(AnnouncementParamsSchema, req.params, "params");
    res.json(unwrap(await nationalView(deps.db, currentUser(res), announcementId, deps.now())));
  });

  return router;
}
