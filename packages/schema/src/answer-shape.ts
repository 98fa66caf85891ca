import { displayElementTypes, type ElementJson } from "./survey-elements.js";

// What kind of value a question's answer is, read from its JSON: how migrateAnswers tells whether an answer can
// be carried to a question of another type, and how the report and the diff tell single from multiple choice.
// Internal to the package.

/** The shape of a question's answer. Questions of the same shape can take each other's answers. */
export type AnswerShape =
  | "single"
  | "multi"
  | "boolean"
  | "matrix"
  | "matrixdropdown"
  | "matrixdynamic"
  | "multipletext"
  | "paneldynamic"
  | "text"
  | "display"
  | "other";

export function answerShape(element: ElementJson): AnswerShape {
  switch (element.type) {
    case "radiogroup":
    case "dropdown":
    case "rating":
    case "buttongroup":
      return "single";
    case "checkbox":
    case "tagbox":
    case "ranking":
      return "multi";
    case "imagepicker":
      return element.multiSelect === true ? "multi" : "single";
    case "boolean":
      return "boolean";
    case "matrix":
    case "matrixdropdown":
    case "matrixdynamic":
    case "multipletext":
    case "paneldynamic":
      return element.type;
    case "text":
    case "comment":
      return "text";
    default:
      return displayElementTypes.has(element.type) ? "display" : "other";
  }
}

/** Whether an answer to `before` can be kept for `after` (after dropping what no longer exists). */
export function compatibleTypes(before: ElementJson, after: ElementJson): boolean {
  if (before.type === after.type && answerShape(before) === answerShape(after)) return true;
  const shape = answerShape(before);
  return shape === answerShape(after) && (shape === "single" || shape === "multi" || shape === "text");
}
