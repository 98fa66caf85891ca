import { z } from "zod";
import { type Locale, locales } from "./localized-text.js";
import { AudienceSchema } from "./questionnaire.js";
import { SlugSchema } from "./slug.js";
import { type QuestionnaireIssue, type QuestionnaireValidation, validateQuestionnaire } from "./validate-questionnaire.js";

/**
 * Text while a questionnaire is being drafted: Danish and English, either of which may still be missing. A missing
 * language is left out (`{ "da": "Hej" }`), as SurveyJS leaves out an untranslated string, so the same shape serves
 * the draft's own texts and the texts inside its survey. A blank string counts as missing too.
 */
export const DraftTextSchema = z.strictObject({ da: z.string().optional(), en: z.string().optional() });
export type DraftText = z.infer<typeof DraftTextSchema>;

export const DraftReportSectionSchema = z.strictObject({ id: SlugSchema, title: DraftTextSchema });
export type DraftReportSection = z.infer<typeof DraftReportSectionSchema>;

/** SurveyJS JSON with named pages; a page may still be empty while drafting. */
export const DraftSurveyJsonSchema = z.looseObject({
  pages: z.array(z.looseObject({ name: z.string().min(1), elements: z.array(z.looseObject({})).optional() })).min(1),
});
export type DraftSurveyJson = z.infer<typeof DraftSurveyJsonSchema>;

/**
 * What a secretariat edits before publishing: a questionnaire version without its identity (announcement, key,
 * version) and with its texts allowed to be incomplete. `questionnaireFromDraft` turns it into a version once
 * `validateQuestionnaire` has nothing left to say.
 */
export const QuestionnaireDraftSchema = z.strictObject({
  audience: AudienceSchema,
  title: DraftTextSchema,
  description: DraftTextSchema.optional(),
  reportSections: z.array(DraftReportSectionSchema).min(1),
  survey: DraftSurveyJsonSchema,
});
export type QuestionnaireDraft = z.infer<typeof QuestionnaireDraftSchema>;

/** What a draft lacks to become a questionnaire version. */
export interface DraftIdentity {
  announcement: string;
  key: string;
  version: string;
}

/** The languages a draft text still lacks (blank counts as missing), Danish first. */
export function missingLocales(text: DraftText | undefined): Locale[] {
  return locales.filter((locale) => (text?.[locale] ?? "").trim() === "");
}

/**
 * The questionnaire version a draft makes under the given identity, checked by `validateQuestionnaire`. A language
 * missing from the draft's own texts (title, description, report section titles) is reported as `missing-da` or
 * `missing-en`, as it is inside the survey, rather than as a structural error.
 */
export function questionnaireFromDraft(draft: QuestionnaireDraft, identity: DraftIdentity): QuestionnaireValidation {
  const candidate = {
    announcement: identity.announcement,
    key: identity.key,
    audience: draft.audience,
    version: identity.version,
    title: draft.title,
    ...(draft.description === undefined ? {} : { description: draft.description }),
    reportSections: draft.reportSections,
    survey: draft.survey,
  };
  const result = validateQuestionnaire(candidate);
  if (result.ok) return result;

  const texts: [string, DraftText | undefined][] = [
    ["title", draft.title],
    ["description", draft.description],
    ...draft.reportSections.map((section, i): [string, DraftText] => [`reportSections[${i}].title`, section.title]),
  ];
  const replaced = new Set<string>();
  const textIssues: QuestionnaireIssue[] = [];
  for (const [path, text] of texts) {
    if (text === undefined) continue;
    for (const locale of missingLocales(text)) {
      replaced.add(`${path}.${locale}`);
      const language = locale === "da" ? "Danish" : "English";
      textIssues.push({ path: `${path}.${locale}`, code: `missing-${locale}`, message: `no ${language} text` });
    }
  }
  const issues = [
    ...textIssues,
    ...result.issues.filter((issue) => !(issue.code === "invalid-structure" && replaced.has(issue.path))),
  ];
  return { ok: false, issues };
}
