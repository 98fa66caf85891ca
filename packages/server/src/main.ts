import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createApp, type AppDeps } from "./app.js";
import { loadConfig, type Config } from "./config.js";
import { openDatabase } from "./db/database.js";
import { migrateToLatest } from "./db/migrate.js";
import { runMaintenance } from "./maintenance.js";
import { runMailHousekeeping } from "./mail/mail-housekeeping.js";
import { hasCampaigns } from "./startup.repository.js";

/**
 * Starts the service: configuration from the environment (every problem printed, exit 1), the database brought to
 * the newest schema, the demo campaign seeded into an empty database (unless AFRAPPORT_DEMO=false), then HTTP.
 * SIGINT/SIGTERM close the server (in-flight requests finish) and then the database.
 */
export interface DemoSeedResult {
  loginEmail: string;
  password: string;
  respondentLinks: { name: string; url: string }[];
}

/**
 * The one place the demo seed is called. It lives in src/demo/demo-seed.ts (the campaign domain's file) and is
 * loaded on demand, so the server still starts while that file does not exist yet.
 */
async function seedDemoIfWanted(deps: AppDeps, env: NodeJS.ProcessEnv): Promise<DemoSeedResult | undefined> {
  if (env.AFRAPPORT_DEMO === "false") return undefined;
  if (await hasCampaigns(deps.db)) return undefined;
  const specifier = "./demo/demo-seed.js";
  let module: { seedDemo?: (deps: AppDeps) => Promise<DemoSeedResult> };
  try {
    module = (await import(specifier)) as typeof module;
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_MODULE_NOT_FOUND") {
      console.warn("No demo seed available (src/demo/demo-seed.ts); starting with an empty database.");
      return undefined;
    }
    throw error;
  }
  if (typeof module.seedDemo !== "function") return undefined;
  return module.seedDemo(deps);
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
    await migrateToLatest(database.db);
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
  const demo = await seedDemoIfWanted(deps, env);
  server.on("request", createApp(deps));

  const maintenance = setInterval(() => {
    runMaintenance(database.db, new Date()).catch((error: unknown) => console.error("Maintenance failed", error));
    void runMailHousekeeping({ db: database.db, publicUrl: config.publicUrl }, new Date());
  }, 3600_000);
  maintenance.unref();

  console.log(`Afrapport is running at ${config.publicUrl} (${database.dialect})`);
  if (demo) {
    console.log(`Demo sign-in: ${demo.loginEmail} / ${demo.password}`);
    const link = demo.respondentLinks[0];
    if (link) console.log(`Demo respondent link (${link.name}): ${link.url}`);
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      console.error("Stopping at once.");
      process.exit(1);
    }
    stopping = true;
    console.log(`${signal}: stopping; waiting for requests in progress…`);
    clearInterval(maintenance);
    closeServer(server)
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
