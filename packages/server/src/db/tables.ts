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
  login_throttles: LoginThrottlesTable;
  login_known_addresses: LoginKnownAddressesTable;
  // Report workflow: summaries, approval path, snapshots, comments
  report_summaries: ReportSummariesTable;
  approval_steps: ApprovalStepsTable;
  approval_decisions: ApprovalDecisionsTable;
  approval_step_plans: ApprovalStepPlansTable;
  approval_council_decisions: ApprovalCouncilDecisionsTable;
  report_snapshots: ReportSnapshotsTable;
  report_comments: ReportCommentsTable;
  // End of report workflow
  // Mail, reminders and named offers
  outbox: OutboxTable;
  reminder_schedules: ReminderSchedulesTable;
  offer_merges: OfferMergesTable;
  named_offer_invites: NamedOfferInvitesTable;
  offer_duplicate_dismissals: OfferDuplicateDismissalsTable;
  // End of mail, reminders and named offers
  // The catalogue: announcements, published questionnaire versions, drafts
  announcements: AnnouncementsTable;
  questionnaire_versions: QuestionnaireVersionsTable;
  questionnaire_drafts: QuestionnaireDraftsTable;
  questionnaire_draft_revisions: QuestionnaireDraftRevisionsTable;
  response_prefills: ResponsePrefillsTable;
  region_contacts: RegionContactsTable;
  user_invitations: UserInvitationsTable;
  user_identities: UserIdentitiesTable;
  webhooks: WebhooksTable;
  webhook_events: WebhookEventsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  draft_live_updates: DraftLiveUpdatesTable;
  draft_live_snapshots: DraftLiveSnapshotsTable;
  draft_comment_threads: DraftCommentThreadsTable;
  draft_comments: DraftCommentsTable;
  scheduled_job_runs: ScheduledJobRunsTable;
}

/** An account at an OpenID provider (issuer + subject) linked to a user: how an SSO sign-in finds its user. */
export interface UserIdentitiesTable {
  issuer: string;
  subject: string;
  user_id: string;
  email: string;
  created_at: string;
  last_sign_in_at: string;
}

/** A municipality's contact person as its region's secretariat last gave it, for the region's next campaign. */
export interface RegionContactsTable {
  region_code: string;
  kommune_code: string;
  contact_name: string | null;
  contact_email: string;
  updated_by: string;
  updated_at: string;
}

/** Answers carried into a response from the same respondent's response in an earlier campaign. */
export interface ResponsePrefillsTable {
  response_id: string;
  from_response_id: string;
  from_campaign_id: string;
  /** the revision of the response that holds the carried answers */
  revision: number;
  carried_json: string; // question names
  dropped_json: string; // DroppedAnswer[] from migrateAnswers
  created_by: string;
  created_at: string;
}

export interface AnnouncementsTable {
  id: string;
  title_json: string; // LocalizedText
  issued: string; // YYYY-MM-DD
  target_group_json: string; // LocalizedText
  competences_json: string; // Competence[]
  thresholds_json: string; // ScreeningThresholds
  built_in: 0 | 1;
  template_of: string | null;
  region_code: string | null; // the region whose secretariat made it; null: built in or made by an admin
  archived_at: string | null;
  revision: number;
  created_by: string | null; // null: shipped with Afrapport
  created_at: string;
  updated_by: string | null;
  updated_at: string;
}

export interface QuestionnaireVersionsTable {
  id: string; // "announcement/key@version"
  announcement_id: string;
  key: string;
  version: string;
  audience: "municipality" | "offer";
  json: string; // the whole QuestionnaireVersion, never changed once inserted
  sha256: string;
  built_in: 0 | 1;
  published_by: string | null;
  published_at: string;
  draft_id: string | null;
}

export interface QuestionnaireDraftsTable {
  id: string;
  announcement_id: string;
  key: string;
  audience: "municipality" | "offer";
  region_code: string | null;
  shared_json: string; // region codes
  based_on: string | null; // questionnaire_versions.id
  current_revision: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  published_version_id: string | null;
}

/** live: derived from the shared document of co-authoring, one author's changes since the revision before */
export type DraftRevisionKind = "create" | "import" | "save" | "merge" | "restore" | "live";

export interface QuestionnaireDraftRevisionsTable {
  draft_id: string;
  revision: number;
  base_revision: number | null;
  kind: DraftRevisionKind;
  restored_from: number | null;
  content_json: string; // QuestionnaireDraft
  content_sha256: string;
  findings: number;
  author: string | null;
  created_at: string;
}

export type UserRole = "admin" | "secretariat" | "reviewer" | "national";

export interface UsersTable {
  id: string;
  email: string; // stored lower-case
  name: string;
  password_hash: string;
  role: UserRole;
  region_code: string | null; // secretariat: the region it serves; reviewer: the region whose reference groups it joins
  created_at: string;
  disabled_at: string | null;
  organisation: string | null; // "Aarhus Kommune", "Region Midtjylland"
}

/**
 * An invitation to choose a password, with the mail that carries its link. `password_hash` is "" until it is used;
 * the link is sealed (sealed-link.ts) only while the mail waits, and only its sha256 is kept for the check.
 */
export interface UserInvitationsTable {
  id: string;
  user_id: string;
  token_hash: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  revoked_at: string | null;
  recipient: string;
  subject: string;
  body: string; // the link stands as LINK_PLACEHOLDER
  link_sealed: string | null;
  scheduled_for: string;
  sent_at: string | null;
  attempts: number;
  error: string | null;
}

export type UserInvitationRow = Selectable<UserInvitationsTable>;

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
  municipality_version_id: string; // questionnaire_versions.id
  offer_version_id: string | null; // questionnaire_versions.id
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

export type RevisionKind = "save" | "merge" | "submit" | "reopen" | "prefill";

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

/** Failed sign-ins of one account or one address, and when the next attempt may be checked (login-throttle.ts). */
export interface LoginThrottlesTable {
  key: string;
  failures: number;
  last_failure_at: string;
  next_attempt_at: string;
}

/** An address an account signed in from lately; its attempts on that account are not slowed by the account's count. */
export interface LoginKnownAddressesTable {
  key: string;
  last_success_at: string;
}

export type UserRow = Selectable<UsersTable>;
export type CampaignRow = Selectable<CampaignsTable>;
export type RespondentRow = Selectable<RespondentsTable>;
export type ResponseRow = Selectable<ResponsesTable>;
export type ResponseRevisionRow = Selectable<ResponseRevisionsTable>;
export type AttachmentRow = Selectable<AttachmentsTable>;
export type NewAuditEntry = Insertable<AuditLogTable>;
export type CampaignUpdate = Updateable<CampaignsTable>;

// Report workflow: summaries, approval path, snapshots, comments --------------------------------------------------

/** The secretariat's own text for one report section: append-only, the current text is the highest version. */
export interface ReportSummariesTable {
  id: string;
  campaign_id: string;
  section_id: string;
  version: number; // 1, 2, …; unique per (campaign, section)
  text: string;
  author: string; // user id
  created_at: string;
}

/** A campaign's approval path; without rows the region's default path applies. */
export interface ApprovalStepsTable {
  campaign_id: string;
  position: number; // 1-based
  name: string;
}

export type ApprovalDecisionKind = "approved" | "approved-with-changes" | "rejected" | "noted" | "sent";

export interface ApprovalDecisionsTable {
  id: string;
  campaign_id: string;
  sequence: number; // 1, 2, … per campaign; unique
  position: number; // the step's position when decided
  step_name: string; // the step's name when decided
  decision_date: string; // YYYY-MM-DD, the meeting's date
  decision: ApprovalDecisionKind;
  note: string | null;
  decided_by: string;
  decided_at: string;
  snapshot_id: string;
}

/** A step's planned meeting date or date range, keyed by the step's name (issue 13, item 13). */
export interface ApprovalStepPlansTable {
  campaign_id: string;
  step_name: string;
  planned_from: string; // YYYY-MM-DD
  planned_to: string | null; // YYYY-MM-DD; null for a single day
  updated_by: string;
  updated_at: string;
}

export type CouncilDecisionKind = "approved" | "approved-with-remarks" | "not-approved";

/** One council's decision on the councils' step: a municipality (3-digit code) or the regional council (region code). */
export interface ApprovalCouncilDecisionsTable {
  campaign_id: string;
  council_code: string;
  decision: CouncilDecisionKind;
  decision_date: string; // YYYY-MM-DD
  note: string | null;
  recorded_by: string;
  recorded_at: string;
}

/** The report as it stood when a decision was recorded; never changed. JSON as text. */
export interface ReportSnapshotsTable {
  id: string;
  campaign_id: string;
  created_at: string;
  created_by: string;
  report_json: string; // { municipality: JointReport, offer: JointReport | null }
  summaries_json: string; // { [sectionId]: text }
  campaign_json: string; // the campaign's facts and the approval path up to this decision
  sha256: string; // of the canonical JSON of { report, summaries }
}

export type CommentTargetType = "response" | "section";

/** Append-only apart from the resolution fields. */
export interface ReportCommentsTable {
  id: string;
  campaign_id: string;
  target_type: CommentTargetType;
  respondent_id: string | null; // target_type "response"
  section_id: string | null; // target_type "section"
  text: string;
  author_id: string;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
}

export type ReportSummaryRow = Selectable<ReportSummariesTable>;
export type ApprovalDecisionRow = Selectable<ApprovalDecisionsTable>;
export type ReportSnapshotRow = Selectable<ReportSnapshotsTable>;
export type ReportCommentRow = Selectable<ReportCommentsTable>;

// End of report workflow ------------------------------------------------------------------------------------------

// Mail, reminders and named offers --------------------------------------------------------------------------------

export type OutboxKind = "invitation" | "reminder";

/** One mail to a respondent: queued, then sent by SMTP or marked sent by a secretariat that sent it itself. */
export interface OutboxTable {
  id: string;
  campaign_id: string;
  respondent_id: string;
  kind: OutboxKind;
  recipient: string | null; // null: no contact email known; the secretariat copies the text
  subject: string;
  body: string; // plain text; the link stands as LINK_PLACEHOLDER (outbox-body.ts)
  link_id: string | null; // the invite link issued for this mail
  link_url: string | null; // no longer written: old rows' links, sealed into link_sealed and cleared at start
  link_sealed: string | null; // the link's token, encrypted with LINK_KEY (sealed-link.ts), until the mail is sent
  created_by: string; // user id or "system"
  created_at: string;
  scheduled_for: string;
  sent_at: string | null;
  sent_by: string | null; // "smtp" or the user id that marked it sent
  error: string | null; // the last sending error
  attempts: number;
  dedupe_key: string | null; // unique: a scheduled reminder is queued once
}

export interface ReminderSchedulesTable {
  campaign_id: string;
  days_before_json: string; // number[], largest first
  updated_by: string;
  updated_at: string;
}

/** The secretariat's judgement that two offer keys are the same offer: `from_key` is shown under `into_key`. */
export interface OfferMergesTable {
  campaign_id: string;
  from_key: string;
  into_key: string;
  created_by: string;
  created_at: string;
}

/** An offer respondent invited from a named offer's key. */
export interface NamedOfferInvitesTable {
  campaign_id: string;
  offer_key: string;
  respondent_id: string;
  created_by: string;
  created_at: string;
}

/** A suggested group of offer duplicates the secretariat said are different offers (issue 13, item 10). */
export interface OfferDuplicateDismissalsTable {
  campaign_id: string;
  group_key: string; // the group's offer keys, sorted, joined by "\n"
  dismissed_by: string;
  dismissed_at: string;
}

export type OutboxRow = Selectable<OutboxTable>;
// End of mail, reminders and named offers

// Webhooks (webhook/): a region's or a campaign's subscriptions, the events, their deliveries
export interface WebhooksTable {
  id: string;
  region_code: string;
  campaign_id: string | null; // null: every campaign of the region
  url: string;
  events_json: string; // WebhookEventName[]
  description: string | null;
  secret: string; // the signing secret itself (webhook-secret.ts says why); never sent back after it was shown
  active: number; // 1 or 0
  created_by: string;
  created_at: string;
  updated_at: string;
  secret_rotated_at: string;
}

export interface WebhookEventsTable {
  id: string;
  event: string;
  region_code: string;
  campaign_id: string;
  occurred_at: string;
  data_json: string; // ids only
  dispatched_at: string | null;
}

export type WebhookDeliveryStatus = "pending" | "delivered" | "failed";
export type WebhookFailure = "status" | "redirect" | "timeout" | "refused" | "network" | "switched_off";

export interface WebhookDeliveriesTable {
  id: string;
  webhook_id: string;
  event_id: string | null; // null for a test event and a redelivery (its body holds the event id)
  event: string;
  body: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  next_attempt_at: string | null;
  last_attempt_at: string | null;
  response_status: number | null;
  last_error: string | null;
  last_failure: WebhookFailure | null;
  redelivery_of: string | null;
  created_by: string; // user id or "system"
  created_at: string;
  delivered_at: string | null;
}

export type WebhookRow = Selectable<WebhooksTable>;
export type WebhookEventRow = Selectable<WebhookEventsTable>;
export type WebhookDeliveryRow = Selectable<WebhookDeliveriesTable>;
// End of webhooks

/** One Yjs update of a draft's shared document (co-authoring), appended as the server applied it. */
export interface DraftLiveUpdatesTable {
  id: string;
  draft_id: string;
  seq: number;
  update_b64: string;
  user_id: string | null;
  created_at: string;
}

/** A draft's shared document compacted: the updates folded into it are deleted. */
export interface DraftLiveSnapshotsTable {
  draft_id: string;
  state_b64: string;
  updated_at: string;
}

export interface DraftCommentThreadsTable {
  id: string;
  draft_id: string;
  element: string | null;
  created_at: string;
  resolved_by: string | null;
  resolved_at: string | null;
}

export interface DraftCommentsTable {
  id: string;
  thread_id: string;
  author: string;
  body: string;
  mentions_json: string; // user ids
  created_at: string;
}

/** A run of a scheduled job in one period slot (schedule/): one row per job and slot, whoever ran it. */
export interface ScheduledJobRunsTable {
  job: string;
  /** the slot's start (ISO), or "once" */
  slot: string;
  holder: string;
  started_at: string;
  lease_until: string;
  finished_at: string | null;
  error: string | null;
}

export type ScheduledJobRunRow = Selectable<ScheduledJobRunsTable>;
