// The builder's editing model: pure functions from a draft to a new draft, and what the builder's panels read.
export * from "./question-types.js";
export * from "./new-element.js";
export * from "./draft-outline.js";
export * from "./draft-edits.js";
export * from "./draft-findings.js";
export * from "./conditions.js";
export * from "./validator-settings.js";
