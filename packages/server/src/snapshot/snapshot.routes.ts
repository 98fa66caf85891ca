import { Router } from "express";
import { z } from "zod";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { unwrap } from "../http/unwrap.js";
import { parseInput } from "../http/parse.js";
import { registerRoute } from "../openapi/openapi-registry.js";
import { getSnapshot } from "./snapshot.service.js";

export const SnapshotParamsSchema = z.strictObject({ id: z.string().min(1).max(100), sid: z.string().min(1).max(100) });

export const SnapshotViewSchema = z.object({
  id: z.string(),
  campaignId: z.string(),
  createdAt: z.string(),
  createdBy: z.object({ id: z.string(), name: z.string().nullable() }),
  sha256: z.string(),
  decision: z.record(z.string(), z.unknown()).nullable().describe("the decision that froze the report"),
  campaign: z.record(z.string(), z.unknown()).describe("the campaign's facts then, with the approval path up to this decision"),
  report: z.object({ municipality: z.record(z.string(), z.unknown()), offer: z.record(z.string(), z.unknown()).nullable() }),
  summaries: z.record(z.string(), z.string()),
});

/** The frozen report of one approval decision. */
export function snapshotRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();

  registerRoute({
    method: "get",
    path: "/api/campaigns/:id/snapshots/:sid",
    summary: "The report as it stood when an approval decision was recorded (joint reports, summaries, campaign facts)",
    tags: ["report workflow"],
    auth: "session",
    request: { params: SnapshotParamsSchema },
    responses: { 200: { description: "The frozen snapshot", schema: SnapshotViewSchema }, 404: { description: "No such campaign or snapshot, or not one of yours" } },
  });
  router.get("/campaigns/:id/snapshots/:sid", requireUser(), async (req, res) => {
    const { id, sid } = parseInput(SnapshotParamsSchema, req.params, "params");
    res.json(unwrap(await getSnapshot(deps.db, currentUser(res), id, sid)));
  });

  return router;
}
