import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createApp, DEFAULT_STATIC_DIR } from "./app.js";
import { attachLiveEndpoint } from "./coauthor/live-socket.js";
import type { AppDeps } from "./app-deps.js";
import { loadConfig, type Config } from "./config.js";
import { openDatabase } from "./db/database.js";
import { missingFrontEndNotice } from "./http/front-end.js";
import { prepareDatabase } from "./prepare-database.js";
import { hasCampaigns } from "./startup.repository.js";
import { seedDemo, type DemoSeedResult } from "./demo/demo-seed.js";
import { sealWaitingLinks } from "./outbox/outbox-links.js";
import { processHolder, runOnce } from "./schedule/run-in-slot.js";
import { startScheduler } from "./schedule/scheduler.js";
import { serverJobs } from "./schedule/server-jobs.js";
import { startWebhookWorker } from "./webhook/webhook-worker.js";

/**
 * Starts the service: configuration from the environment (every problem printed, exit 1), the database brought to
 * the newest schema, the demo campaign seeded into an empty database (unless AFRAPPORT_DEMO=false), then HTTP.
 * SIGINT/SIGTERM close the server (in-flight requests finish) and then the database.
 */
/**
 * The demo is seeded into an empty database only, unless AFRAPPORT_DEMO=false; by one process only, when several
 * start at once on one database (the others serve it as it appears).
 */
async function seedDemoIfWanted(deps: AppDeps, env: NodeJS.ProcessEnv, holder: string): Promise<DemoSeedResult | undefined> {
  if (env.AFRAPPORT_DEMO === "false") return undefined;
  if (await hasCampaigns(deps.db)) return undefined;
  const seeded = await runOnce({ db: deps.db, holder, now: () => new Date() }, { name: "demo-seed", leaseMs: 10 * 60_000 }, () => seedDemo(deps));
  return seeded.ran ? seeded.value : undefined;
}

/**
 * Seals the links of waiting mail with this start's LINK_KEY (outbox-links.ts) and says what it did; without
 * LINK_KEY, says what that means.
 */
async function sealOutboxLinks(deps: AppDeps, env: NodeJS.ProcessEnv): Promise<void> {
  if (env.LINK_KEY === undefined || env.LINK_KEY === "") {
    console.warn(
      "LINK_KEY is not set: the links in mail waiting in the outbox are sealed with a key made for this start only, and get new links at the next start (the old ones keep working). Set LINK_KEY (openssl rand -base64 32) to keep them, and use the same key in every server process.",
    );
  }
  const { sealed, replaced, dropped } = await sealWaitingLinks(deps.db, deps.config, new Date());
  if (sealed > 0) console.log(`Sealed ${sealed} link${sealed === 1 ? "" : "s"} of waiting mail that the database held in plain text.`);
  if (replaced > 0) console.log(`Gave ${replaced} waiting mail${replaced === 1 ? "" : "s"} a new link: this LINK_KEY cannot open the one they had (it keeps working).`);
  if (dropped > 0) console.log(`${dropped} waiting mail${dropped === 1 ? "" : "s"} kept no link: the secretariat had withdrawn it.`);
}

async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const loaded = loadConfig(env);
  if (!loaded.ok) {
    console.error("Afrapport cannot start; fix the configuration:");
    for (const error of loaded.errors) console.error(`  ${error}`);
    process.exit(1);
  }
  let config: Config = loaded.config;
  const database = openDatabase(config.database);
  try {
    await prepareDatabase(database.db);
  } catch (error) {
    console.error(`Afrapport cannot start: ${error instanceof Error ? error.message : String(error)}`);
    await database.close();
    process.exit(1);
  }

  // Listen first, so that PORT=0 (any free port) gives a real address for PUBLIC_URL's default.
  const server = createServer();
  server.on("error", (error: NodeJS.ErrnoException) => {
    console.error(error.code === "EADDRINUSE" ? `Port ${config.port} on ${config.host} is in use; set PORT to another.` : `Server error: ${error.message}`);
    process.exit(1);
  });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const { port } = server.address() as AddressInfo;
  if (env.PUBLIC_URL === undefined || env.PUBLIC_URL === "") config = { ...config, port, publicUrl: `http://${displayHost(config.host)}:${port}` };

  const deps: AppDeps = { db: database.db, config };
  // this process's name in scheduled_job_runs: which of several processes ran what
  const holder = processHolder();
  await sealOutboxLinks(deps, env);
  const demo = await seedDemoIfWanted(deps, env, holder);
  server.on("request", createApp(deps));
  const live = await attachLiveEndpoint(server, deps);

  // hourly, in one of the processes on this database each hour (schedule/scheduler.ts)
  const scheduler = startScheduler({ db: database.db, holder }, serverJobs({ db: database.db, links: config }));
  const stopWebhooks = startWebhookWorker({ db: database.db, config, now: () => new Date() });

  console.log(`Afrapport is running at ${config.publicUrl} (${database.dialect})`);
  console.log(`Secretariat sign-in: ${config.publicUrl}/sekretariat/log-ind`);
  const noFrontEnd = missingFrontEndNotice(DEFAULT_STATIC_DIR);
  if (noFrontEnd !== undefined) console.warn(noFrontEnd);
  if (demo) {
    console.log(`  demo login: ${demo.loginEmail}  password: ${demo.password}`);
    for (const other of demo.otherLogins) console.log(`  also, with the same password: ${other.email} (${other.why})`);
    const link = demo.respondentLinks[0];
    if (link) console.log(`Demo respondent link (${link.name}): ${link.url}`);
  } else if (env.AFRAPPORT_DEMO !== "false") {
    console.log("  (the database already holds data, so no demo was seeded; its login and links were printed when it was)");
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      console.error("Stopping at once.");
      process.exit(1);
    }
    stopping = true;
    console.log(`${signal}: stopping; waiting for requests in progress…`);
    stopWebhooks();
    // a scheduled run in progress finishes (and is recorded) before the database closes
    Promise.all([scheduler.stop(), live.close()])
      .then(() => closeServer(server))
      .then(() => database.close())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        console.error("Shutdown failed", error);
        process.exit(1);
      });
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

/** Stops accepting connections, lets requests in progress finish (at most 10 s), then closes what is left. */
function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 10_000).unref();
  });
}

function displayHost(host: string): string {
  if (host === "0.0.0.0" || host === "::" || host === "127.0.0.1") return "localhost";
  return host.includes(":") ? `[${host}]` : host;
}

await main();
