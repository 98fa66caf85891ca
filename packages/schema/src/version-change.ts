import { diffQuestionnaires } from "./diff-questionnaires.js";
import { listQuestions } from "./list-questions.js";
import type { LocalizedText } from "./localized-text.js";
import type { QuestionnaireVersion } from "./questionnaire.js";
import { surveyText } from "./report-text.js";

/**
 * What a reader of a joint report needs to know when its questionnaire is not the first version: which version it
 * follows, and which questions came, went, were renamed or changed since – titled as the respondents read them, so a
 * new question's figures are not mistaken for a trend, nor a missing one for a gap in the answers.
 */
export interface QuestionnaireVersionChange {
  version: string;
  previous: string;
  added: { name: string; title: LocalizedText }[];
  /** titled as they were in the previous version */
  removed: { name: string; title: LocalizedText }[];
  renamed: { from: string; to: string; title: LocalizedText }[];
  /** `breaking`: answers to it are no longer comparable with the previous version's */
  changed: { name: string; title: LocalizedText; breaking: boolean }[];
}

export function questionnaireVersionChange(previous: QuestionnaireVersion, current: QuestionnaireVersion): QuestionnaireVersionChange {
  const diff = diffQuestionnaires(previous, current);
  const titles = (questionnaire: QuestionnaireVersion) =>
    new Map(listQuestions(questionnaire).map((q) => [q.name, surveyText(q.element.title, q.name)] as const));
  const now = titles(current);
  const before = titles(previous);
  const titleNow = (name: string) => now.get(name) ?? { da: name, en: name };
  return {
    version: current.version,
    previous: previous.version,
    added: diff.added.map(({ name }) => ({ name, title: titleNow(name) })),
    removed: diff.removed.map(({ name }) => ({ name, title: before.get(name) ?? { da: name, en: name } })),
    renamed: diff.renamed.map(({ from, to }) => ({ from, to, title: titleNow(to) })),
    changed: diff.changed.map(({ name, changes }) => ({ name, title: titleNow(name), breaking: changes.some((c) => c.breaking) })),
  };
}
