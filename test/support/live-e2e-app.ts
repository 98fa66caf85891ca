import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { DEFAULT_STATIC_DIR, createApp } from "../../packages/server/src/app.js";
import { attachLiveEndpoint, type LiveEndpoint } from "../../packages/server/src/coauthor/live-socket.js";
import { startTestApp, type TestApp, type TestClient } from "../../packages/server/src/test-support/test-app.js";

/**
 * The real server for co-authoring in the browser: like e2e-app.ts (the app on a fresh SQLite database, serving the
 * built front end, on an ephemeral port), with the live endpoint attached to the same HTTP server, as main.ts does.
 */
export interface LiveE2eServer {
  baseUrl: string;
  testApp: TestApp;
  secretariat: TestClient;
  live: LiveEndpoint;
  close(): Promise<void>;
}

export async function startLiveE2eServer(): Promise<LiveE2eServer> {
  const testApp = await startTestApp("sqlite");
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const deps = { db: testApp.db, config: { ...testApp.config, port, publicUrl: baseUrl }, staticDir: DEFAULT_STATIC_DIR, checkResponses: true };
  server.on("request", createApp(deps));
  const live = await attachLiveEndpoint(server, deps);
  const secretariat = await testApp.login({ role: "secretariat", regionCode: "1084" });
  return {
    baseUrl,
    testApp,
    secretariat,
    live,
    close: async () => {
      await live.close();
      await closeServer(server);
      await testApp.close();
    },
  };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
