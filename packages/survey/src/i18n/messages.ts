import type { PrefillDropReason } from "@afrapport/schema/api";

/**
 * Every string the front end shows that does not come from a questionnaire or from SurveyJS. Both languages
 * implement this interface, so a string missing in one of them fails the type check.
 */
export interface Messages {
  /** the language's own name ("Dansk", "English"), shown in the language switch */
  languageName: string;

  // layout
  appName: string;
  appTagline: string;
  skipToContent: string;
  languageSwitchLabel: string;
  footerText: string;

  // landing page
  landingTitle: string;
  landingIntro: string;
  landingRespondentHeading: string;
  landingRespondentText: string;
  landingSecretariatHeading: string;
  landingSecretariatText: string;
  landingSecretariatLink: string;
  landingPrivacyHeading: string;
  landingPrivacyText: string;
  secretariatTitle: string;
  secretariatText: string;
  backToFrontPage: string;
  notFoundTitle: string;
  notFoundText: string;

  // loading and link problems
  loading: string;
  linkInvalidTitle: string;
  linkInvalidText: string;
  linkRevokedTitle: string;
  linkRevokedText: string;
  tooManyAttemptsTitle: string;
  tooManyAttemptsText: string;
  loadFailedTitle: string;
  loadFailedText: string;
  loadFailedOffline: string;
  tryAgain: string;
  contactSecretariat: string;

  // respondent page
  respondentLabel: string;
  campaignLabel: string;
  deadlineLabel: string;
  deadlinePassedSuffix: string;
  sharingHint: string;
  questionnaireLabel: string;
  pageProgress: (page: number, pages: number) => string;
  /** "Næste" refused: `count` answers on the page must be corrected first */
  pageErrorsSummary: (count: number) => string;
  /** the questionnaire opened where the person left off (remembered on this device) */
  resumedAt: (page: number, pages: number) => string;
  /** the questionnaire opened on the last page with answers (nothing remembered on this device: a colleague's work) */
  resumedAtAnswers: (page: number, pages: number) => string;
  /** the questionnaire opened on an earlier page than the one reached, because it has answers to correct */
  resumedAtErrors: (page: number, reached: number) => string;
  submitButton: string;
  submitting: string;

  // save status (aria-live)
  statusIdle: string;
  statusPending: string;
  statusSaving: string;
  statusSavedAt: (time: string) => string;
  statusOffline: string;
  statusOfflineUnsafe: string;
  statusConflict: string;
  statusLocked: string;
  statusFailed: (reason: string) => string;
  mergedFromColleague: (count: number) => string;
  restoredFromDevice: (count: number) => string;
  lockedWithUnsent: (count: number) => string;
  dismiss: string;

  // answers carried over from an earlier campaign
  prefillNoticeTitle: string;
  prefillNotice: (count: number, campaignTitle: string) => string;
  prefillDroppedIntro: string;
  prefillDropReasons: Record<PrefillDropReason, string>;

  // conflicts
  conflictHeading: string;
  conflictIntro: string;
  conflictTheirs: string;
  conflictMine: string;
  conflictKeepTheirs: string;
  conflictKeepMine: string;
  conflictEmpty: string;
  conflictSave: string;
  conflictMissing: (count: number) => string;

  // submission
  submitErrorsSummary: (count: number) => string;
  submitOffline: string;
  submitConflict: string;
  submitNotEditable: string;
  submitFailed: string;
  serverMessageFallback: string;

  // closed / read-only
  closedTitle: string;
  closedText: string;
  deadlinePassedTitle: string;
  deadlinePassedText: string;
  submittedReadOnly: string;
  notEditableTitle: string;

  // receipt
  receiptTitle: string;
  receiptThanks: string;
  /** the short number to quote on the phone ("Kvitteringsnummer") */
  receiptNumber: string;
  receiptNumberHelp: string;
  receiptRespondent: string;
  receiptCampaign: string;
  receiptSubmittedAt: string;
  /** the <details> with the answers' sha256: its summary and one sentence of what it is for */
  receiptCheckTitle: string;
  receiptCheckHelp: string;
  receiptPrint: string;
  receiptAnswers: string;
  receiptKeepLink: string;

  // files
  uploadProgress: (name: string, percent: string) => string;
  uploadDone: (name: string) => string;
  uploadTooLarge: (name: string, size: string, max: string) => string;
  uploadWrongType: (name: string, allowed: string) => string;
  uploadEmpty: (name: string) => string;
  uploadServerTooLarge: (name: string) => string;
  /** the response's files already take up all but less than this file of `max` */
  uploadQuotaResponse: (name: string, max: string) => string;
  /** the campaign has no room left for this file */
  uploadQuotaCampaign: (name: string) => string;
  uploadServerWrongType: (name: string) => string;
  uploadOffline: (name: string) => string;
  uploadFailed: (name: string) => string;
  downloadFailed: string;
  deleteFailed: string;
  uploadsLabel: string;
}
