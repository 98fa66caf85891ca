// Co-authoring: a questionnaire draft as a Yjs document. A subpath of its own (`@afrapport/schema/coauthor`) so yjs
// stays out of the respondent's bundle.
export { createDraftDoc, hasDraft, metaMap, readDraft, writeDraft } from "./draft-doc.js";
