import type { Answers, JointReport, LocalizedText } from "@afrapport/schema";

// The shapes the workspace API sends and receives (packages/server/src/*/*.routes.ts and the issue 5 contract).
// Types only: the server validates, the front end trusts its own server.

export type UserRole = "admin" | "secretariat" | "reviewer" | "national";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  regionCode: string | null;
}

export interface SignedIn {
  user: SessionUser;
  csrfToken: string;
}

// ---------------------------------------------------------------- campaigns

export type {
  Campaign,
  CampaignStatus,
  CreateCampaignInput,
  DeadlineExtension,
  ExtendDeadlineInput,
  PersonRef,
  QuestionnaireRef,
  RespondentKind,
  RespondentState,
  Reviewer,
} from "@afrapport/schema/api";
import type { PersonRef, QuestionnaireRef, RespondentKind, RespondentState, CampaignStatus } from "@afrapport/schema/api";

// ---------------------------------------------------------------- respondents

export type OfferOperator = "municipal" | "regional" | "private";

export interface Respondent {
  id: string;
  kind: RespondentKind;
  name: string;
  kommuneCode: string | null;
  operator: string | null;
  legalBasis: string | null;
  contactName: string | null;
  contactEmail: string | null;
  createdAt: string;
}

/** One row of the status board. */
export interface BoardEntry extends Respondent {
  state: RespondentState;
  responseId: string;
  revision: number;
  firstOpenedAt: string | null;
  lastActivityAt: string | null;
  submittedAt: string | null;
  /** the effective deadline (the respondent's own extension, or the campaign's) */
  deadline: string;
  deadlineExtended: boolean;
  editable: boolean;
  hasActiveLink: boolean;
  linkIssuedAt: string | null;
  /** reminders sent to the respondent (by SMTP or marked sent by hand) */
  remindersSent: number;
}

export interface InviteLink {
  token: string;
  url: string;
}

export interface Invited {
  respondent: Respondent;
  link: InviteLink;
}

export interface InviteMunicipalitiesResult {
  invited: Invited[];
  skipped: { kommuneCode: string; name: string }[];
}

export interface InviteOfferInput {
  name: string;
  operator: OfferOperator;
  legalBasis?: string;
  contactName?: string;
  contactEmail?: string;
}

export interface UpdateRespondentInput {
  contactName?: string;
  contactEmail?: string;
}

export interface AttachmentView {
  id: string;
  name: string;
  size: number;
  contentType: string;
  sha256: string;
  question: string;
}

export interface ResponseRevision {
  revision: number;
  baseRevision: number | null;
  kind: "save" | "merge" | "submit" | "reopen";
  author: { kind: "respondent" } | { kind: "user"; id: string; name: string | null };
  createdAt: string;
  answersSha256: string;
}

export interface ResponseDetail {
  respondent: Respondent & Record<string, unknown>;
  response: {
    id: string;
    status: "draft" | "submitted" | "reopened";
    revision: number;
    answers: Answers;
    questionnaire: QuestionnaireRef;
    updatedAt: string;
    submittedAt: string | null;
    deadline: string;
  };
  revisions: ResponseRevision[];
  attachments: AttachmentView[];
}

// ---------------------------------------------------------------- report and exports

export interface CampaignReport {
  campaign: { id: string; title: string; regionCode: string; status: string; deadline: string };
  generatedAt: string;
  municipality: JointReport;
  offer: JointReport | null;
}

export interface ScreeningThresholdsQuery {
  minCitizensPerYear?: number;
  minStaff?: number;
  minExperienceYears?: number;
}

export type ExportLocale = "da" | "en";

// ---------------------------------------------------------------- audit

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  campaignId: string | null;
  subjectType: string;
  subjectId: string;
  details: Record<string, unknown>;
}

// ---------------------------------------------------------------- A: mail, offers, national

export interface OutboxMessage {
  id: string;
  respondentId: string;
  respondentName: string;
  kind: "invitation" | "reminder";
  to: string | null;
  subject: string;
  body: string;
  createdAt: string;
  scheduledFor: string;
  sentAt: string | null;
  /** "smtp", or the id of the user who marked it sent */
  sentBy: string | null;
  /** the last sending error */
  error: string | null;
  attempts: number;
}

export interface RemindersQueued {
  queued: number;
  messages: OutboxMessage[];
  skipped: { respondentId: string; reason: "submitted" | "deadline-passed" }[];
}

export interface ReminderInput {
  /** default: every respondent that has not submitted */
  respondentIds?: string[];
  note?: string;
}

export interface ReminderSchedule {
  /** days before each respondent's effective deadline, largest first; [] for none */
  daysBefore: number[];
  updatedBy: string | null;
  updatedAt: string | null;
}

export interface NamedOffer {
  key: string;
  name: string;
  spellings: string[];
  /** municipal | regional | private as answered; "" when none */
  operator: string;
  /** choice values, e.g. sel-107 */
  legalBasis: string[];
  location: string[];
  /** submitted false: named in a draft */
  namedBy: { respondentId: string; name: string; submitted: boolean }[];
  mergedKeys: string[];
  invitedRespondentId: string | null;
}

export interface InvitedOffer {
  key: string;
  respondentId: string;
  name: string;
  /** shown only in this answer */
  link: InviteLink;
  invitationQueued: boolean;
}

export type OfferSkipReason = "unknown-key" | "duplicate" | "already-invited" | "no-operator";

export interface InviteNamedOffersResult {
  invited: InvitedOffer[];
  skipped: { key: string; reason: OfferSkipReason }[];
}

export interface InviteNamedOffersInput {
  keys: string[];
  /** with a contact email an invitation mail is queued */
  contacts?: Record<string, { contactName?: string; contactEmail?: string }>;
}

export interface NationalRegion {
  regionCode: string;
  regionName: LocalizedText;
  campaign: { id: string; title: string; status: CampaignStatus; deadline: string } | null;
  /** the municipalities' joint report */
  report: JointReport | null;
  /** the offers' joint report, screened with the default thresholds */
  offerReport: JointReport | null;
  respondents: number;
  submitted: number;
}

export interface NationalOverview {
  announcement: { id: string; title: LocalizedText };
  regions: NationalRegion[];
}

// ---------------------------------------------------------------- B: report workflow

export interface SectionSummary {
  sectionId: string;
  title: LocalizedText;
  audience: "municipality" | "offer";
  text: string;
  /** 0: no text yet */
  version: number;
  updatedBy: PersonRef | null;
  updatedAt: string | null;
}

/** A CPR-like number found in a saved text (saved anyway; the person is warned). */
export interface TextWarning {
  field: string;
  code: "cpr";
  message: LocalizedText;
  index: number;
  length: number;
}

export type ApprovalDecisionKind = "approved" | "approved-with-changes" | "rejected" | "noted" | "sent";

export interface ApprovalStep {
  position: number;
  name: string;
}

export interface ApprovalDecision {
  id: string;
  /** the step's position */
  step: number;
  stepName: string;
  /** the meeting date, YYYY-MM-DD */
  date: string;
  decision: ApprovalDecisionKind;
  note: string | null;
  decidedBy: PersonRef;
  decidedAt: string;
  snapshotId: string;
}

export interface Approval {
  steps: ApprovalStep[];
  customSteps: boolean;
  decisions: ApprovalDecision[];
  state: "draft" | "in-approval" | "complete";
  nextStep: ApprovalStep | null;
  /** the positions a decision may be recorded for now */
  allowedSteps: number[];
  reportChangedSinceLastSnapshot: boolean;
}

export interface ApprovalDecisionInput {
  /** the step's position or name */
  step: number | string;
  date: string;
  decision: ApprovalDecisionKind;
  note?: string;
}

/** A frozen copy of the report taken when a decision was recorded. */
export interface ReportSnapshot {
  id: string;
  campaignId: string;
  createdAt: string;
  createdBy: PersonRef;
  sha256: string;
  decision: Partial<ApprovalDecision> | null;
  campaign: Record<string, unknown>;
  report: { municipality: JointReport; offer: JointReport | null };
  /** the secretariat's text by section id */
  summaries: Record<string, string>;
}

export interface RecordedDecision {
  decision: ApprovalDecision;
  snapshot: ReportSnapshot;
  campaignStatus: CampaignStatus;
}

export type CommentTarget = { type: "response"; respondentId: string; respondentName?: string | null } | { type: "section"; sectionId: string };

export interface ReviewComment {
  id: string;
  target: CommentTarget;
  text: string;
  author: { id: string; name: string | null; role: UserRole | null };
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: PersonRef | null;
}
