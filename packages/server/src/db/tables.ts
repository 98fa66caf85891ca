import type { Generated, Insertable, Selectable, Updateable } from "kysely";

/**
 * The table types of the Afrapport database. Timestamps are ISO 8601 strings in UTC and ids are UUID strings
 * on both SQLite and PostgreSQL, so rows look the same whichever database holds them. JSON is stored as text.
 * Only repositories (`*.repository.ts`) query these tables.
 */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  campaigns: CampaignsTable;
  campaign_reviewers: CampaignReviewersTable;
  deadline_extensions: DeadlineExtensionsTable;
  respondents: RespondentsTable;
  invite_links: InviteLinksTable;
  responses: ResponsesTable;
  response_revisions: ResponseRevisionsTable;
  attachments: AttachmentsTable;
  audit_log: AuditLogTable;
  rate_limits: RateLimitsTable;
}

export type UserRole = "admin" | "secretariat" | "reviewer" | "national";

export interface UsersTable {
  id: string;
  email: string; // stored lower-case
  name: string;
  password_hash: string;
  role: UserRole;
  region_code: string | null; // secretariat: the region it serves
  created_at: string;
  disabled_at: string | null;
}

export interface SessionsTable {
  id_hash: string; // sha256 of the session cookie's value; the value itself is never stored
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export type CampaignStatus = "draft" | "open" | "closed" | "reported";

export interface CampaignsTable {
  id: string;
  announcement_id: string;
  region_code: string;
  title: string;
  status: CampaignStatus;
  deadline: string; // ISO datetime
  municipality_questionnaire: string; // "key@version"
  offer_questionnaire: string | null; // "key@version"
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface CampaignReviewersTable {
  campaign_id: string;
  user_id: string;
  added_at: string;
}

export interface DeadlineExtensionsTable {
  id: string;
  campaign_id: string;
  respondent_id: string | null; // null: the whole campaign
  previous_deadline: string | null;
  new_deadline: string;
  reason: string;
  extended_by: string;
  extended_at: string;
}

export type RespondentKind = "municipality" | "offer";

export interface RespondentsTable {
  id: string;
  campaign_id: string;
  kind: RespondentKind;
  kommune_code: string | null;
  name: string;
  operator: string | null; // offers: municipal | regional | private
  legal_basis: string | null;
  contact_name: string | null;
  contact_email: string | null;
  deadline: string | null; // a per-respondent extension; null: the campaign's deadline
  created_at: string;
  first_opened_at: string | null;
  last_activity_at: string | null;
}

export interface InviteLinksTable {
  id: string;
  respondent_id: string;
  token_hash: string; // sha256 of the capability token; the token itself is never stored
  created_by: string;
  created_at: string;
  revoked_at: string | null;
}

export type ResponseStatus = "draft" | "submitted" | "reopened";

export interface ResponsesTable {
  id: string;
  campaign_id: string;
  respondent_id: string;
  questionnaire_key: string;
  questionnaire_version: string;
  status: ResponseStatus;
  current_revision: number;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
}

export type RevisionKind = "save" | "merge" | "submit" | "reopen";

export interface ResponseRevisionsTable {
  id: string;
  response_id: string;
  revision: number; // unique per response: the database, not the process, decides who wins a race
  base_revision: number | null;
  kind: RevisionKind;
  answers_json: string;
  answers_sha256: string;
  author: string; // "respondent" or a user id
  created_at: string;
}

export interface AttachmentsTable {
  id: string;
  response_id: string;
  question_name: string;
  file_name: string;
  content_type: string;
  size: number;
  sha256: string;
  // The file itself lives in the database so that several server processes can share one PostgreSQL.
  content: Uint8Array;
  created_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string; // user id, "respondent:<id>" or "system"
  action: string; // e.g. "campaign.created"
  campaign_id: string | null;
  subject_type: string;
  subject_id: string;
  details_json: string;
}

export interface RateLimitsTable {
  key: string;
  window_start: string;
  count: number;
}

export type UserRow = Selectable<UsersTable>;
export type CampaignRow = Selectable<CampaignsTable>;
export type RespondentRow = Selectable<RespondentsTable>;
export type ResponseRow = Selectable<ResponsesTable>;
export type ResponseRevisionRow = Selectable<ResponseRevisionsTable>;
export type AttachmentRow = Selectable<AttachmentsTable>;
export type NewAuditEntry = Insertable<AuditLogTable>;
export type CampaignUpdate = Updateable<CampaignsTable>;
