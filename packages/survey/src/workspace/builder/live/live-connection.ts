/**
 * The live connection to a draft as the editor tells it: connecting the first time, connected (in sync), trying
 * again after a dropped connection, offline, ended by the server (the close codes of the co-authoring contract),
 * or never reached at all (a proxy without WebSockets: the editor falls back to saving by REST). A reducer over
 * the provider's events, so every transition is tested; the hook wires the events in.
 */
export type LiveEndReason = "signedOut" | "forbidden" | "missing" | "closed" | "other";

export interface LiveConnection {
  socket: "connecting" | "connected" | "disconnected";
  /** the first sync with the server is done: the doc holds the draft */
  synced: boolean;
  everSynced: boolean;
  online: boolean;
  ended: LiveEndReason | null;
  /** the first connection never came through */
  unavailable: boolean;
}

export type LiveConnectionEvent =
  | { type: "socket"; status: LiveConnection["socket"] }
  | { type: "synced"; synced: boolean }
  | { type: "closed"; code: number }
  | { type: "online"; online: boolean }
  /** the wait for the first sync is over */
  | { type: "gaveUp" };

export type LiveState =
  | { kind: "connecting" }
  | { kind: "connected" }
  | { kind: "reconnecting" }
  | { kind: "offline" }
  | { kind: "ended"; reason: LiveEndReason }
  | { kind: "unavailable" };

/** How long the first connection may take before the editor saves by REST instead. */
export const firstSyncTimeoutMs = 8_000;

export function startConnection(online: boolean): LiveConnection {
  return { socket: "connecting", synced: false, everSynced: false, online, ended: null, unavailable: false };
}

/** 4401 signed out, 4403 not allowed (or a foreign origin), 4404 no such draft, 4409 published or deleted. */
export function endReasonOf(code: number): LiveEndReason {
  switch (code) {
    case 4401:
      return "signedOut";
    case 4403:
      return "forbidden";
    case 4404:
      return "missing";
    case 4409:
      return "closed";
    default:
      return "other";
  }
}

export function connectionReducer(state: LiveConnection, event: LiveConnectionEvent): LiveConnection {
  if (state.ended !== null || state.unavailable) return state;
  switch (event.type) {
    case "socket":
      return { ...state, socket: event.status, synced: event.status === "connected" ? state.synced : false };
    case "synced":
      return { ...state, synced: event.synced, everSynced: state.everSynced || event.synced };
    case "closed":
      return { ...state, socket: "disconnected", synced: false, ended: endReasonOf(event.code) };
    case "online":
      return { ...state, online: event.online };
    case "gaveUp":
      return state.everSynced ? state : { ...state, unavailable: true };
  }
}

export function liveState(state: LiveConnection): LiveState {
  if (state.ended !== null) return { kind: "ended", reason: state.ended };
  if (state.unavailable) return { kind: "unavailable" };
  if (!state.everSynced) return { kind: "connecting" };
  if (!state.online) return { kind: "offline" };
  if (state.socket === "connected" && state.synced) return { kind: "connected" };
  return { kind: "reconnecting" };
}
