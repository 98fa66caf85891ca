// Afrapport (API only) on any database – `sqlite:<file>` or `postgres://…` – for the report and export benchmarks:
// on an empty database it seeds the demo (AFRAPPORT_DEMO_PASSWORD signs its secretariat in) and then `count`
// submitted responses into the demo's campaign; a database seeded before is served as it is. It tells the benchmark
// the campaign and how many submitted responses it holds (RunningServer.info: { campaignId, submitted }).
import { createApp, loadConfig, openDatabase, prepareDatabase, seedDemo } from "@afrapport/server";
import { seedSubmittedResponses } from "../fixtures/submitted-responses.js";
import { serveInChild } from "./serve-in-child.js";

const [databaseUrl, countText] = process.argv.slice(2);
const count = Number(countText);
if (databaseUrl === undefined || !Number.isInteger(count) || count < 0) throw new Error("usage: report.server.ts <DATABASE_URL> <count of submitted responses>");
const loaded = loadConfig({ DATABASE_URL: databaseUrl, PORT: "0" });
if (!loaded.ok) throw new Error(loaded.errors.join("\n"));
const handle = openDatabase(loaded.config.database);
await prepareDatabase(handle.db);
const fresh = (await handle.db.selectFrom("users").select("id").limit(1).execute()).length === 0;
let campaignId: string;
if (fresh) {
  await seedDemo({ db: handle.db, config: loaded.config });
  campaignId = (await seedSubmittedResponses(handle.db, { count })).campaignId;
} else {
  const campaign = await handle.db
    .selectFrom("campaigns")
    .select("id")
    .where("announcement_id", "=", "gravide-rusmiddel")
    .where("offer_version_id", "is not", null)
    .orderBy("created_at")
    .executeTakeFirstOrThrow();
  campaignId = campaign.id;
}
const { submitted } = await handle.db
  .selectFrom("responses")
  .select((eb) => eb.fn.countAll<number>().as("submitted"))
  .where("campaign_id", "=", campaignId)
  .where("status", "=", "submitted")
  .executeTakeFirstOrThrow();
await serveInChild(createApp({ db: handle.db, config: loaded.config, staticDir: null }), () => handle.close(), { campaignId, submitted: Number(submitted) });
