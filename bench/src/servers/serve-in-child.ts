import { writeFileSync } from "node:fs";
import { createServer, type RequestListener } from "node:http";
import { Session } from "node:inspector/promises";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

/** What a server child tells the benchmark once it listens. */
export interface ServerReady {
  port: number;
  /** what the server has to tell the benchmark besides its port (e.g. the campaign it seeded) */
  info?: Record<string, unknown>;
}

/** What the benchmark asks of a server child: to stop, or to profile its CPU during a measured load. */
export type ServerCommand = "stop" | { profile: "start" } | { profile: "stop"; file: string };

/**
 * Serves `app` on a free loopback port and tells the parent (start-server.ts) the port. On "stop" it closes and
 * exits; between { profile: "start" } and { profile: "stop", file } it records a CPU profile of its main thread
 * (only the measured load, not the start-up) and answers "profiled" once the file is written.
 */
export async function serveInChild(app: RequestListener, beforeExit: () => Promise<void> = async () => {}, info?: Record<string, unknown>): Promise<void> {
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const ready: ServerReady = { port: (server.address() as AddressInfo).port, ...(info === undefined ? {} : { info }) };
  let session: Session | undefined;
  process.on("message", (command: ServerCommand) => {
    if (command === "stop") {
      server.closeAllConnections();
      server.close(() => void beforeExit().finally(() => process.exit(0)));
    } else if (command.profile === "start") {
      void (async () => {
        session = new Session();
        session.connect();
        await session.post("Profiler.enable");
        await session.post("Profiler.start");
        process.send!("profiling");
      })();
    } else if (session !== undefined) {
      const running = session;
      session = undefined;
      void (async () => {
        const { profile } = await running.post("Profiler.stop");
        writeFileSync(join(command.file), JSON.stringify(profile));
        running.disconnect();
        process.send!("profiled");
      })();
    }
  });
  process.send!(ready);
}
