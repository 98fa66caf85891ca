// The public API of @afrapport/survey: the questionnaire for embedding, and the respondent page and its pieces.
export { Questionnaire, type QuestionnaireProps } from "./questionnaire.js";
export { createQuestionnaireModel, configureSurveyJs, type QuestionnaireModelOptions } from "./questionnaire-model.js";
export { formatDate, formatDateTime, formatTime, formatNumber, formatPercent, formatBytes, displayTimeZone } from "./format.js";
export type { Messages } from "./i18n/messages.js";
export { messages, messagesFor } from "./i18n/messages-by-locale.js";
export { LocaleProvider, useLocale } from "./i18n/locale-context.js";
export { RespondentPage, readOnlyReason, type ReadOnlyReason } from "./respond/respondent-page.js";
export { ResponseForm, type ResponseFormProps } from "./respond/response-form.js";
export { ReceiptView, ReadOnlyAnswers } from "./respond/receipt-view.js";
export { ConflictPanel, type ConflictPanelProps } from "./respond/conflict-panel.js";
export { SaveStatusLine, saveStatusText } from "./respond/save-status.js";
export { LinkProblemPage } from "./respond/link-problem-page.js";
export { Autosave, type AutosaveListener, type AutosaveOptions, type SaveStatus, type SubmitOutcome } from "./respond/autosave.js";
export { PendingStore, reconcilePending, pendingKey, type PendingAnswers, type Reconciliation, type KeyValueStorage } from "./respond/offline-queue.js";
export {
  applyResolution,
  choose,
  chooseRemaining,
  isResolved,
  startResolution,
  unresolved,
  type ConflictResolution,
  type ConflictSide,
} from "./respond/conflict-resolution.js";
export { attachFileHandlers, uploadFailureText, type UploadProgress } from "./respond/file-handlers.js";
export { checkFile, parseAcceptedTypes, maxUploadBytes, type FileProblem } from "./respond/file-check.js";
export { placeMessages, firstPageWith, linkProblem, type LinkProblem, type PlacedMessages } from "./respond/server-errors.js";
export * from "./respond/respond-api.js";
