// P7's baseline: a bare `ws` server on its own HTTP server that relays every message a client sends to every other
// client of the same path, as a live server must at the least – no authentication, no document, no storage.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

const server = createServer();
const wss = new WebSocketServer({ server });
const rooms = new Map<string, Set<WebSocket>>();
wss.on("connection", (ws, req) => {
  const room = req.url ?? "/";
  let members = rooms.get(room);
  if (members === undefined) rooms.set(room, (members = new Set()));
  members.add(ws);
  ws.on("message", (data, isBinary) => {
    for (const other of members) if (other !== ws && other.readyState === other.OPEN) other.send(data, { binary: isBinary });
  });
  ws.on("close", () => members.delete(ws));
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
process.on("message", (command: unknown) => {
  if (command === "stop") {
    for (const ws of wss.clients) ws.terminate();
    server.close(() => process.exit(0));
  }
});
process.send!({ port: (server.address() as AddressInfo).port });
