import { z } from "zod";

export const offerOperators = ["municipal", "regional", "private"] as const;

export const InviteOfferSchema = z.strictObject({
  name: z.string().trim().min(1, "must not be empty").max(300),
  operator: z.enum(offerOperators),
  legalBasis: z.string().trim().max(300).optional(),
  contactName: z.string().trim().max(200).optional(),
  contactEmail: z.string().trim().toLowerCase().pipe(z.email({ error: "must be an email address" }).max(320)).optional(),
});
export type InviteOfferInput = z.infer<typeof InviteOfferSchema>;

export const RespondentParamsSchema = z.strictObject({ id: z.string().min(1).max(100), rid: z.string().min(1).max(100) });

export const ReopenSchema = z.strictObject({ reason: z.string().trim().min(1, "a reason is required").max(2000) });
export type ReopenInput = z.infer<typeof ReopenSchema>;
