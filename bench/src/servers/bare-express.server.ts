// The baseline: a bare Express 5 endpoint that parses the same JSON body as the autosave, at the same path, and
// answers with a revision and the answers – what any Express endpoint taking a save must do at the least.
import express from "express";
import { serveInChild } from "./serve-in-child.js";

const app = express();
app.disable("x-powered-by");
app.use(express.json({ limit: "1mb" }));
const revisions = new Map<string, number>();
app.put("/api/respond/:token/answers", (req, res) => {
  const revision = (revisions.get(req.params.token) ?? 0) + 1;
  revisions.set(req.params.token, revision);
  res.json({ revision, answers: (req.body as { answers?: unknown }).answers });
});
await serveInChild(app);
