/**
 * Who else has the draft open, from the awareness states of the live connection (the contract's
 * `{ user: { id, name, color }, focus: { element, field } }`): one entry per person however many tabs they have
 * open, oneself left out, each with initials and a colour that white text reads well on.
 */
export interface PresenceUser {
  id: string;
  name: string;
  color: string;
}

export interface PresenceFocus {
  element: string | null;
  field: string | null;
}

export interface PresenceState {
  user: PresenceUser;
  focus: PresenceFocus;
}

export interface Peer {
  id: string;
  name: string;
  initials: string;
  color: string;
  /** the question they are on, if any */
  element: string | null;
  field: string | null;
}

/** Dark enough for white initials (contrast ≥ 4.5:1 each), and apart from each other. */
export const presenceColors = ["#1f5fa8", "#a3320b", "#2e6b30", "#6b3fa0", "#8a5a00", "#0e6e74", "#a12a6a", "#4a5560"] as const;

export function presenceColor(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return presenceColors[hash % presenceColors.length]!;
}

/** The first letters of the first and last words, words being runs of letters outside parentheses: "Mette Holm (demo)" is MH. */
export function initialsOf(name: string): string {
  const words = name.replace(/\([^)]*\)/g, " ").match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  if (words.length === 0) return "?";
  const first = [...words[0]!][0]!;
  const last = words.length > 1 ? [...words.at(-1)!][0]! : "";
  return (first + last).toLocaleUpperCase("da-DK");
}

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/** One awareness state read, or null when it is not one of ours (an empty state, another shape). */
export function readPresence(state: unknown): PresenceState | null {
  if (typeof state !== "object" || state === null) return null;
  const { user, focus } = state as { user?: unknown; focus?: unknown };
  if (typeof user !== "object" || user === null) return null;
  const { id, name, color } = user as Record<string, unknown>;
  if (text(id) === null || text(name) === null) return null;
  const where = typeof focus === "object" && focus !== null ? (focus as Record<string, unknown>) : {};
  return {
    user: { id: id as string, name: name as string, color: text(color) ?? presenceColor(id as string) },
    focus: { element: text(where.element), field: text(where.field) },
  };
}

/** The others on the draft, by name; a person in several tabs once, on the question of the tab that has one. */
export function peersOf(states: ReadonlyMap<number, unknown>, selfClientId: number, selfUserId: string): Peer[] {
  const byUser = new Map<string, Peer>();
  for (const [clientId, raw] of states) {
    if (clientId === selfClientId) continue;
    const state = readPresence(raw);
    if (state === null || state.user.id === selfUserId) continue;
    const known = byUser.get(state.user.id);
    if (known !== undefined && (known.element !== null || state.focus.element === null)) continue;
    byUser.set(state.user.id, {
      id: state.user.id,
      name: state.user.name,
      initials: initialsOf(state.user.name),
      color: presenceColor(state.user.id),
      element: state.focus.element,
      field: state.focus.field,
    });
  }
  return [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name, "da-DK") || a.id.localeCompare(b.id));
}

/**
 * The field a focused control stands for, the same in every browser: a question panel's ids begin with a base of
 * its own (`qe«r1»-title-da`, question-editor.tsx), which is left out; other ids are used as they are.
 */
export function focusFieldOf(controlId: string): string | null {
  if (controlId === "") return null;
  const panel = /^qe[A-Za-z0-9]+-(.+)$/.exec(controlId);
  return panel === null ? controlId : panel[1]!;
}

/** The others on each question. */
export function peersByElement(peers: readonly Peer[]): Map<string, Peer[]> {
  const map = new Map<string, Peer[]>();
  for (const peer of peers) {
    if (peer.element === null) continue;
    map.set(peer.element, [...(map.get(peer.element) ?? []), peer]);
  }
  return map;
}
