// How much does a respondent's autosave cost compared with the least any Express endpoint can do?
// Both servers run in this process on loopback, on this machine, in the same run: our PUT /api/respond/:token/answers
// (token look-up, structural checks, draft validation with survey-core, CPR scan, an appended revision in SQLite)
// against a bare Express 5 endpoint that parses the same JSON body and answers. It prints the ratio; it asserts nothing.
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import express from "express";
import { createApp, loadConfig, openDatabase, prepareDatabase, seedDemo } from "@afrapport/server";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);
const WARMUP = 30;

async function listen(app: express.Express): Promise<{ url: string; close: () => Promise<void> }> {
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function time(label: string, rounds: number, request: (i: number) => Promise<Response>): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await (await request(i)).arrayBuffer();
  const start = performance.now();
  for (let i = 0; i < rounds; i++) {
    const response = await request(WARMUP + i);
    if (!response.ok) throw new Error(`${label}: HTTP ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
  }
  const perRequest = (performance.now() - start) / rounds;
  console.log(`${label.padEnd(34)} ${perRequest.toFixed(3)} ms/request over ${rounds} sequential requests`);
  return perRequest;
}

const dir = mkdtempSync(join(tmpdir(), "afrapport-bench-"));
const loaded = loadConfig({ DATABASE_URL: `sqlite:${join(dir, "bench.sqlite")}`, PORT: "0" });
if (!loaded.ok) throw new Error(loaded.errors.join("\n"));
const handle = openDatabase(loaded.config.database);
await prepareDatabase(handle.db);
const seeded = await seedDemo({ db: handle.db, config: loaded.config });
// The first demo link belongs to a municipality that has not answered yet, so every save appends a revision.
const token = new URL(seeded.respondentLinks[0]!.url).pathname.split("/").pop()!;

const ours = await listen(createApp({ db: handle.db, config: loaded.config, staticDir: null }));
const bareApp = express();
bareApp.use(express.json({ limit: "1mb" }));
let revision = 0;
bareApp.put("/answers", (req, res) => {
  revision += 1;
  res.json({ revision, answers: req.body.answers });
});
const bare = await listen(bareApp);

const opened = (await (await fetch(`${ours.url}/api/respond/${token}`)).json()) as { response: { revision: number } };
let current = opened.response.revision;
const answersFor = (i: number) => ({
  targetGroupCount: { "2017": i % 7, "2018": (i * 3) % 11, "2019": (i * 5) % 13 },
  targetGroupCountMethod: `Optalt fra journalsystemet, gennemgang nr. ${i}.`,
  futureOrganisation: "Vi vil samarbejde med familieambulatoriet og regionens psykiatri om et fælles forløb.",
});

const oursMs = await time("Afrapport PUT …/answers", ROUNDS, async (i) => {
  const response = await fetch(`${ours.url}/api/respond/${token}/answers`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ baseRevision: current, answers: answersFor(i) }),
  });
  if (response.ok) current = ((await response.clone().json()) as { revision: number }).revision;
  return response;
});
const bareMs = await time("bare Express PUT (JSON echo)", ROUNDS, (i) =>
  fetch(`${bare.url}/answers`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ baseRevision: i, answers: answersFor(i) }),
  }),
);
console.log(`ratio: an autosave costs ${(oursMs / bareMs).toFixed(1)}× a bare Express JSON round trip on this machine`);

await ours.close();
await bare.close();
await handle.close();
rmSync(dir, { recursive: true, force: true });
