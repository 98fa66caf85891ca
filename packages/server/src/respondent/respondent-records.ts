import type { Kysely } from "kysely";
import type { Database, RespondentRow } from "../db/tables.js";
import { findRespondent, findRespondentById, listBoard, recordActivity, setRespondentDeadline, type BoardRow } from "./respondent.repository.js";

// The respondents as other features look them up and touch them: the campaign (a respondent's own deadline), the
// respondent's requests through its link, comments, reminders and named offers. Kept apart from
// respondent.service.ts, which builds on the campaign and response services and so cannot be imported by them.
// Every function takes a Kysely handle, so it runs alike inside and outside a transaction.

/** A respondent with its response's state and its working link, as the status board lists it. */
export type RespondentOnBoard = BoardRow;

/** The respondent with this id in this campaign, or undefined (a respondent of another campaign is not found). */
export async function respondentInCampaign(db: Kysely<Database>, campaignId: string, respondentId: string): Promise<RespondentRow | undefined> {
  return findRespondent(db, campaignId, respondentId);
}

/** The respondent an invite link belongs to, whatever its campaign (the link is the authorisation). */
export async function respondentOfLink(db: Kysely<Database>, respondentId: string): Promise<RespondentRow | undefined> {
  return findRespondentById(db, respondentId);
}

/** Every respondent of a campaign with its response and whether it has a working link; municipalities first. */
export async function respondentsOnBoard(db: Kysely<Database>, campaignId: string): Promise<RespondentOnBoard[]> {
  return listBoard(db, campaignId);
}

/** Records activity through the link: the first opening once, the last activity every time. */
export async function recordLinkActivity(db: Kysely<Database>, respondentId: string, at: string): Promise<void> {
  await recordActivity(db, respondentId, at);
}

/** Gives a respondent its own deadline (a deadline extension for it alone; the caller checked it is later). */
export async function setOwnDeadline(db: Kysely<Database>, respondentId: string, deadline: string): Promise<void> {
  await setRespondentDeadline(db, respondentId, deadline);
}
