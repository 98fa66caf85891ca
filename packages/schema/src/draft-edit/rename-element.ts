import { previousNamesOf } from "../match-elements.js";
import type { QuestionnaireDraft } from "../questionnaire-draft.js";
import { DraftEditError } from "./draft-edit-error.js";
import { draftElements, type ElementEntry, type Json, updateIn, usedNames } from "./draft-tree.js";
import { assertValidElementName } from "./element-name.js";
import { replaceVariables, rewriteSurvey } from "./survey-rewrite.js";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * How a variable that refers to the element is written anew. survey-core reads variable names ignoring case. A
 * question on a page is `{old}`, `{old.item}`, `{old[0].column}`; a question of a dynamic panel's template is
 * `{panel.old}` inside that template and `{dynamicPanel[0].old}` anywhere.
 */
function variableRenamer(entry: ElementEntry, to: string): { variable(variable: string, template: string | undefined): string; name(name: string): string } {
  const from = entry.name;
  if (entry.template === undefined) {
    const pattern = new RegExp(`^${escape(from)}(?=$|[.[])`, "i");
    return {
      variable: (variable) => variable.replace(pattern, to),
      name: (name) => (name.toLowerCase() === from.toLowerCase() ? to : name),
    };
  }
  const owner = entry.template;
  const inside = new RegExp(`^(panel\\.)${escape(from)}(?=$|[.[])`, "i");
  const outside = new RegExp(`^(${escape(owner)}\\[\\d+\\]\\.)${escape(from)}(?=$|[.[])`, "i");
  return {
    variable: (variable, template) => {
      const renamed = variable.replace(outside, `$1${to}`);
      return template !== undefined && template.toLowerCase() === owner.toLowerCase() ? renamed.replace(inside, `$1${to}`) : renamed;
    },
    name: (name) => name,
  };
}

/**
 * The draft with the element renamed and every reference to it rewritten: in every expression of the survey
 * (visibleIf, enableIf, requiredIf, expression, defaultValueExpression, choicesVisibleIf, validators' and triggers'
 * expressions, calculated values), in `{old}` placeholders of texts, and in triggers' and carry-forward's question
 * names. When `publishedNames` holds the old name, it goes first in the element's `previousNames`, so the diff
 * against the published version sees a rename rather than a removed and an added question; renaming back to an
 * earlier name takes it out of `previousNames` again.
 */
export function renameElement(draft: QuestionnaireDraft, from: string, to: string, options: { publishedNames?: ReadonlySet<string> } = {}): QuestionnaireDraft {
  const entry = draftElements(draft).find((candidate) => candidate.name === from);
  if (!entry) throw new DraftEditError("no-such-element", `there is no element "${from}"`);
  if (from === to) return draft;
  assertValidElementName(to);
  const taken = usedNames(draft);
  if (from.toLowerCase() !== to.toLowerCase() && taken.has(to.toLowerCase())) {
    throw new DraftEditError("name-taken", `the name "${to}" is already used in the questionnaire`);
  }

  const renamer = variableRenamer(entry, to);
  const survey = rewriteSurvey(draft.survey, {
    expression: (expression, template) => replaceVariables(expression, (variable) => renamer.variable(variable, template), true),
    text: (text, template) => replaceVariables(text, (variable) => renamer.variable(variable, template), false),
    questionName: renamer.name,
  });

  const renamed = updateIn({ ...draft, survey }, entry.segments, (value) => {
    const element: Json = { ...(value as Json), name: to };
    let previous = previousNamesOf(element);
    if (options.publishedNames?.has(from) && !previous.includes(from)) previous = [from, ...previous];
    previous = previous.filter((name) => name !== to);
    if (previous.length > 0) element.previousNames = previous;
    else delete element.previousNames;
    return element;
  });
  return renamed;
}
