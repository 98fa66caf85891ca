import { z } from "zod";

/** Text a person reads: Danish first, English always available. */
export const LocalizedTextSchema = z.strictObject({
  da: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const locales = ["da", "en"] as const;
export type Locale = (typeof locales)[number];
