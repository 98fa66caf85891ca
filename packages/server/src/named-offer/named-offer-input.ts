import { z } from "zod";

// The request bodies of the named-offer routes: each zod schema beside its inferred type.

const OfferKeySchema = z.string().min(2, "must be an offer key").max(700);

export const MergeOffersSchema = z.strictObject({ from: OfferKeySchema, into: OfferKeySchema });
export type MergeOffersInput = z.infer<typeof MergeOffersSchema>;

export const MergeParamsSchema = z.strictObject({ id: z.string().min(1).max(100), from: OfferKeySchema });

const ContactSchema = z.strictObject({
  contactName: z.string().trim().max(200).optional(),
  contactEmail: z.string().trim().toLowerCase().pipe(z.email({ error: "must be an email address" }).max(320)).optional(),
});

export const InviteNamedOffersSchema = z
  .strictObject({
    keys: z.array(OfferKeySchema).min(1, "choose at least one offer").max(200),
    /** a contact person per key, when the secretariat knows one: the invitation is then also queued as a mail */
    contacts: z.record(OfferKeySchema, ContactSchema).optional(),
  })
  .superRefine((value, ctx) => {
    for (const key of Object.keys(value.contacts ?? {})) {
      if (!value.keys.includes(key)) ctx.addIssue({ code: "custom", message: "a contact for an offer that is not being invited", path: ["contacts", key] });
    }
  });
export type InviteNamedOffersInput = z.infer<typeof InviteNamedOffersSchema>;
