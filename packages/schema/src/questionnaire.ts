import { z } from "zod";
import { LocalizedTextSchema } from "./localized-text.js";
import { SlugSchema } from "./slug.js";

export const audiences = ["municipality", "offer"] as const;
export const AudienceSchema = z.enum(audiences);
export type Audience = z.infer<typeof AudienceSchema>;

export const SemverSchema = z.string().regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, "must be a version like 1.2.0");
export type Semver = z.infer<typeof SemverSchema>;

/** A section of the joint report; questions name the section they feed (`reportSection`). */
export const ReportSectionSchema = z.strictObject({
  id: SlugSchema,
  title: LocalizedTextSchema,
});
export type ReportSection = z.infer<typeof ReportSectionSchema>;

/**
 * SurveyJS JSON. Only the outer shape is checked here; `validateQuestionnaire` loads it through survey-core
 * to check the rest (question types, names, expressions, Danish text).
 */
export const SurveyElementSchema = z.looseObject({ type: z.string().min(1), name: z.string().min(1) });
export const SurveyPageSchema = z.looseObject({
  name: z.string().min(1),
  elements: z.array(SurveyElementSchema).min(1),
});
export const SurveyJsonSchema = z.looseObject({ pages: z.array(SurveyPageSchema).min(1) });
export type SurveyJson = z.infer<typeof SurveyJsonSchema>;

/**
 * One frozen version of one questionnaire of an announcement, for one audience. Once published its JSON
 * never changes; a change is a new version.
 */
export const QuestionnaireVersionSchema = z.strictObject({
  announcement: SlugSchema,
  key: SlugSchema,
  audience: AudienceSchema,
  version: SemverSchema,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
  reportSections: z.array(ReportSectionSchema).min(1),
  survey: SurveyJsonSchema,
});
export type QuestionnaireVersion = z.infer<typeof QuestionnaireVersionSchema>;

/** (key, version) names one questionnaire version inside an announcement. */
export interface QuestionnaireRef {
  key: string;
  version: string;
}
