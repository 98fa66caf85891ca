import type { Messages } from "./messages.js";

export const en: Messages = {
  languageName: "English",

  appName: "Afrapport",
  appTagline: "Questionnaires for the central announcement",
  skipToContent: "Skip to content",
  languageSwitchLabel: "Language",
  footerText: "Afrapport is used by the framework-agreement secretariats to collect the answers of municipalities and offers.",

  landingTitle: "Afrapport – answering the central announcement",
  landingIntro:
    "When the national board for social services issues a central announcement, the framework-agreement secretariat of each region gathers the answers of the municipalities and offers into one joint report. Afrapport is where the questionnaires are answered.",
  landingRespondentHeading: "Have you received a link?",
  landingRespondentText:
    "Open the personal link the framework-agreement secretariat sent you. Answers are saved automatically, so you can come back over several days, share the link with colleagues and attach agreements before you submit.",
  landingSecretariatHeading: "Are you from the secretariat?",
  landingSecretariatText: "The secretariat opens campaigns, follows the responses and compiles the joint report.",
  landingSecretariatLink: "Secretariat sign-in",
  landingPrivacyHeading: "No personal data",
  landingPrivacyText:
    "The report is about numbers and services, not persons. Do not write citizens' names or CPR numbers in your answers.",
  secretariatTitle: "The secretariat's workspace",
  secretariatText: "The secretariat's workspace is being built. Contact your administrator for access.",
  backToFrontPage: "To the front page",
  notFoundTitle: "Page not found",
  notFoundText: "This address is not a page in Afrapport. Check that you copied the whole link.",

  loading: "Loading the questionnaire …",
  linkInvalidTitle: "This link does not work",
  linkInvalidText:
    "We cannot find a questionnaire for this link. Check that you copied the whole link from the e-mail – it is long and must be complete.",
  linkRevokedTitle: "This link has been closed",
  linkRevokedText:
    "The secretariat has closed this link, for example because a new one was sent. Use the newest link you received, or contact the secretariat.",
  tooManyAttemptsTitle: "Too many attempts",
  tooManyAttemptsText: "There have been too many attempts with invalid links from your connection. Wait a few minutes and try again.",
  loadFailedTitle: "The questionnaire could not be loaded",
  loadFailedText: "Something went wrong on our side. Your answers are not lost. Please try again shortly.",
  loadFailedOffline: "You are not connected to the internet. Try again when the connection is back.",
  tryAgain: "Try again",
  contactSecretariat: "Contact the framework-agreement secretariat of your region if the problem persists.",

  respondentLabel: "Answered by",
  campaignLabel: "Campaign",
  deadlineLabel: "Deadline",
  deadlinePassedSuffix: "(passed)",
  sharingHint:
    "Answers are saved automatically. You can share the link with colleagues – you work in the same response, and nobody overwrites anyone else.",
  questionnaireLabel: "Questionnaire",
  pageProgress: (page, pages) => `Page ${page} of ${pages}`,
  pageErrorsSummary: (count) =>
    count === 1
      ? "One answer on this page must be corrected before you can go on. The error is shown at the answer."
      : `${count} answers on this page must be corrected before you can go on. The errors are shown at the answers.`,
  resumedAt: (page, pages) => `You continue where you left off: page ${page} of ${pages}.`,
  resumedAtAnswers: (page, pages) => `You continue at page ${page} of ${pages} – the last page with answers.`,
  resumedAtErrors: (page, reached) => `You had reached page ${reached}, but page ${page} has answers to correct. The errors are shown at the answers.`,
  submitButton: "Submit the response",
  submitting: "Submitting …",

  statusIdle: "All answers are saved",
  statusPending: "Changes will be saved shortly …",
  statusSaving: "Saving …",
  statusSavedAt: (time) => `Saved at ${time}`,
  statusOffline: "Not connected – your answers are kept on this device",
  statusOfflineUnsafe: "Not connected – your answers could not be kept on this device. Do not close the page.",
  statusConflict: "Waiting for your choice – a colleague changed the same answers",
  statusLocked: "The response can no longer be changed",
  statusFailed: (reason) => `Could not save: ${reason}`,
  mergedFromColleague: (count) =>
    count === 1
      ? "Your colleague answered 1 question, which is now included."
      : `Your colleague answered ${count} questions, which are now included.`,
  restoredFromDevice: (count) =>
    count === 1 ? "An answer kept on this device has now been sent." : `${count} answers kept on this device have now been sent.`,
  lockedWithUnsent: (count) =>
    `${count} ${count === 1 ? "change" : "changes"} on this device could not be saved because the response can no longer be changed. Contact the secretariat if they are needed.`,
  dismiss: "Dismiss the message",

  prefillNoticeTitle: "Answers from the last campaign",
  prefillNotice: (count, campaignTitle) =>
    `We have filled in ${count === 1 ? "1 answer" : `${count} answers`} from your response in “${campaignTitle}”. Check them before you submit.`,
  prefillDroppedIntro: "These answers could not be carried over:",
  prefillDropReasons: {
    removed: "the question no longer exists",
    "choice-removed": "the choice no longer exists",
    "type-changed": "the question now takes another kind of answer",
    "column-removed": "the column no longer exists",
    attachment: "attached files are not carried over – attach them again",
  },

  conflictHeading: "A colleague changed the same answers",
  conflictIntro:
    "While you were writing, a colleague saved a different answer to the same questions. Choose for each question which answer to keep. Nothing is saved until you have chosen.",
  conflictTheirs: "Your colleague's answer",
  conflictMine: "Your answer",
  conflictKeepTheirs: "Keep your colleague's answer",
  conflictKeepMine: "Keep my answer",
  conflictEmpty: "(no answer)",
  conflictSave: "Save my choices",
  conflictMissing: (count) => `First choose an answer for ${count === 1 ? "the question" : `all ${count} questions`}.`,

  submitErrorsSummary: (count) =>
    count === 1
      ? "The response could not be submitted: 1 question needs attention. The error is shown at the question."
      : `The response could not be submitted: ${count} questions need attention. The errors are shown at the questions.`,
  submitOffline: "You are not connected. The response has not been submitted yet – try again when the connection is back.",
  submitConflict: "A colleague changed the same answers. Choose which answers to keep, then submit again.",
  submitNotEditable: "The response can no longer be submitted because the campaign is closed or the deadline has passed.",
  submitFailed: "The response could not be submitted. Please try again shortly.",
  serverMessageFallback: "something went wrong",

  closedTitle: "The campaign is closed",
  closedText: "The secretariat has closed the campaign, so the answers can no longer be changed. The saved answers are shown below.",
  deadlinePassedTitle: "The deadline has passed",
  deadlinePassedText:
    "The deadline for answering has passed, so the answers can no longer be changed. Contact the secretariat if you need more time.",
  submittedReadOnly: "The response has been submitted and can no longer be changed. Contact the secretariat if something needs correcting.",
  notEditableTitle: "The response cannot be changed",

  receiptTitle: "Receipt for the submitted response",
  receiptThanks: "Thank you. The response has been submitted to the framework-agreement secretariat.",
  receiptNumber: "Receipt number",
  receiptNumberHelp: "Quote the number if you contact the secretariat about the response.",
  receiptRespondent: "Submitted by",
  receiptCampaign: "Campaign",
  receiptSubmittedAt: "Submitted",
  receiptCheckTitle: "Checking the submitted answers",
  receiptCheckHelp:
    "The code below is a fingerprint (SHA-256) of the submitted answers, which the secretariat can use to check that the answers have not changed since they were submitted.",
  receiptPrint: "Print the receipt",
  receiptAnswers: "The submitted answers",
  receiptKeepLink: "You can see the receipt again at any time through the same link.",

  uploadProgress: (name, percent) => `Uploading “${name}”: ${percent}`,
  uploadDone: (name) => `“${name}” has been attached.`,
  uploadTooLarge: (name, size, max) => `The file “${name}” is too large (${size}). It may be at most ${max}.`,
  uploadWrongType: (name, allowed) => `The file “${name}” cannot be attached because its type is not allowed. Allowed types: ${allowed}.`,
  uploadEmpty: (name) => `The file “${name}” is empty.`,
  uploadServerTooLarge: (name) => `The file “${name}” is too large to be received. Split it, or save a smaller version.`,
  uploadQuotaResponse: (name, max) =>
    `The file “${name}” cannot be attached because the files of one response may take up at most ${max} together. Delete a file you do not need, or save the file in a smaller version, and try again.`,
  uploadQuotaCampaign: (name) =>
    `The file “${name}” cannot be attached because there is no more room for files in this survey. Contact the secretariat that sent you the link.`,
  uploadServerWrongType: (name) => `The file “${name}” has a type that cannot be received. Save it as PDF and try again.`,
  uploadOffline: (name) => `“${name}” was not uploaded because you are not connected. Try again when the connection is back.`,
  uploadFailed: (name) => `“${name}” could not be uploaded. Please try again shortly.`,
  downloadFailed: "The file could not be downloaded. Please try again shortly.",
  deleteFailed: "The file could not be removed. Please try again shortly.",
  uploadsLabel: "File uploads",
};
