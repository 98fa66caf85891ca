import { z } from "zod";
import { defineRoute } from "./define-route.js";
import { CampaignIdParamsSchema, IdSchema } from "./common.js";

// The offers the municipalities name: listed, merged by the secretariat, invited as offer respondents.

const OfferKeySchema = z.string().min(2, "must be an offer key").max(700);

export const NamedOfferSchema = z.object({
  key: z.string().describe("offerKey(name, operator); for merged offers the key they were merged into"),
  /** the display name: the spelling most often used for the key merged into */
  name: z.string(),
  /** every spelling seen, the display name first */
  spellings: z.array(z.string()),
  operator: z.string().describe('municipal | regional | private as answered; "" when none'),
  legalBasis: z.array(z.string()).describe("choice values, e.g. sel-107"),
  location: z.array(z.string()),
  namedBy: z.array(z.object({ respondentId: z.string(), name: z.string(), submitted: z.boolean().describe("false: named in a draft") })),
  /** the keys merged into this one */
  mergedKeys: z.array(z.string()),
  /** the offer respondent invited for it, if any (invited from this list, or invited by hand with the same name and operator) */
  invitedRespondentId: z.string().nullable(),
});
export type NamedOffer = z.infer<typeof NamedOfferSchema>;

const NamedOffersBody = z.object({ offers: z.array(NamedOfferSchema) });

export const InvitedOfferSchema = z.object({
  key: z.string(),
  respondentId: z.string(),
  name: z.string(),
  link: z.object({ token: z.string(), url: z.string() }).describe("shown only here"),
  invitationQueued: z.boolean(),
});
export type InvitedOffer = z.infer<typeof InvitedOfferSchema>;

export const OfferSkipReasonSchema = z.enum(["unknown-key", "duplicate", "already-invited", "no-operator"]);
export type OfferSkipReason = z.infer<typeof OfferSkipReasonSchema>;

export const InviteNamedOffersResultSchema = z.object({
  /** the new offer respondents; each link's token is shown in this answer only */
  invited: z.array(InvitedOfferSchema),
  skipped: z.array(z.object({ key: z.string(), reason: OfferSkipReasonSchema })),
});
export type InviteNamedOffersResult = z.infer<typeof InviteNamedOffersResultSchema>;

export const MergeOffersSchema = z.strictObject({ from: OfferKeySchema, into: OfferKeySchema });
export type MergeOffersInput = z.infer<typeof MergeOffersSchema>;

export const NamedOfferMergeParamsSchema = z.strictObject({ id: IdSchema, from: OfferKeySchema });

const OfferContactSchema = z.strictObject({
  contactName: z.string().trim().max(200).optional(),
  contactEmail: z.string().trim().toLowerCase().pipe(z.email({ error: "must be an email address" }).max(320)).optional(),
});

export const InviteNamedOffersInputSchema = z
  .strictObject({
    keys: z.array(OfferKeySchema).min(1, "choose at least one offer").max(200),
    /** a contact person per key, when the secretariat knows one: the invitation is then also queued as a mail */
    contacts: z.record(OfferKeySchema, OfferContactSchema).optional(),
  })
  .superRefine((value, ctx) => {
    for (const key of Object.keys(value.contacts ?? {})) {
      if (!value.keys.includes(key)) ctx.addIssue({ code: "custom", message: "a contact for an offer that is not being invited", path: ["contacts", key] });
    }
  });
export type InviteNamedOffersInput = z.infer<typeof InviteNamedOffersInputSchema>;

export const DuplicateGroupSchema = z.object({
  /** the group's offer keys, sorted and joined by a newline: what a dismissal names */
  groupKey: z.string(),
  /** the offers likely to be one, the most named first */
  offers: z.array(NamedOfferSchema),
  /** what differs between them */
  differences: z.array(z.enum(["name", "location"])),
});
export type DuplicateGroup = z.infer<typeof DuplicateGroupSchema>;

const DuplicateKeysSchema = z
  .array(OfferKeySchema)
  .min(2, "a group has at least two offers")
  .max(50, "at most 50 offers")
  .superRefine((keys, ctx) => {
    keys.forEach((key, index) => {
      if (keys.indexOf(key) !== index) ctx.addIssue({ code: "custom", message: "is already in the group", path: [index] });
    });
  });

export const MergeOfferGroupSchema = z
  .strictObject({
    /** every offer of the group, the one merged into among them */
    keys: DuplicateKeysSchema,
    /** the offer whose spelling stays: the others are merged into it */
    into: OfferKeySchema,
  })
  .superRefine((value, ctx) => {
    if (!value.keys.includes(value.into)) ctx.addIssue({ code: "custom", message: "must be one of the group's keys", path: ["into"] });
  });
export type MergeOfferGroupInput = z.infer<typeof MergeOfferGroupSchema>;

export const DismissDuplicatesSchema = z.strictObject({ keys: DuplicateKeysSchema });
export type DismissDuplicatesInput = z.infer<typeof DismissDuplicatesSchema>;

const notFound = { description: "No such campaign, or not one of yours" };
const readOnly = { description: "Only allowed to read this campaign" };

export const namedOfferApi = {
  list: defineRoute({
    method: "get",
    path: "/api/campaigns/:id/named-offers",
    summary: "The offers named in the municipalities' answers (drafts included), de-duplicated and merged",
    tags: ["offers"],
    auth: "session",
    params: CampaignIdParamsSchema,
    responses: { 200: { description: "Sorted by name (Danish order)", schema: NamedOffersBody }, 404: notFound },
  }),
  merge: defineRoute({
    method: "post",
    path: "/api/campaigns/:id/named-offers/merge",
    summary: "Merge one offer key into another (the same offer spelled differently); chains resolve",
    tags: ["offers"],
    auth: "session",
    params: CampaignIdParamsSchema,
    body: MergeOffersSchema,
    responses: {
      200: { description: "The merge existed already; the named offers", schema: NamedOffersBody },
      201: { description: "Merged; the named offers", schema: NamedOffersBody },
      400: { description: "Invalid input, a key not named in the campaign, a merge into itself or one closing a circle; `field` names it" },
      403: readOnly,
      404: notFound,
      409: { description: "`from` is already merged into another key" },
    },
  }),
  unmerge: defineRoute({
    method: "delete",
    path: "/api/campaigns/:id/named-offers/merge/:from",
    summary: "Undo the merge of a key",
    tags: ["offers"],
    auth: "session",
    params: NamedOfferMergeParamsSchema,
    responses: {
      200: { description: "The named offers", schema: NamedOffersBody },
      403: readOnly,
      404: { description: "No such campaign, or the key is not merged" },
    },
  }),
  duplicates: defineRoute({
    method: "get",
    path: "/api/campaigns/:id/named-offers/duplicates",
    summary: "Suggested duplicates: offers with the same core name and operator in the same municipality, not dismissed",
    tags: ["offers"],
    auth: "session",
    params: CampaignIdParamsSchema,
    responses: { 200: { description: "The groups", schema: z.object({ groups: z.array(DuplicateGroupSchema) }) }, 404: notFound },
  }),
  mergeGroup: defineRoute({
    method: "post",
    path: "/api/campaigns/:id/named-offers/merge-group",
    summary: "Merge a whole group of offers into one of them in one step (one transaction, each merge audited)",
    tags: ["offers"],
    auth: "session",
    params: CampaignIdParamsSchema,
    body: MergeOfferGroupSchema,
    responses: {
      201: { description: "Merged; the named offers", schema: NamedOffersBody },
      400: { description: "Fewer than two keys, a repeated key, `into` not in the group, a key not named in the campaign; `field` names it" },
      403: readOnly,
      404: notFound,
      409: { description: "A key is already merged into another; nothing was merged" },
    },
  }),
  dismissDuplicates: defineRoute({
    method: "post",
    path: "/api/campaigns/:id/named-offers/duplicates/dismiss",
    summary: "Say a suggested group is different offers, so it is not suggested again",
    tags: ["offers"],
    auth: "session",
    params: CampaignIdParamsSchema,
    body: DismissDuplicatesSchema,
    responses: {
      200: { description: "The group was dismissed already; the remaining suggestions", schema: z.object({ groups: z.array(DuplicateGroupSchema) }) },
      201: { description: "Dismissed; the remaining suggestions", schema: z.object({ groups: z.array(DuplicateGroupSchema) }) },
      400: { description: "Fewer than two keys, a repeated key, a key not named in the campaign; `field` names it" },
      403: readOnly,
      404: notFound,
    },
  }),
  invite: defineRoute({
    method: "post",
    path: "/api/campaigns/:id/named-offers/invite",
    summary: "Invite named offers as offer respondents in one step; links are in this response only",
    description:
      "Name, operator and legal basis come from the municipalities' answers. Keys already invited, unknown, repeated or without an operator are skipped with the reason. With `contacts[key].contactEmail` an invitation mail is queued.",
    tags: ["offers"],
    auth: "session",
    params: CampaignIdParamsSchema,
    body: InviteNamedOffersInputSchema,
    responses: {
      200: { description: "Nothing to invite: every key was skipped", schema: InviteNamedOffersResultSchema },
      201: { description: "Invited", schema: InviteNamedOffersResultSchema },
      400: { description: "Invalid input; `field` names it" },
      403: readOnly,
      404: notFound,
      409: { description: "The campaign is closed or reported, or has no offer questionnaire" },
    },
  }),
};
