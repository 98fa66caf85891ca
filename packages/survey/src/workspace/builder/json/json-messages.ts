import type { Locale } from "@afrapport/schema";
import { useLocale } from "../../../i18n/locale-context.js";
import type { JsonProblem, SchemaReason, SyntaxReason } from "./draft-json.js";

/** The JSON view's words. */
export interface JsonMessages {
  editorLabel: string;
  hint: string;
  readOnlyHint: string;
  copyJson: string;
  copied: string;
  copyFailed: string;
  notApplied: (line: number, others: number) => string;
  applied: string;
  problemsTitle: string;
  lineLabel: (line: number) => string;
  problemText: (problem: JsonProblem) => string;
  outsideChange: string;
  outsideChangeInvalid: string;
  takeTheirs: string;
  applyMine: string;
  /** CodeMirror's own words (lint panel, folding), by its English phrase */
  editorPhrases: Record<string, string>;
}

const syntaxDa: Record<SyntaxReason, string> = {
  "unexpected-end": "JSON-teksten slutter, før den er færdig. Mangler der en } eller ]?",
  "unexpected-token": "Uventet tegn.",
  "expected-comma-or-brace": "Der mangler et komma eller en } efter værdien.",
  "expected-comma-or-bracket": "Der mangler et komma eller en ] efter værdien.",
  "expected-property-name": "Her skal stå et feltnavn i dobbelte anførselstegn – eller også er der et komma for meget.",
  "unterminated-string": "En tekst mangler sit afsluttende anførselstegn (\").",
  "bad-control-character": "En tekst indeholder et linjeskift eller et tabulatortegn. Skriv \\n eller \\t i stedet.",
  "bad-escape": "Ugyldig tegnkombination efter \\ i en tekst.",
  "trailing-content": "Der står noget efter JSON-tekstens sidste }.",
  other: "Teksten er ikke gyldig JSON.",
};

const syntaxEn: Record<SyntaxReason, string> = {
  "unexpected-end": "The JSON text ends before it is complete. Is a } or ] missing?",
  "unexpected-token": "Unexpected character.",
  "expected-comma-or-brace": "A comma or a } is missing after the value.",
  "expected-comma-or-bracket": "A comma or a ] is missing after the value.",
  "expected-property-name": "A property name in double quotes belongs here – or there is one comma too many.",
  "unterminated-string": "A text lacks its closing quote (\").",
  "bad-control-character": "A text contains a line break or a tab. Write \\n or \\t instead.",
  "bad-escape": "Invalid character sequence after \\ in a text.",
  "trailing-content": "Something follows the JSON text's last }.",
  other: "The text is not valid JSON.",
};

const expectedDa: Record<string, string> = {
  string: "en tekst i anførselstegn",
  number: "et tal",
  boolean: "true eller false",
  object: "et objekt { … }",
  array: "en liste [ … ]",
};

const expectedEn: Record<string, string> = {
  string: "a text in quotes",
  number: "a number",
  boolean: "true or false",
  object: "an object { … }",
  array: "a list [ … ]",
};

function schemaDa(path: string, reason: SchemaReason): string {
  const at = path === "" ? "Kladden" : path;
  switch (reason.code) {
    case "missing":
      return `${at} mangler.`;
    case "type":
      return `${at} skal være ${expectedDa[reason.expected] ?? reason.expected}.`;
    case "unknown-key":
      return `»${reason.key}« er ikke et felt, der hører til her (${at}).`;
    case "too-small":
      return reason.of === "array"
        ? `${at} skal have mindst ${reason.minimum} ${reason.minimum === 1 ? "element" : "elementer"}.`
        : reason.of === "string"
          ? `${at} skal have mindst ${reason.minimum} tegn.`
          : `${at} skal være mindst ${reason.minimum}.`;
    case "too-big":
      return reason.of === "array"
        ? `${at} må højst have ${reason.maximum} ${reason.maximum === 1 ? "element" : "elementer"}.`
        : reason.of === "string"
          ? `${at} må højst have ${reason.maximum} tegn.`
          : `${at} må højst være ${reason.maximum}.`;
    case "one-of":
      return `${at} skal være en af: ${reason.values.join(", ")}.`;
    case "format":
      return `${at} har ikke det tilladte format (små bogstaver a–z, tal og bindestreg).`;
    case "other":
      return `${at} er ikke gyldig.`;
  }
}

function schemaEn(path: string, reason: SchemaReason): string {
  const at = path === "" ? "The draft" : path;
  switch (reason.code) {
    case "missing":
      return `${at} is missing.`;
    case "type":
      return `${at} must be ${expectedEn[reason.expected] ?? reason.expected}.`;
    case "unknown-key":
      return `»${reason.key}« is not a property that belongs here (${at}).`;
    case "too-small":
      return reason.of === "array"
        ? `${at} needs at least ${reason.minimum} ${reason.minimum === 1 ? "element" : "elements"}.`
        : reason.of === "string"
          ? `${at} needs at least ${reason.minimum} characters.`
          : `${at} must be at least ${reason.minimum}.`;
    case "too-big":
      return reason.of === "array"
        ? `${at} may have at most ${reason.maximum} ${reason.maximum === 1 ? "element" : "elements"}.`
        : reason.of === "string"
          ? `${at} may have at most ${reason.maximum} characters.`
          : `${at} may be at most ${reason.maximum}.`;
    case "one-of":
      return `${at} must be one of: ${reason.values.join(", ")}.`;
    case "format":
      return `${at} does not have the allowed form (lower-case letters a–z, digits and hyphens).`;
    case "other":
      return `${at} is not valid.`;
  }
}

export const jsonDa: JsonMessages = {
  editorLabel: "Kladden som JSON",
  hint: "Ændringer anvendes, så snart teksten er gyldig. Tab flytter videre til næste knap; ryk ind med mellemrum.",
  readOnlyHint: "Du kan læse og kopiere, men ikke ændre kladden.",
  copyJson: "Kopiér JSON",
  copied: "JSON er kopieret.",
  copyFailed: "Kunne ikke kopiere. Markér teksten (Ctrl+A), og kopiér den selv (Ctrl+C).",
  notApplied: (line, others) =>
    `Ændringerne er ikke gemt: JSON-fejl i linje ${line}${others === 0 ? "" : others === 1 ? " og 1 sted mere" : ` og ${others} steder mere`}.`,
  applied: "Ændringerne er anvendt.",
  problemsTitle: "Fejl i JSON",
  lineLabel: (line) => `Linje ${line}`,
  problemText: (problem) =>
    problem.kind === "syntax"
      ? problem.reason === "unexpected-token" && problem.token !== undefined
        ? `Uventet tegn »${problem.token}«.`
        : syntaxDa[problem.reason]
      : schemaDa(problem.path, problem.reason),
  outsideChange: "Kladden er ændret i editoren eller af en kollega, mens du skrev her. Dine ændringer her er ikke anvendt endnu.",
  outsideChangeInvalid: "Kladden er ændret i editoren eller af en kollega, mens du skrev her. Dine ændringer her er ikke anvendt, fordi JSON-teksten har fejl.",
  takeTheirs: "Hent den nye version (dine ændringer her forsvinder)",
  applyMine: "Anvend mine ændringer",
  editorPhrases: {
    Diagnostics: "Fejl",
    "No diagnostics": "Ingen fejl",
    "Folded lines": "Foldede linjer",
    "Unfolded lines": "Udfoldede linjer",
    to: "til",
    "folded code": "foldet kode",
    unfold: "fold ud",
    "Fold line": "Fold linjen",
    "Unfold line": "Fold linjen ud",
  },
};

export const jsonEn: JsonMessages = {
  editorLabel: "The draft as JSON",
  hint: "Changes apply as soon as the text is valid. Tab moves on to the next button; indent with spaces.",
  readOnlyHint: "You can read and copy the draft, but not change it.",
  copyJson: "Copy JSON",
  copied: "The JSON is copied.",
  copyFailed: "Could not copy. Select the text (Ctrl+A) and copy it yourself (Ctrl+C).",
  notApplied: (line, others) => `The changes are not saved: JSON error on line ${line}${others === 0 ? "" : others === 1 ? " and 1 more place" : ` and ${others} more places`}.`,
  applied: "The changes are applied.",
  problemsTitle: "Errors in the JSON",
  lineLabel: (line) => `Line ${line}`,
  problemText: (problem) =>
    problem.kind === "syntax"
      ? problem.reason === "unexpected-token" && problem.token !== undefined
        ? `Unexpected character »${problem.token}«.`
        : syntaxEn[problem.reason]
      : schemaEn(problem.path, problem.reason),
  outsideChange: "The draft was changed in the editor or by a colleague while you typed here. Your changes here are not applied yet.",
  outsideChangeInvalid: "The draft was changed in the editor or by a colleague while you typed here. Your changes here are not applied, because the JSON text has errors.",
  takeTheirs: "Load the new version (your changes here are dropped)",
  applyMine: "Apply my changes",
  editorPhrases: {},
};

const byLocale: Record<Locale, JsonMessages> = { da: jsonDa, en: jsonEn };

export function jsonMessagesFor(locale: Locale): JsonMessages {
  return byLocale[locale];
}

export function useJsonMessages(): { j: JsonMessages; locale: Locale } {
  const { locale } = useLocale();
  return { j: byLocale[locale], locale };
}
