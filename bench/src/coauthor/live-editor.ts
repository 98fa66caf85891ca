import { performance } from "node:perf_hooks";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import WebSocket from "ws";

// One editor of P7 in Node: a Y.Doc on a WebSocket speaking y-protocols as y-websocket's WebsocketProvider does
// (sync step 1 on open, each local change sent as an update). The same client talks to Afrapport and to the bare
// relay, so both are measured with the same client work. A change is known by the id of its first Yjs struct
// (client id, clock): the sender notes when it sent it, each receiver when the struct arrived.

const messageSync = 0;
const remote = Symbol("remote");

/** When each change was sent, by `${client}:${clock}`, shared by all editors of one measurement (one process). */
export type SentLog = Map<string, number>;

const structKeys = (update: Uint8Array) => Y.decodeUpdate(update).structs.map((struct) => `${struct.id.client}:${struct.id.clock}`);

export class LiveEditor {
  readonly doc = new Y.Doc();
  private ws: WebSocket | undefined;

  constructor(
    private readonly sent: SentLog,
    private readonly latencies: number[],
  ) {
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === remote) {
        const now = performance.now();
        for (const key of structKeys(update)) {
          const at = this.sent.get(key);
          if (at !== undefined) this.latencies.push(now - at);
        }
        return;
      }
      if (this.ws?.readyState !== WebSocket.OPEN) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, messageSync);
      syncProtocol.writeUpdate(encoder, update);
      const at = performance.now();
      for (const key of structKeys(update)) this.sent.set(key, at);
      this.ws.send(encoding.toUint8Array(encoder));
    });
  }

  /** Connects; with `handshake`, resolves once the server's sync step 2 arrived (Afrapport), else once open (the relay). */
  connect(url: string, headers: Record<string, string>, handshake: boolean): Promise<void> {
    const ws = new WebSocket(url, { headers, perMessageDeflate: false });
    this.ws = ws;
    return new Promise((resolve, reject) => {
      ws.on("open", () => {
        if (!handshake) return resolve();
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, messageSync);
        syncProtocol.writeSyncStep1(encoder, this.doc);
        ws.send(encoding.toUint8Array(encoder));
      });
      ws.on("message", (data: Buffer) => {
        const decoder = decoding.createDecoder(new Uint8Array(data));
        if (decoding.readVarUint(decoder) !== messageSync) return;
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, messageSync);
        // the relay forwards other editors' handshakes too; answering them there would only add traffic
        const type = syncProtocol.readSyncMessage(decoder, encoder, this.doc, remote);
        if (handshake && encoding.length(encoder) > 1) ws.send(encoding.toUint8Array(encoder));
        if (type === syncProtocol.messageYjsSyncStep2) resolve();
      });
      ws.on("close", (code, reason) => reject(new Error(`closed ${code}: ${reason.toString()}`)));
      ws.on("error", reject);
    });
  }

  /** Types one character at the end of a text of the document. */
  type(text: Y.Text, character: string): void {
    text.insert(text.length, character);
  }

  close(): Promise<void> {
    const ws = this.ws;
    this.ws = undefined;
    if (ws === undefined || ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      ws.once("close", () => resolve());
      ws.close();
    });
  }
}

/** The Danish title text of a question in a draft document (the layout of @afrapport/schema/coauthor's README). */
export function questionTitle(doc: Y.Doc, name: string): Y.Text {
  for (const node of doc.getMap<Y.Map<unknown>>("nodes").values()) {
    if (node.get("name") !== name) continue;
    const title = node.get("title");
    const text = title instanceof Y.Map ? title.get("da") : title;
    if (text instanceof Y.Text) return text;
  }
  throw new Error(`no question ${name} with a Danish title in the document`);
}
