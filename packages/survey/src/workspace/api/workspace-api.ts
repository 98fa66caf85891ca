import {
  announcementApi,
  approvalApi,
  auditApi,
  authApi,
  campaignApi,
  commentApi,
  exportApi,
  namedOfferApi,
  nationalApi,
  outboxApi,
  prefillApi,
  questionnaireApi,
  reminderApi,
  reportApi,
  respondentApi,
  responseApi,
  routeUrl,
  snapshotApi,
  summaryApi,
  attachmentApi,
  type ApprovalDecisionInput,
  type CouncilDecisionInput,
  type SetStepPlanInput,
  type CampaignStatus,
  type CommentTarget,
  type CreateCampaignInput,
  type ExportLocale,
  type ExtendDeadlineInput,
  type InviteNamedOffersInput,
  type InviteOfferInput,
  type ReminderInput,
  type RouteDef,
  type RouteInput,
  type RouteOutput,
  type SignedIn,
  type UpdateRespondentInput,
} from "@afrapport/schema/api";
import { errorFromBody, networkError, ok, fail, parseJson, type ApiResult } from "./api-error.js";

export type { ApiError, ApiResult } from "./api-error.js";

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** The secretariat's screening thresholds for the report; the screening model's defaults fill the rest. */
export interface ScreeningThresholds {
  minCitizensPerYear?: number;
  minStaff?: number;
  minExperienceYears?: number;
}

const thresholdsQuery = (thresholds: ScreeningThresholds) =>
  Object.fromEntries(Object.entries(thresholds).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])));

const exportRoutes = {
  "report.docx": exportApi.reportDocx,
  "report.html": exportApi.reportHtml,
  "answers.xlsx": exportApi.answersXlsx,
  "export.csv": exportApi.answersCsv,
} as const;

/**
 * The secretariat's, reviewers' and national readers' API, session-authenticated. Each method calls one route of
 * the API contract (@afrapport/schema/api), which gives its URL and the types of what goes in and comes out. Every
 * call resolves to an `ApiResult` – a failure is a value with the server's code, message and field, never a
 * thrown error. The session's CSRF token (from `login` and `me`) is kept here and sent as `X-CSRF-Token` on every
 * write.
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
    const result = await this.call(authApi.login, { body: { email, password } }, false);
    if (result.ok) this.csrfToken = result.value.csrfToken;
    return result;
  }

  /** The signed-in user, or a 401 error when no one is signed in. */
  async me(): Promise<ApiResult<SignedIn>> {
    const result = await this.call(authApi.me, {}, false);
    if (result.ok) this.csrfToken = result.value.csrfToken;
    return result;
  }

  async logout(): Promise<ApiResult<void>> {
    const result = await this.call(authApi.logout, {});
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

  /** The region's earlier campaigns whose answers can pre-fill this campaign's responses. */
  prefillSources(id: string) {
    return this.call(prefillApi.sources, { params: { id } });
  }

  /** Pre-fills the responses nobody has started from the same respondents' answers in an earlier campaign. */
  prefill(id: string, fromCampaignId: string) {
    return this.call(prefillApi.prefill, { params: { id }, body: { fromCampaignId } });
  }

  // ------------------------------------------------------------ respondents

  /** The status board: every respondent with state, last activity and effective deadline. */
  listRespondents(id: string) {
    return this.call(respondentApi.board, { params: { id } });
  }

  inviteMunicipalities(id: string) {
    return this.call(respondentApi.inviteMunicipalities, { params: { id } });
  }

  inviteOffer(id: string, input: InviteOfferInput) {
    return this.call(respondentApi.inviteOffer, { params: { id }, body: input });
  }

  /** The contact name and e-mail of one respondent; a first e-mail queues the invitation. */
  updateRespondent(id: string, rid: string, input: UpdateRespondentInput) {
    return this.call(respondentApi.updateContact, { params: { id, rid }, body: input });
  }

  /** A new link; the old one stops working. The token is in this answer only. */
  replaceLink(id: string, rid: string) {
    return this.call(respondentApi.replaceLink, { params: { id, rid } });
  }

  revokeLink(id: string, rid: string) {
    return this.call(respondentApi.revokeLink, { params: { id, rid } });
  }

  reopenResponse(id: string, rid: string, reason: string) {
    return this.call(responseApi.reopen, { params: { id, rid }, body: { reason } });
  }

  getResponse(id: string, rid: string) {
    return this.call(responseApi.detail, { params: { id, rid } });
  }

  attachmentUrl(id: string, attachmentId: string): string {
    return this.href(attachmentApi.downloadInCampaign, { params: { id, aid: attachmentId } });
  }

  // ------------------------------------------------------------ report and exports

  getReport(id: string, thresholds: ScreeningThresholds = {}) {
    return this.call(reportApi.get, { params: { id }, query: thresholdsQuery(thresholds) });
  }

  /** The responses one figure of the report came from: its ref, the report's sourcesVersion and thresholds. */
  figureSources(id: string, figure: string, version: string, thresholds: ScreeningThresholds = {}) {
    return this.call(reportApi.sources, { params: { id }, query: { ...thresholdsQuery(thresholds), figure, version } });
  }

  /** The exports are plain GET links (the session cookie goes along), for `<a href download>`. */
  exportUrl(
    id: string,
    kind: keyof typeof exportRoutes,
    options: { locale?: ExportLocale; snapshot?: string; audience?: "municipality" | "offer" } = {},
  ): string {
    return this.origin + routeUrl(exportRoutes[kind], { id }, options);
  }

  // ------------------------------------------------------------ audit

  listAudit(query: { campaignId?: string; limit?: number; before?: number } = {}) {
    return this.call(auditApi.list, { query });
  }

  // ------------------------------------------------------------ outbox and reminders

  listOutbox(id: string) {
    return this.call(outboxApi.list, { params: { id } });
  }

  sendReminders(id: string, input: ReminderInput = {}) {
    return this.call(reminderApi.send, { params: { id }, body: input });
  }

  markSent(id: string, messageId: string) {
    return this.call(outboxApi.markSent, { params: { id, mid: messageId } });
  }

  getReminderSchedule(id: string) {
    return this.call(reminderApi.getSchedule, { params: { id } });
  }

  setReminderSchedule(id: string, daysBefore: number[]) {
    return this.call(reminderApi.setSchedule, { params: { id }, body: { daysBefore } });
  }

  // ------------------------------------------------------------ offers named by the municipalities

  listNamedOffers(id: string) {
    return this.call(namedOfferApi.list, { params: { id } });
  }

  mergeOffers(id: string, from: string, into: string) {
    return this.call(namedOfferApi.merge, { params: { id }, body: { from, into } });
  }

  /** Suggested duplicate groups among the named offers. */
  offerDuplicates(id: string) {
    return this.call(namedOfferApi.duplicates, { params: { id } });
  }

  /** Merges a whole group into `into` in one step. */
  mergeOfferGroup(id: string, keys: string[], into: string) {
    return this.call(namedOfferApi.mergeGroup, { params: { id }, body: { keys, into } });
  }

  dismissOfferDuplicates(id: string, keys: string[]) {
    return this.call(namedOfferApi.dismissDuplicates, { params: { id }, body: { keys } });
  }

  unmergeOffer(id: string, from: string) {
    return this.call(namedOfferApi.unmerge, { params: { id, from } });
  }

  /** Invites the offers; their links are in this answer only. */
  inviteNamedOffers(id: string, input: InviteNamedOffersInput) {
    return this.call(namedOfferApi.invite, { params: { id }, body: input });
  }

  // ------------------------------------------------------------ the national view

  nationalOverview(announcementId: string) {
    return this.call(nationalApi.overview, { params: { announcementId } });
  }

  // ------------------------------------------------------------ summaries, approval, snapshots, comments

  listSummaries(id: string) {
    return this.call(summaryApi.list, { params: { id } });
  }

  /** A 409 `stale_revision` error carries the current summary in `error.body`. */
  saveSummary(id: string, sectionId: string, text: string, baseVersion: number) {
    return this.call(summaryApi.save, { params: { id, sectionId }, body: { text, baseVersion } });
  }

  getApproval(id: string) {
    return this.call(approvalApi.get, { params: { id } });
  }

  setApprovalSteps(id: string, steps: string[]) {
    return this.call(approvalApi.setSteps, { params: { id }, body: { steps } });
  }

  recordDecision(id: string, input: ApprovalDecisionInput) {
    return this.call(approvalApi.recordDecision, { params: { id }, body: input });
  }

  setStepPlan(id: string, input: SetStepPlanInput) {
    return this.call(approvalApi.setStepPlan, { params: { id }, body: input });
  }

  recordCouncilDecision(id: string, input: CouncilDecisionInput) {
    return this.call(approvalApi.recordCouncilDecision, { params: { id }, body: input });
  }

  getSnapshot(id: string, snapshotId: string) {
    return this.call(snapshotApi.get, { params: { id, sid: snapshotId } });
  }

  listComments(id: string) {
    return this.call(commentApi.list, { params: { id } });
  }

  addComment(id: string, target: CommentTarget, text: string) {
    return this.call(commentApi.create, { params: { id }, body: { target, text } });
  }

  resolveComment(id: string, commentId: string) {
    return this.call(commentApi.resolve, { params: { id, cid: commentId } });
  }

  // ------------------------------------------------------------ catalogue

  /** Announcements with their published questionnaire versions; archived ones only when asked for. */
  listAnnouncements(archived: "include" | "only" | "exclude" = "exclude") {
    return this.call(announcementApi.list, { query: { archived } });
  }

  /** One published questionnaire version (immutable). */
  questionnaireVersion(announcementId: string, key: string, version: string) {
    return this.call(questionnaireApi.version, { params: { announcementId, key, version } });
  }

  // ------------------------------------------------------------ plumbing

  /** One route of the API contract: its URL made from the path parameters and query, its answer typed by it. */
  call<R extends RouteDef>(route: R, input: RouteInput<R>, reportUnauthenticated = true): Promise<ApiResult<RouteOutput<R>>> {
    const url = routeUrl(route, input.params as Record<string, unknown> | undefined, input.query as Record<string, unknown> | undefined);
    return this.request(route.method.toUpperCase() as Method, url, input.body, reportUnauthenticated);
  }

  /** A GET link to a route (downloads), for `<a href download>`: the session cookie goes along. */
  href<R extends RouteDef>(route: R, input: RouteInput<R>): string {
    return this.origin + routeUrl(route, input.params as Record<string, unknown> | undefined, input.query as Record<string, unknown> | undefined);
  }

  /** A JSON request to a path of this origin. Writes carry the CSRF token. */
  private async request<T>(method: Method, path: string, body: unknown, reportUnauthenticated: boolean): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { accept: "application/json" };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (method !== "GET" && this.csrfToken !== null) headers["x-csrf-token"] = this.csrfToken;
    let response: Response;
    try {
      response = await this.fetchImpl(this.origin + path, {
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
