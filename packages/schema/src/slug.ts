import { z } from "zod";

/** Ids that appear in URLs and file names: lower-case ASCII words joined by hyphens. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case letters, digits and single hyphens");
export type Slug = z.infer<typeof SlugSchema>;

/** A calendar date as ISO 8601 (YYYY-MM-DD). */
export const IsoDateSchema = z.iso.date();
export type IsoDate = z.infer<typeof IsoDateSchema>;
