// Afrapport (API only) on the PostgreSQL database DATABASE_URL (first argument), in `processes` server processes
// (second argument, 1 by default) sharing one port through node's cluster: the primary accepts the connections and
// hands them to the processes in turn (round-robin), so a load generator's connections spread evenly over them.
// The primary brings the database to the newest schema and seeds the demo into it when it is empty (before any
// process serves), tells the benchmark the port and the serving processes' pids (RunningServer.info.workerPids, to
// read their CPU time), and on "stop" stops them. CPU profiles are not taken here (measure.ts's BENCH_CPU_PROF).
import cluster, { type Worker } from "node:cluster";
import { createServer } from "node:http";
import { createApp, loadConfig, openDatabase, prepareDatabase, seedDemo } from "@afrapport/server";
import type { ServerCommand, ServerReady } from "./serve-in-child.js";

const [databaseUrl, processesText] = process.argv.slice(2);
const processes = Number(processesText ?? 1);
if (databaseUrl === undefined || !Number.isInteger(processes) || processes < 1) throw new Error("usage: afrapport-pg.server.ts <postgres://…> [processes]");
const loaded = loadConfig({ DATABASE_URL: databaseUrl, PORT: "0" });
if (!loaded.ok) throw new Error(loaded.errors.join("\n"));
const config = loaded.config;

if (cluster.isPrimary) {
  const handle = openDatabase(config.database);
  await prepareDatabase(handle.db);
  if ((await handle.db.selectFrom("campaigns").select("id").limit(1).execute()).length === 0) await seedDemo({ db: handle.db, config });
  await handle.close();

  const workers: Worker[] = [];
  const ports = await Promise.all(
    Array.from({ length: processes }, () => {
      const worker = cluster.fork();
      workers.push(worker);
      return new Promise<number>((resolve, reject) => {
        worker.once("listening", (address) => resolve(address.port));
        worker.once("exit", (code) => reject(new Error(`a server process exited (${code}) before it listened`)));
      });
    }),
  );
  const ready: ServerReady = { port: ports[0]!, info: { workerPids: workers.map((w) => w.process.pid!) } };
  process.on("message", (command: ServerCommand) => {
    if (command === "stop") {
      void Promise.all(workers.map((worker) => new Promise((resolve) => (worker.once("exit", resolve), worker.send("stop"))))).then(() => process.exit(0));
    } else {
      // answered at once, so a benchmark run with BENCH_CPU_PROF goes on (without a profile of these processes)
      process.send!(command.profile === "start" ? "profiling" : "profiled");
    }
  });
  process.send!(ready);
} else {
  const handle = openDatabase(config.database);
  const server = createServer(createApp({ db: handle.db, config, staticDir: null }));
  // in a cluster every process's listen(0) gets the same port, the primary's
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.on("message", (command: unknown) => {
    if (command !== "stop") return;
    server.closeAllConnections();
    server.close(() => void handle.close().finally(() => process.exit(0)));
  });
}
