import type { ErrorCode, PrefillSkipReason, SsoErrorCode } from "@afrapport/schema/api";

/**
 * The strings of the secretariat's workspace shell, sign-in, campaigns, status board, offers and outbox. Merged
 * into `t` (see messages-by-locale.ts), so a page reads `t.loginTitle` like any other string; both languages
 * implement this interface, so a missing string fails the type check.
 */
export interface WorkspaceMessages {
  // shell
  workspaceTagline: string;
  nationalTagline: string;
  workspaceNavLabel: string;
  breadcrumbLabel: string;
  navCampaigns: string;
  navNational: string;
  signedInAs: (name: string) => string;
  roleNames: Record<"admin" | "secretariat" | "reviewer" | "national", string>;
  allRegions: string;
  logout: string;
  loggingOut: string;
  loadingPage: string;
  pageNotFoundTitle: string;
  pageNotFoundText: string;
  forbiddenTitle: string;
  forbiddenText: string;
  campaignNotFoundTitle: string;
  campaignNotFoundText: string;
  backToCampaigns: string;
  /**
   * A failed request in words, by the server's error code (`network` when the server was not reached). Every code
   * the API defines needs a sentence here, so a new code without words fails the type check.
   */
  apiErrors: Record<ErrorCode | "network", string>;
  /** names the field a refusal concerns, after the sentence for its code */
  apiErrorField: (text: string, field: string) => string;
  errorFieldRequired: string;
  errorSummaryTitle: string;
  cancel: string;
  close: string;
  save: string;
  saving: string;
  copy: string;
  copied: string;
  copyFailed: string;
  readOnlyNotice: string;
  none: string;

  // sign-in
  loginTitle: string;
  loginIntro: string;
  loginEmail: string;
  loginPassword: string;
  loginSubmit: string;
  loginSubmitting: string;
  loginEmailMissing: string;
  loginEmailInvalid: string;
  loginPasswordMissing: string;
  loginWrong: string;
  loginRateLimited: (minutes: number) => string;
  loginRespondentHint: string;
  /** the single sign-on button, with the organisation from AFRAPPORT_OIDC_DISPLAY_NAME */
  loginSsoButton: (organisation: string) => string;
  loginSsoIntro: (organisation: string) => string;
  /** the heading over the password form when single sign-on is offered above it */
  loginPasswordHeading: string;
  /** why a single sign-on ended without signing in (the server's ?sso-fejl= code) */
  loginSsoErrors: Record<SsoErrorCode, (organisation: string) => string>;
  loginSsoSignedOut: (organisation: string) => string;
  loginSsoSignOutThere: (organisation: string) => string;
  /** the organisation in the texts above when the server could not say which */
  loginSsoSomeOrganisation: string;

  // campaign list
  campaignsTitle: string;
  campaignsIntroRegion: (region: string) => string;
  campaignsIntroReviewer: string;
  campaignsIntroAll: string;
  campaignsEmpty: string;
  campaignsEmptyReviewer: string;
  campaignCreate: string;
  campaignsTableCaption: string;
  columnTitle: string;
  columnAnnouncement: string;
  columnRegion: string;
  columnDeadline: string;
  columnStatus: string;
  columnResponses: string;
  responseRate: (submitted: string, total: string, percent: string) => string;
  responseRateNone: string;
  campaignStatusNames: Record<"draft" | "open" | "closed" | "reported", string>;

  // create campaign
  createTitle: string;
  createIntro: string;
  createAnnouncement: string;
  createTitleField: string;
  /** the button beside a problem that loads again */
  retry: string;
  /** the announcements left out of the create form because nothing is published for the municipalities yet */
  createUnpublishedHidden: (count: number) => string;
  createNothingPublished: string;
  createTitleHint: string;
  createRegion: string;
  createMunicipalityQuestionnaire: string;
  createOfferQuestionnaire: string;
  createNoOfferQuestionnaire: string;
  createVersion: (version: string) => string;
  createDeadline: string;
  createDeadlineHint: string;
  dateLabel: string;
  dateHint: string;
  timeLabel: string;
  timeHint: string;
  createOpenNow: string;
  createOpenNowHint: string;
  createSubmit: string;
  createSubmitting: string;
  createInviting: string;
  createInviteFailed: string;
  errorDateInvalid: string;
  errorTimeInvalid: string;
  errorDeadlinePast: string;
  errorTitleMissing: string;
  errorTitleTooLong: string;
  errorRegionMissing: string;

  // campaign layout and tabs
  campaignTabsLabel: string;
  tabStatus: string;
  tabOffers: string;
  tabOutbox: string;
  tabReport: string;
  tabApproval: string;
  tabComments: string;
  /** a campaign's reference group (reviewers) */
  tabReviewers: string;
  factAnnouncement: string;
  factRegion: string;
  factStatus: string;
  factDeadline: string;

  // status board
  boardTitle: string;
  boardCounts: string;
  stateNames: Record<"not-opened" | "in-progress" | "submitted" | "reopened", string>;
  kindNames: Record<"municipality" | "offer", string>;
  operatorNames: Record<"municipal" | "regional" | "private", string>;
  filtersLegend: string;
  filterState: string;
  filterKind: string;
  filterAll: string;
  filterSearch: string;
  filterSearchHint: string;
  filterShowing: (shown: number, total: number) => string;
  filterNoMatch: string;
  boardTableCaption: string;
  columnRespondent: string;
  columnState: string;
  columnLastActivity: string;
  columnReminders: string;
  columnEffectiveDeadline: string;
  columnActions: string;
  deadlineExtendedMark: string;
  noActivity: string;
  noContact: string;
  linkInactive: string;
  respondentActions: (name: string) => string;
  manage: string;
  boardEmpty: string;
  inviteMunicipalities: string;
  invitedMunicipalities: (count: number) => string;

  // campaign-level actions
  campaignActionsHeading: string;
  extendCampaign: string;
  extendCampaignTitle: string;
  extendRespondentTitle: (name: string) => string;
  extendCurrent: (deadline: string) => string;
  extendNewDeadline: string;
  extendReason: string;
  extendReasonHint: string;
  extendSubmit: string;
  extendDone: (deadline: string) => string;
  errorReasonMissing: string;
  errorDeadlineNotLater: string;
  historyHeading: string;
  historyCaption: string;
  historyEmpty: string;
  historyWhen: string;
  historyWho: string;
  historyScope: string;
  historyFrom: string;
  historyTo: string;
  historyReason: string;
  historyWholeCampaign: string;
  statusChangeHeading: string;
  statusChangeTo: Record<"draft" | "open" | "closed" | "reported", string>;
  statusConfirmTitle: (status: string) => string;
  statusConfirmText: Record<"draft" | "open" | "closed" | "reported", string>;
  statusChanged: (status: string) => string;

  // respondent dialog
  respondentDialogIntro: string;
  linkHeading: string;
  linkNewExplain: string;
  linkNew: string;
  linkNewConfirm: string;
  linkNewShown: string;
  linkLabel: (name: string) => string;
  linkCopy: string;
  linkRevoke: string;
  linkRevokeExplain: string;
  linkRevokeConfirm: string;
  linkRevoked: string;
  reopenHeading: string;
  reopenExplain: string;
  reopenReason: string;
  reopenSubmit: string;
  reopenDone: string;
  reopenNotSubmitted: string;
  prefillOpen: string;
  prefillExplain: string;
  prefillSource: string;
  prefillSourceOption: (title: string, status: string, deadline: string, answered: number) => string;
  prefillSourceVersions: (versions: string) => string;
  prefillNoSources: string;
  prefillChooseSource: string;
  prefillConfirm: string;
  prefillSubmit: string;
  prefillBusy: string;
  prefillDone: (respondents: number, answers: number) => string;
  prefillNothing: string;
  prefillCarriedCount: (count: number) => string;
  prefillDroppedCount: (count: number) => string;
  prefillSkippedHeading: string;
  prefillSkipReasons: Record<PrefillSkipReason, string>;
  contactHeading: string;
  contactName: string;
  contactEmail: string;
  contactSaved: string;
  errorEmailInvalid: string;

  // offers
  offersTitle: string;
  offersIntro: string;
  offersEmpty: string;
  offersTableCaption: string;
  offersColumnSelect: string;
  offersColumnName: string;
  offersColumnOperator: string;
  offersColumnLegalBasis: string;
  offersColumnNamedBy: string;
  offersColumnState: string;
  offersSelect: (name: string) => string;
  offersSpellings: string;
  offersInvited: string;
  offersNotInvited: string;
  offersMerge: string;
  offersMergeTitle: (name: string) => string;
  offersMergeExplain: string;
  offersMergeInto: string;
  offersMergeChoose: string;
  offersMergeAlreadyMerged: (name: string) => string;
  offersMergeSubmit: string;
  offersMerged: (from: string, into: string) => string;
  offersUnmerge: (name: string) => string;
  offersUnmerged: (name: string) => string;
  offersInviteSelected: (count: number) => string;
  offersInviteNoneSelected: string;
  offersInviteConfirmTitle: string;
  offersInviteConfirmText: (count: number) => string;
  offersInviteResultHeading: string;
  offersInviteResultIntro: string;
  offersSkipped: (name: string, reason: string) => string;
  offersSkipReasons: Record<"unknown-key" | "duplicate" | "already-invited" | "no-operator", string>;
  offersOperatorUnknown: string;
  offersNamedInDraft: string;
  legalBasisSocial: (paragraph: string) => string;
  legalBasisHealth: (paragraph: string) => string;
  legalBasisOther: string;
  offersNoOfferQuestionnaire: string;
  // suggested duplicates (issue 13, item 10)
  duplicatesHeading: string;
  duplicatesIntro: string;
  duplicatesGroupHeading: (name: string, count: number) => string;
  duplicatesDiffer: (what: string) => string;
  duplicatesDifferName: string;
  duplicatesDifferLocation: string;
  duplicatesKeep: string;
  duplicatesColumnLocation: string;
  duplicatesNamedBy: (count: number) => string;
  duplicatesMerge: (name: string) => string;
  duplicatesDismiss: string;
  duplicatesMerged: (count: number, name: string) => string;
  duplicatesDismissed: string;

  // outbox
  outboxTitle: string;
  outboxIntro: string;
  outboxEmpty: string;
  outboxTableCaption: string;
  outboxColumnTo: string;
  outboxColumnKind: string;
  outboxColumnSubject: string;
  outboxColumnScheduled: string;
  outboxColumnState: string;
  outboxKindNames: Record<"invitation" | "reminder", string>;
  outboxNoAddress: string;
  outboxSentAt: (time: string) => string;
  outboxWaiting: string;
  outboxFailed: (error: string) => string;
  outboxShowText: string;
  outboxCopyText: string;
  outboxMarkSent: string;
  outboxMarkedSent: string;
  remindHeading: string;
  remindExplain: (count: number) => string;
  remindNow: string;
  remindNote: string;
  remindNoteHint: string;
  remindConfirmTitle: string;
  remindConfirmText: (count: number) => string;
  remindSubmit: string;
  remindDone: (count: number) => string;
  scheduleHeading: string;
  scheduleExplain: string;
  scheduleDays: string;
  scheduleDaysHint: string;
  scheduleSaved: (days: string) => string;
  scheduleNone: string;
  errorDaysInvalid: string;
  and: string;
  outboxMessageTitle: (kind: string, name: string) => string;
  outboxSubjectLabel: string;
  outboxBodyLabel: string;
  outboxToLabel: string;
  outboxCopySubject: string;
  outboxAttempts: (count: number) => string;
}
