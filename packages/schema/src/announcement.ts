import { z } from "zod";
import { LocalizedTextSchema } from "./localized-text.js";
import { QuestionnaireVersionSchema } from "./questionnaire.js";
import { IsoDateSchema, SlugSchema } from "./slug.js";

/** A special competence the announcement requires in a highly specialised offer (screening criterion 4). */
export const CompetenceSchema = z.strictObject({
  id: SlugSchema,
  title: LocalizedTextSchema,
});
export type Competence = z.infer<typeof CompetenceSchema>;

/** A central announcement (central udmelding) and every published version of its questionnaires. */
export const AnnouncementSchema = z.strictObject({
  id: SlugSchema,
  title: LocalizedTextSchema,
  issued: IsoDateSchema,
  targetGroup: LocalizedTextSchema,
  competences: z.array(CompetenceSchema).min(1),
  questionnaires: z.array(QuestionnaireVersionSchema),
});
export type Announcement = z.infer<typeof AnnouncementSchema>;
