// Afrapport as `pnpm start` runs it (the same app, configuration and database setup), on the SQLite file named
// by the first argument, with the demo seeded into it when it is empty; with the built front end of the folder the
// second argument names, else API only. The benchmark seeds its own respondents through the API.
import { createApp, loadConfig, openDatabase, prepareDatabase, seedDemo } from "@afrapport/server";
import { serveInChild } from "./serve-in-child.js";

const [file, staticDir] = process.argv.slice(2);
if (file === undefined) throw new Error("usage: afrapport.server.ts <sqlite file> [front-end folder]");
const loaded = loadConfig({ DATABASE_URL: `sqlite:${file}`, PORT: "0" });
if (!loaded.ok) throw new Error(loaded.errors.join("\n"));
const handle = openDatabase(loaded.config.database);
await prepareDatabase(handle.db);
await seedDemo({ db: handle.db, config: loaded.config });
await serveInChild(createApp({ db: handle.db, config: loaded.config, staticDir: staticDir ?? null }), () => handle.close());
