import { describe, expect, it } from "vitest";
import { connectionReducer, endReasonOf, liveState, startConnection, type LiveConnection, type LiveConnectionEvent } from "./live-connection.js";

const run = (events: LiveConnectionEvent[], start: LiveConnection = startConnection(true)) => events.reduce(connectionReducer, start);

describe("the live connection", () => {
  it("is connecting until the first sync, then connected", () => {
    expect(liveState(run([{ type: "socket", status: "connected" }]))).toEqual({ kind: "connecting" });
    expect(liveState(run([{ type: "socket", status: "connected" }, { type: "synced", synced: true }]))).toEqual({ kind: "connected" });
  });

  it("is reconnecting after a dropped connection, and connected again after the next sync", () => {
    const dropped = run([{ type: "socket", status: "connected" }, { type: "synced", synced: true }, { type: "socket", status: "disconnected" }]);
    expect(liveState(dropped)).toEqual({ kind: "reconnecting" });
    expect(liveState(run([{ type: "socket", status: "connecting" }, { type: "socket", status: "connected" }], dropped))).toEqual({ kind: "reconnecting" });
    expect(liveState(run([{ type: "socket", status: "connected" }, { type: "synced", synced: true }], dropped))).toEqual({ kind: "connected" });
  });

  it("says offline while the browser is offline", () => {
    const state = run([{ type: "socket", status: "connected" }, { type: "synced", synced: true }, { type: "online", online: false }, { type: "socket", status: "disconnected" }]);
    expect(liveState(state)).toEqual({ kind: "offline" });
    expect(liveState(connectionReducer(state, { type: "online", online: true }))).toEqual({ kind: "reconnecting" });
  });

  it("ends for good on the server's close codes, whatever comes after", () => {
    const ended = run([{ type: "socket", status: "connected" }, { type: "synced", synced: true }, { type: "closed", code: 4409 }, { type: "socket", status: "connected" }, { type: "synced", synced: true }]);
    expect(liveState(ended)).toEqual({ kind: "ended", reason: "closed" });
  });

  it("names each close code of the contract", () => {
    expect([4401, 4403, 4404, 4409, 4400].map(endReasonOf)).toEqual(["signedOut", "forbidden", "missing", "closed", "other"]);
  });

  it("is unavailable when the first sync never came, but a slow reconnect later is not", () => {
    expect(liveState(run([{ type: "socket", status: "connecting" }, { type: "gaveUp" }]))).toEqual({ kind: "unavailable" });
    const later = run([{ type: "synced", synced: true }, { type: "socket", status: "disconnected" }, { type: "gaveUp" }]);
    expect(liveState(later)).toEqual({ kind: "reconnecting" });
  });
});
