import pg from "pg";

// Two server processes on one PostgreSQL: after storing an update a process says so on a channel, and the others
// read that update and apply it to the draft's room if they have it open. The notification carries ids only; the
// update itself is read from the table, so nothing depends on NOTIFY's 8000-byte payload limit.

export const signalChannel = "afrapport_coauthor";

export type DraftSignal =
  | { kind: "update"; draftId: string; updateId: string; process: string }
  | { kind: "closed"; draftId: string; code: number; reason: string; process: string };

export interface Signals {
  send(signal: DraftSignal): Promise<void>;
  close(): Promise<void>;
}

function parseSignal(payload: string | undefined): DraftSignal | undefined {
  try {
    const value = JSON.parse(payload ?? "") as Partial<DraftSignal>;
    if (typeof value.draftId !== "string" || typeof value.process !== "string") return undefined;
    if (value.kind === "update" && typeof value.updateId === "string") return value as DraftSignal;
    if (value.kind === "closed" && typeof value.code === "number" && typeof value.reason === "string") return value as DraftSignal;
  } catch {
    // not ours
  }
  return undefined;
}

/**
 * Listens on the channel with a connection of its own (a pooled one would be handed to other queries); a lost
 * connection is opened again after a second, and again with a growing wait while that fails; what was missed
 * meanwhile comes with each client's next sync.
 */
export async function openSignals(url: string, onSignal: (signal: DraftSignal) => void): Promise<Signals> {
  let client: pg.Client | undefined;
  let closed = false;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on("notification", (message) => {
      const signal = message.channel === signalChannel ? parseSignal(message.payload) : undefined;
      if (signal) onSignal(signal);
    });
    next.on("error", (error) => {
      console.warn(`[coauthor] the LISTEN connection was lost: ${error.message}`);
      if (client === next) client = undefined;
      void next.end().catch(() => {});
      reconnect(1000);
    });
    await next.connect();
    await next.query(`listen ${signalChannel}`);
    client = next;
  };
  // tried again and again, waiting longer each time (up to half a minute), until the database is back
  const reconnect = (waitMs: number): void => {
    if (closed) return;
    setTimeout(() => {
      connect().catch((error: unknown) => {
        console.warn(`[coauthor] reconnecting the LISTEN connection failed: ${error instanceof Error ? error.message : String(error)}`);
        reconnect(Math.min(waitMs * 2, 30_000));
      });
    }, waitMs).unref();
  };
  await connect();
  const sender = new pg.Pool({ connectionString: url, max: 2 });
  sender.on("error", (error) => console.warn(`[coauthor] notify connection lost: ${error.message}`));
  return {
    send: async (signal) => {
      await sender.query("select pg_notify($1, $2)", [signalChannel, JSON.stringify(signal)]);
    },
    close: async () => {
      closed = true;
      await client?.end().catch(() => {});
      await sender.end().catch(() => {});
    },
  };
}
