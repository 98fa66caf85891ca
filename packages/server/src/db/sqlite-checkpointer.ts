import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { prefersNodeSqlite } from "./node-sqlite-database.js";

// SQLite copies its write-ahead log back into the database file in a "checkpoint", by default inside the commit
// that takes the log past 1,000 pages: that commit then writes megabytes and waits for the disk twice, on the event
// loop, and every request behind it waits too. So the app's connection checkpoints never (wal_autocheckpoint = 0)
// and a connection of its own on a worker thread does it every quarter second, in PASSIVE mode (it never waits for
// or blocks a writer). SQLite syncs the log before copying from it, so nothing committed is put at risk; when the
// log has been copied whole, the next write starts it from the beginning again, so it stays small.

/** How often the worker checkpoints. */
const intervalMs = 250;

// Plain JavaScript, run with `eval`, so that it loads the same way from the sources (tsx) and from the build.
const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const db = workerData.driver === "node:sqlite"
  ? new (process.getBuiltinModule("node:sqlite").DatabaseSync)(workerData.path)
  : new (require(workerData.driver))(workerData.path);
db.exec("pragma busy_timeout = 5000; pragma synchronous = FULL;");
const statement = db.prepare("pragma wal_checkpoint(PASSIVE)");
let failures = 0;
const checkpoint = () => {
  try {
    statement.all();
    failures = 0;
  } catch (error) {
    // said once, not four times a second; the next checkpoint tries again, and after a minute of failures the app's
    // connection is asked to checkpoint itself again (the log must not grow without end)
    failures++;
    if (failures === 1) parentPort.postMessage({ error: String(error && error.message || error) });
    if (failures === workerData.failuresBeforeGivingUp) parentPort.postMessage({ givingUp: true });
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on("message", () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  /** Checkpoints once more, closes the worker's connection and ends the worker. */
  stop(): Promise<void>;
}

/**
 * Starts checkpointing the SQLite database at `path` (in WAL mode) on a worker thread; `onLost` is called if the
 * worker stops by itself or its checkpoints have failed for a minute.
 */
export function startCheckpointer(path: string, onLost: () => void): Checkpointer {
  const driver = prefersNodeSqlite() ? "node:sqlite" : createRequire(import.meta.url).resolve("better-sqlite3");
  const worker = new Worker(workerSource, { eval: true, workerData: { path, driver, intervalMs, failuresBeforeGivingUp: 240 }, execArgv: [] });
  worker.on("message", (message: { error?: string; givingUp?: boolean }) => {
    if (message.error !== undefined) console.warn(`[sqlite] checkpoint of ${path} failed: ${message.error}`);
    if (message.givingUp === true) {
      console.warn(`[sqlite] checkpoints of ${path} keep failing; the app's connection checkpoints again itself`);
      onLost();
    }
  });
  worker.on("error", (error) => console.warn(`[sqlite] the checkpoint worker of ${path} stopped: ${error.message}`));
  // It must not keep the process alive: the app's close stops it, and a process that ends without closing leaves
  // the log to the next start, which SQLite reads as it is.
  worker.unref();
  let stopping = false;
  const exited = new Promise<void>((resolve) =>
    worker.once("exit", () => {
      if (!stopping) onLost();
      resolve();
    }),
  );
  return {
    stop: async () => {
      stopping = true;
      // held while it finishes: an unref'd worker would not keep a process alive that waits for nothing else
      worker.ref();
      worker.postMessage("stop");
      await exited;
    },
  };
}
