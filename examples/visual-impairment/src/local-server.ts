import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp, loadConfig, openDatabase, prepareDatabase, runCli } from "@afrapport/server";

export interface LocalServer {
  baseUrl: string;
  /** a secretariat user of the region, made with the operator's command line */
  secretariat: { email: string; password: string };
  /** stops the server, closes the database and deletes its file */
  close(): Promise<void>;
}

/**
 * Afrapport in this process, as `pnpm start` runs it, on a SQLite file of its own in a temporary folder and an
 * ephemeral port of 127.0.0.1. Everything after this talks to it over HTTP only.
 */
export async function startLocalServer(regionCode: string): Promise<LocalServer> {
  const folder = mkdtempSync(join(tmpdir(), "afrapport-example-"));
  const env = { DATABASE_URL: `sqlite:${join(folder, "afrapport.sqlite")}`, PORT: "0", HOST: "127.0.0.1" };
  const loaded = loadConfig(env);
  if (!loaded.ok) throw new Error(loaded.errors.join("\n"));
  const database = openDatabase(loaded.config.database);
  const server = createServer();
  try {
    await prepareDatabase(database.db);
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", resolve);
    });
  } catch (error) {
    await database.close();
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  // Invite links are built from the public address, so it must be the port the server really got.
  const config = { ...loaded.config, port, publicUrl: baseUrl };
  // checkResponses: every answer is checked against the contract on the server too.
  server.on("request", createApp({ db: database.db, config, staticDir: null, checkResponses: true }));

  const close = async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await database.close();
    rmSync(folder, { recursive: true, force: true });
  };

  const secretariat = { email: "sekretariat@midt.example.dk", password: randomBytes(18).toString("base64url") };
  const output: string[] = [];
  const io = { out: (line: string) => output.push(line), err: (line: string) => output.push(line) };
  const args = ["create-user", "--email", secretariat.email, "--name", "Rammeaftalesekretariatet, Region Midtjylland", "--role", "secretariat", "--region", regionCode];
  const code = await runCli(args, { ...env, AFRAPPORT_PASSWORD: secretariat.password }, io);
  if (code !== 0) {
    await close();
    throw new Error(`create-user failed (${code}): ${output.join("\n")}`);
  }
  return { baseUrl, secretariat, close };
}
