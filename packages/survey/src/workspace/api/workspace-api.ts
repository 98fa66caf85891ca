import { campaignApi, routeUrl, type RouteDef, type RouteInput, type RouteOutput } from "@afrapport/schema/api";
import { errorFromBody, networkError, ok, fail, parseJson, type ApiResult } from "./api-error.js";
import type {
  Approval,
  ApprovalDecisionInput,
  AuditEntry,
  BoardEntry,
  CampaignReport,
  CommentTarget,
  ExportLocale,
  InviteMunicipalitiesResult,
  InviteNamedOffersInput,
  InviteNamedOffersResult,
  InviteOfferInput,
  Invited,
  NamedOffer,
  NationalOverview,
  OutboxMessage,
  ReminderInput,
  ReminderSchedule,
  RemindersQueued,
  RecordedDecision,
  ReportSnapshot,
  Respondent,
  ResponseDetail,
  ReviewComment,
  ScreeningThresholdsQuery,
  SectionSummary,
  SignedIn,
  TextWarning,
  UpdateRespondentInput,
} from "./workspace-types.js";
import type { CampaignStatus, CreateCampaignInput, ExtendDeadlineInput } from "@afrapport/schema/api";

export type { ApiError, ApiResult } from "./api-error.js";
export type * from "./workspace-types.js";

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type Query = Record<string, string | number | undefined>;

const enc = encodeURIComponent;

/**
 * The secretariat's, reviewers' and national readers' API, session-authenticated. Every call resolves to an
 * `ApiResult` – a failure is a value with the server's code, message and field, never a thrown error. The
 * session's CSRF token (from `login` and `me`) is kept here and sent as `X-CSRF-Token` on every write.
 */
export class WorkspaceApi {
  csrfToken: string | null = null;
  /** called when any request answers 401 (the session ended): the session context signs the person out */
  onUnauthenticated: (() => void) | undefined;

  constructor(
    private readonly fetchImpl: FetchLike = (input, init) => globalThis.fetch(input, init),
    readonly origin = "",
  ) {}

  // ------------------------------------------------------------ auth

  async login(email: string, password: string): Promise<ApiResult<SignedIn>> {
    const result = await this.request<SignedIn>("POST", "/api/auth/login", { email, password }, undefined, false);
    if (result.ok) this.csrfToken = result.value.csrfToken;
    return result;
  }

  /** The signed-in user, or a 401 error when no one is signed in. */
  async me(): Promise<ApiResult<SignedIn>> {
    const result = await this.request<SignedIn>("GET", "/api/auth/me", undefined, undefined, false);
    if (result.ok) this.csrfToken = result.value.csrfToken;
    return result;
  }

  async logout(): Promise<ApiResult<void>> {
    const result = await this.request<void>("POST", "/api/auth/logout");
    this.csrfToken = null;
    return result;
  }

  // ------------------------------------------------------------ campaigns

  listCampaigns() {
    return this.call(campaignApi.list, {});
  }

  createCampaign(input: CreateCampaignInput) {
    return this.call(campaignApi.create, { body: input });
  }

  getCampaign(id: string) {
    return this.call(campaignApi.get, { params: { id } });
  }

  renameCampaign(id: string, title: string) {
    return this.call(campaignApi.rename, { params: { id }, body: { title } });
  }

  changeStatus(id: string, status: CampaignStatus) {
    return this.call(campaignApi.changeStatus, { params: { id }, body: { status } });
  }

  deadlineHistory(id: string) {
    return this.call(campaignApi.deadlineHistory, { params: { id } });
  }

  /** Extends the campaign's deadline, or one respondent's with `respondentId`. */
  extendDeadline(id: string, input: ExtendDeadlineInput) {
    return this.call(campaignApi.extendDeadline, { params: { id }, body: input });
  }

  listReviewers(id: string) {
    return this.call(campaignApi.listReviewers, { params: { id } });
  }

  addReviewer(id: string, who: { userId: string } | { email: string }) {
    return this.call(campaignApi.addReviewer, { params: { id }, body: who });
  }

  removeReviewer(id: string, userId: string) {
    return this.call(campaignApi.removeReviewer, { params: { id, userId } });
  }

  // ------------------------------------------------------------ respondents

  /** The status board: every respondent with state, last activity and effective deadline. */
  listRespondents(id: string): Promise<ApiResult<{ respondents: BoardEntry[] }>> {
    return this.request("GET", `/api/campaigns/${enc(id)}/respondents`);
  }

  inviteMunicipalities(id: string): Promise<ApiResult<InviteMunicipalitiesResult>> {
    return this.request("POST", `/api/campaigns/${enc(id)}/respondents/municipalities`);
  }

  inviteOffer(id: string, input: InviteOfferInput): Promise<ApiResult<Invited>> {
    return this.request("POST", `/api/campaigns/${enc(id)}/respondents/offers`, input);
  }

  /** A1: contact name and e-mail of one respondent. */
  updateRespondent(id: string, rid: string, input: UpdateRespondentInput): Promise<ApiResult<Respondent>> {
    return this.request("PATCH", `/api/campaigns/${enc(id)}/respondents/${enc(rid)}`, input);
  }

  /** A new link; the old one stops working. The token is in this answer only. */
  replaceLink(id: string, rid: string): Promise<ApiResult<Invited>> {
    return this.request("POST", `/api/campaigns/${enc(id)}/respondents/${enc(rid)}/link`);
  }

  revokeLink(id: string, rid: string): Promise<ApiResult<void>> {
    return this.request("DELETE", `/api/campaigns/${enc(id)}/respondents/${enc(rid)}/link`);
  }

  reopenResponse(id: string, rid: string, reason: string): Promise<ApiResult<{ status: "reopened"; revision: number }>> {
    return this.request("POST", `/api/campaigns/${enc(id)}/respondents/${enc(rid)}/reopen`, { reason });
  }

  getResponse(id: string, rid: string): Promise<ApiResult<ResponseDetail>> {
    return this.request("GET", `/api/campaigns/${enc(id)}/responses/${enc(rid)}`);
  }

  attachmentUrl(id: string, attachmentId: string): string {
    return `${this.origin}/api/campaigns/${enc(id)}/attachments/${enc(attachmentId)}`;
  }

  // ------------------------------------------------------------ report and exports

  getReport(id: string, thresholds: ScreeningThresholdsQuery = {}): Promise<ApiResult<CampaignReport>> {
    return this.request("GET", `/api/campaigns/${enc(id)}/report${queryString({ ...thresholds })}`);
  }

  /** B4 and the CSV export: plain GET links (the session cookie goes along), for `<a href download>`. */
  exportUrl(
    id: string,
    kind: "report.docx" | "report.html" | "answers.xlsx" | "export.csv",
    options: { locale?: ExportLocale; snapshot?: string; audience?: "municipality" | "offer" } = {},
  ): string {
    return `${this.origin}/api/campaigns/${enc(id)}/${kind}${queryString(options)}`;
  }

  // ------------------------------------------------------------ audit

  listAudit(query: { campaignId?: string; limit?: number; before?: number } = {}): Promise<ApiResult<{ entries: AuditEntry[]; nextBefore: number | null }>> {
    return this.request("GET", `/api/audit${queryString(query)}`);
  }

  // ------------------------------------------------------------ A: outbox and reminders

  listOutbox(id: string): Promise<ApiResult<{ messages: OutboxMessage[] }>> {
    return this.request("GET", `/api/campaigns/${enc(id)}/outbox`);
  }

  sendReminders(id: string, input: ReminderInput = {}): Promise<ApiResult<RemindersQueued>> {
    return this.request("POST", `/api/campaigns/${enc(id)}/reminders`, input);
  }

  markSent(id: string, messageId: string): Promise<ApiResult<OutboxMessage>> {
    return this.request("POST", `/api/campaigns/${enc(id)}/outbox/${enc(messageId)}/mark-sent`);
  }

  getReminderSchedule(id: string): Promise<ApiResult<ReminderSchedule>> {
    return this.request("GET", `/api/campaigns/${enc(id)}/reminder-schedule`);
  }

  setReminderSchedule(id: string, daysBefore: number[]): Promise<ApiResult<ReminderSchedule>> {
    return this.request("PUT", `/api/campaigns/${enc(id)}/reminder-schedule`, { daysBefore });
  }

  // ------------------------------------------------------------ A: named offers

  listNamedOffers(id: string): Promise<ApiResult<{ offers: NamedOffer[] }>> {
    return this.request("GET", `/api/campaigns/${enc(id)}/named-offers`);
  }

  mergeOffers(id: string, from: string, into: string): Promise<ApiResult<{ offers: NamedOffer[] }>> {
    return this.request("POST", `/api/campaigns/${enc(id)}/named-offers/merge`, { from, into });
  }

  unmergeOffer(id: string, from: string): Promise<ApiResult<{ offers: NamedOffer[] }>> {
    return this.request("DELETE", `/api/campaigns/${enc(id)}/named-offers/merge/${enc(from)}`);
  }

  /** Invites the offers; their links are in this answer only. */
  inviteNamedOffers(id: string, input: InviteNamedOffersInput): Promise<ApiResult<InviteNamedOffersResult>> {
    return this.request("POST", `/api/campaigns/${enc(id)}/named-offers/invite`, input);
  }

  // ------------------------------------------------------------ A: national view

  nationalOverview(announcementId: string): Promise<ApiResult<NationalOverview>> {
    return this.request("GET", `/api/national/announcements/${enc(announcementId)}`);
  }

  // ------------------------------------------------------------ B: summaries, approval, snapshots, comments

  listSummaries(id: string): Promise<ApiResult<{ summaries: SectionSummary[] }>> {
    return this.request("GET", `/api/campaigns/${enc(id)}/summaries`);
  }

  /** A 409 `stale_revision` error carries the current summary in `error.body`. */
  saveSummary(id: string, sectionId: string, text: string, baseVersion: number): Promise<ApiResult<SectionSummary & { warnings: TextWarning[] }>> {
    return this.request("PUT", `/api/campaigns/${enc(id)}/summaries/${enc(sectionId)}`, { text, baseVersion });
  }

  getApproval(id: string): Promise<ApiResult<Approval>> {
    return this.request("GET", `/api/campaigns/${enc(id)}/approval`);
  }

  setApprovalSteps(id: string, steps: string[]): Promise<ApiResult<Approval>> {
    return this.request("PUT", `/api/campaigns/${enc(id)}/approval/steps`, { steps });
  }

  recordDecision(id: string, input: ApprovalDecisionInput): Promise<ApiResult<RecordedDecision>> {
    return this.request("POST", `/api/campaigns/${enc(id)}/approval/decisions`, input);
  }

  getSnapshot(id: string, snapshotId: string): Promise<ApiResult<ReportSnapshot>> {
    return this.request("GET", `/api/campaigns/${enc(id)}/snapshots/${enc(snapshotId)}`);
  }

  listComments(id: string): Promise<ApiResult<{ comments: ReviewComment[] }>> {
    return this.request("GET", `/api/campaigns/${enc(id)}/comments`);
  }

  addComment(id: string, target: CommentTarget, text: string): Promise<ApiResult<ReviewComment & { warnings: TextWarning[] }>> {
    return this.request("POST", `/api/campaigns/${enc(id)}/comments`, { target, text });
  }

  resolveComment(id: string, commentId: string): Promise<ApiResult<ReviewComment>> {
    return this.request("POST", `/api/campaigns/${enc(id)}/comments/${enc(commentId)}/resolve`);
  }

  // ------------------------------------------------------------ plumbing

  /** One route of the API contract: its URL made from the path parameters and query, its answer typed by it. */
  call<R extends RouteDef>(route: R, input: RouteInput<R>, reportUnauthenticated = true): Promise<ApiResult<RouteOutput<R>>> {
    const url = routeUrl(route, input.params as Record<string, unknown> | undefined, input.query as Record<string, unknown> | undefined);
    return this.request(route.method.toUpperCase() as Method, url, input.body, undefined, reportUnauthenticated);
  }

  /** A GET link to a route (downloads), for `<a href download>`: the session cookie goes along. */
  href<R extends RouteDef>(route: R, input: RouteInput<R>): string {
    return this.origin + routeUrl(route, input.params as Record<string, unknown> | undefined, input.query as Record<string, unknown> | undefined);
  }

  /** Any JSON request; exported for endpoints not wrapped above. Writes carry the CSRF token. */
  async request<T>(method: Method, path: string, body?: unknown, query?: Query, reportUnauthenticated = true): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { accept: "application/json" };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (method !== "GET" && this.csrfToken !== null) headers["x-csrf-token"] = this.csrfToken;
    let response: Response;
    try {
      response = await this.fetchImpl(this.origin + path + queryString(query ?? {}), {
        method,
        headers,
        credentials: "same-origin",
        cache: "no-store",
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      return fail(networkError);
    }
    const text = await response.text().catch(() => "");
    if (!response.ok) {
      const error = errorFromBody(response.status, parseJson(text), response.headers.get("retry-after"));
      if (response.status === 401 && reportUnauthenticated) this.onUnauthenticated?.();
      return fail(error);
    }
    return ok((response.status === 204 ? undefined : parseJson(text)) as T);
  }
}

/** "?a=1&b=x" from the defined values, "" when there are none. */
export function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}
