// The public API of @afrapport/schema. Pure functions and data; no I/O.
export * from "./localized-text.js";
export * from "./slug.js";
export * from "./question-meta.js";
export * from "./questionnaire.js";
export * from "./announcement.js";
export * from "./survey-properties.js";
export * from "./region.js";
export * from "./kommune.js";
export * from "./merge-answers.js";
export * from "./semver.js";
export * from "./diff-questionnaires.js";
export * from "./migrate-answers.js";
export * from "./cpr.js";
export * from "./survey-locale-da.js";
export * from "./survey-model.js";
export * from "./list-questions.js";
// survey-elements.ts is internal; only its two element-type sets are public (they were list-questions.ts's)
export { displayElementTypes, panelElementTypes } from "./survey-elements.js";
export * from "./validate-questionnaire.js";
export * from "./screening.js";
export * from "./offer-identity.js";
export * from "./joint-report.js";
export * from "./report-figure.js";
export * from "./aggregate-report.js";
export * from "./validate-answers.js";
export * from "./announcements/built-in.js";
export * from "./announcements/gravide-rusmiddel.js";
