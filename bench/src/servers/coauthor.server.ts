// Afrapport with its live co-authoring endpoint (as `pnpm start` attaches it) on the SQLite file named by the first
// argument, with `editors` secretariat users of region 1084 made as an operator makes them (the CLI's create-user;
// the benchmark signs them in through the API). Answers "memory" with its heap and RSS after a full garbage collection (run with
// --expose-gc), so the benchmark can see what each open draft costs.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { attachLiveEndpoint, createApp, loadConfig, openDatabase, prepareDatabase, runCli } from "@afrapport/server";
import { editorEmail, editorPassword } from "../coauthor/editors.js";

const [file, editorsArg] = process.argv.slice(2);
if (file === undefined) throw new Error("usage: coauthor.server.ts <sqlite file> <editors>");
const editors = Number(editorsArg ?? 10);
const loaded = loadConfig({ DATABASE_URL: `sqlite:${file}`, PORT: "0", AFRAPPORT_DEMO: "false" });
if (!loaded.ok) throw new Error(loaded.errors.join("\n"));
const env = { ...process.env, DATABASE_URL: `sqlite:${file}` };
const quiet = { out: () => {}, err: (line: string) => console.error(line) };
for (let i = 0; i < editors; i++) {
  const args = ["create-user", "--email", editorEmail(i), "--name", `Redaktør ${i + 1}`, "--role", "secretariat", "--region", "1084", "--password", editorPassword];
  if ((await runCli(args, env, quiet)) !== 0) throw new Error(`creating editor ${i + 1} failed`);
}
const handle = openDatabase(loaded.config.database);
await prepareDatabase(handle.db);

const server = createServer();
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const port = (server.address() as AddressInfo).port;
const config = { ...loaded.config, port, publicUrl: `http://127.0.0.1:${port}` };
const deps = { db: handle.db, config, staticDir: null };
server.on("request", createApp(deps));
const live = await attachLiveEndpoint(server, deps);

const gc = (globalThis as { gc?: () => void }).gc;
process.on("message", (command: unknown) => {
  if (command === "memory") {
    gc?.();
    gc?.();
    const usage = process.memoryUsage();
    process.send!({ memory: { heapUsed: usage.heapUsed, rss: usage.rss } });
  } else if (command === "stop") {
    void live
      .close()
      .then(() => new Promise<void>((resolve) => server.close(() => resolve())))
      .then(() => handle.close())
      .finally(() => process.exit(0));
    server.closeAllConnections();
  }
});
process.send!({ port });
