import { type JsonObjectProperty, Serializer } from "survey-core";
import { isRecord } from "../json-value.js";
import { registerSurveyProperties } from "../survey-properties.js";
import type { Json } from "./draft-tree.js";

// Rewrites the strings of a survey's JSON by what survey-core says each property is: its expressions (visibleIf,
// expression, choicesVisibleIf, …, wherever they sit: questions, columns, choices, validators, triggers, calculated
// values), its texts (titles and html may show `{name}`) and its question-name references (a trigger's setToName,
// a choice question's choicesFromQuestion). Copies only the objects it changes. Internal to draft-edit.

export interface SurveyRewriter {
  /** an expression; `template` is the name of the dynamic panel whose template it sits in, if any */
  expression(expression: string, template: string | undefined): string;
  /** one language of a text that may hold `{name}` placeholders */
  text(text: string, template: string | undefined): string;
  /** a property that names a question */
  questionName(name: string): string;
}

const nameReferenceTypes = new Set(["question", "questionvalue", "question_carryforward", "questions"]);

function propertyOf(classes: readonly string[], key: string): JsonObjectProperty | undefined {
  for (const className of classes) {
    const property = Serializer.findProperty(className, key);
    if (property) return property;
  }
  return undefined;
}

/** The classes survey-core reads an item of a list property as (the same rules validateQuestionnaire walks by). */
function itemClasses(property: JsonObjectProperty, item: Json, owner: Json): string[] {
  const { className, classNamePart, baseClassName } = property;
  const type = typeof item.type === "string" ? item.type : undefined;
  let classes: string[];
  if (classNamePart) classes = type ? [type.endsWith(classNamePart) ? type : `${type}${classNamePart}`] : [];
  else if (baseClassName && !className) classes = type ? [type] : [];
  else classes = className ? [className] : [];
  if (className === "matrixdropdowncolumn") {
    const cellType = typeof item.cellType === "string" && item.cellType !== "default" ? item.cellType : typeof owner.cellType === "string" ? owner.cellType : "dropdown";
    classes.push(cellType);
  }
  return classes;
}

function rewriteText(value: unknown, rewriter: SurveyRewriter, template: string | undefined): unknown {
  if (typeof value === "string") return rewriter.text(value, template);
  if (!isRecord(value)) return value;
  let copy: Json | undefined;
  for (const [locale, text] of Object.entries(value)) {
    if (typeof text !== "string") continue;
    const next = rewriter.text(text, template);
    if (next !== text) (copy ??= { ...value })[locale] = next;
  }
  return copy ?? value;
}

function rewriteObject(object: Json, classes: readonly string[], rewriter: SurveyRewriter, template: string | undefined): Json {
  let copy: Json | undefined;
  for (const [key, value] of Object.entries(object)) {
    const property = propertyOf(classes, key);
    if (!property) continue;
    let next = value;
    if (property.type === "condition" || property.type === "expression") {
      if (typeof value === "string") next = rewriter.expression(value, template);
    } else if (nameReferenceTypes.has(property.type)) {
      if (typeof value === "string") next = rewriter.questionName(value);
      else if (Array.isArray(value)) {
        const names = value.map((name) => (typeof name === "string" ? rewriter.questionName(name) : name));
        if (names.some((name, i) => name !== value[i])) next = names;
      }
    } else if (property.isLocalizable && !property.type.endsWith("[]")) {
      next = rewriteText(value, rewriter, template);
    } else if (Array.isArray(value)) {
      const inner = key === "templateElements" && typeof object.name === "string" ? object.name : template;
      const items = value.map((item) => {
        if (!isRecord(item)) return item;
        const classesOfItem = itemClasses(property, item, object);
        return classesOfItem.length > 0 ? rewriteObject(item, classesOfItem, rewriter, inner) : item;
      });
      if (items.some((item, i) => item !== value[i])) next = items;
    }
    if (next !== value) (copy ??= { ...object })[key] = next;
  }
  return copy ?? object;
}

/** The survey with every expression, text and name reference passed through the rewriter; the same object if none changed. */
export function rewriteSurvey<T extends Json>(survey: T, rewriter: SurveyRewriter): T {
  registerSurveyProperties();
  return rewriteObject(survey, ["survey"], rewriter, undefined) as T;
}

/** The same for one element's JSON (its nested elements, columns, choices and validators included). */
export function rewriteElement(element: Json, rewriter: SurveyRewriter, template: string | undefined): Json {
  registerSurveyProperties();
  const type = typeof element.type === "string" ? element.type : undefined;
  return type ? rewriteObject(element, [type], rewriter, template) : element;
}

/**
 * Each `{variable}` of an expression or text, outside string literals, passed through `rename`. Quotes are only
 * string delimiters in expressions; in texts every brace is a placeholder.
 */
export function replaceVariables(source: string, rename: (variable: string) => string, inExpression: boolean): string {
  let result = "";
  let quote: string | undefined;
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    if (quote) {
      result += char;
      if (char === "\\" && i + 1 < source.length) result += source[++i];
      else if (char === quote) quote = undefined;
      continue;
    }
    if (inExpression && (char === "'" || char === '"')) {
      quote = char;
      result += char;
      continue;
    }
    if (char === "{") {
      const end = source.indexOf("}", i + 1);
      if (end > i) {
        result += `{${rename(source.slice(i + 1, end))}}`;
        i = end;
        continue;
      }
    }
    result += char;
  }
  return result;
}
