import type { BoardEntry, RespondentKind, RespondentState } from "@afrapport/schema/api";

export const respondentStates: readonly RespondentState[] = ["not-opened", "in-progress", "submitted", "reopened"];

export interface BoardFilter {
  state: RespondentState | "all";
  kind: RespondentKind | "all";
  /** free text: part of the name, the contact's name or email, or the municipality code */
  search: string;
}

export const noFilter: BoardFilter = { state: "all", kind: "all", search: "" };

/** Lower case in Danish, so "københavn" finds "København" and "KØBENHAVN". */
function fold(text: string): string {
  return text.toLocaleLowerCase("da-DK").normalize("NFC").trim();
}

export function filterBoard(entries: readonly BoardEntry[], filter: BoardFilter): BoardEntry[] {
  const needle = fold(filter.search);
  return entries.filter(
    (entry) =>
      (filter.state === "all" || entry.state === filter.state) &&
      (filter.kind === "all" || entry.kind === filter.kind) &&
      (needle === "" || [entry.name, entry.contactName ?? "", entry.contactEmail ?? "", entry.kommuneCode ?? ""].some((text) => fold(text).includes(needle))),
  );
}

export function countByState(entries: readonly BoardEntry[]): Record<RespondentState, number> {
  const counts: Record<RespondentState, number> = { "not-opened": 0, "in-progress": 0, submitted: 0, reopened: 0 };
  for (const entry of entries) counts[entry.state] += 1;
  return counts;
}

/** Those a reminder would go to: everyone not submitted whose deadline has not passed. */
export function notSubmitted(entries: readonly BoardEntry[], now: Date = new Date()): BoardEntry[] {
  return entries.filter((entry) => entry.state !== "submitted" && Date.parse(entry.deadline) > now.getTime());
}

export function isRespondentState(value: string): value is RespondentState {
  return (respondentStates as readonly string[]).includes(value);
}
