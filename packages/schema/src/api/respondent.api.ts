import { z } from "zod";
import { defineRoute } from "./define-route.js";
import { CampaignIdParamsSchema, IdSchema, RespondentKindSchema, RespondentStateSchema, responses } from "./common.js";

// Respondents of a campaign: invite municipalities and offers, replace or revoke links, the status board, and
// the contact person whom a respondent's mail goes to.

export const offerOperators = ["municipal", "regional", "private"] as const;
export const OfferOperatorSchema = z.enum(offerOperators);
export type OfferOperator = z.infer<typeof OfferOperatorSchema>;

export const RespondentSchema = z.object({
  id: z.string(),
  kind: RespondentKindSchema,
  name: z.string(),
  kommuneCode: z.string().nullable(),
  operator: z.string().nullable(),
  legalBasis: z.string().nullable(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  createdAt: z.string(),
});
export type Respondent = z.infer<typeof RespondentSchema>;

/** One row of the secretariat's status board. */
export const BoardEntrySchema = RespondentSchema.extend({
  state: RespondentStateSchema,
  responseId: z.string(),
  revision: z.number().int(),
  firstOpenedAt: z.string().nullable(),
  lastActivityAt: z.string().nullable(),
  /** reminders sent to the respondent (by SMTP or marked sent by hand) */
  remindersSent: z.number().int(),
  submittedAt: z.string().nullable(),
  /** the deadline that holds for this respondent (its own extension or the campaign's) */
  deadline: z.string(),
  /** whether the respondent has its own, later deadline */
  deadlineExtended: z.boolean(),
  /** whether the respondent can still change its answers now */
  editable: z.boolean(),
  /** whether a working link exists (its token is never shown again) */
  hasActiveLink: z.boolean(),
  linkIssuedAt: z.string().nullable(),
});
export type BoardEntry = z.infer<typeof BoardEntrySchema>;

export const InviteLinkSchema = z.object({
  token: z.string().describe("shown only in this response; only its sha256 is stored"),
  url: z.string().describe("the address the respondent opens: <publicUrl>/svar/<token>"),
});
export type InviteLink = z.infer<typeof InviteLinkSchema>;

/** A respondent with its new link; the link's token is shown only in this value. */
export const InvitedSchema = z.object({ respondent: RespondentSchema, link: InviteLinkSchema });
export type Invited = z.infer<typeof InvitedSchema>;

export const InviteMunicipalitiesResultSchema = z.object({
  invited: z.array(InvitedSchema),
  /** the municipalities invited before */
  skipped: z.array(z.object({ kommuneCode: z.string(), name: z.string() })),
});
export type InviteMunicipalitiesResult = z.infer<typeof InviteMunicipalitiesResultSchema>;

export const InviteOfferSchema = z.strictObject({
  name: z.string().trim().min(1, "must not be empty").max(300),
  operator: OfferOperatorSchema,
  legalBasis: z.string().trim().max(300).optional(),
  contactName: z.string().trim().max(200).optional(),
  contactEmail: z.string().trim().toLowerCase().pipe(z.email({ error: "must be an email address" }).max(320)).optional(),
});
export type InviteOfferInput = z.infer<typeof InviteOfferSchema>;

/** Path parameters of a route under /api/campaigns/:id/respondents/:rid (or /responses/:rid). */
export const RespondentParamsSchema = z.strictObject({ id: IdSchema, rid: IdSchema });

/** The contact person: null or "" clears a field, a field left out stays as it is. */
export const UpdateRespondentSchema = z
  .strictObject({
    contactName: z.string().trim().max(200).nullable().optional(),
    contactEmail: z
      .string()
      .trim()
      .toLowerCase()
      .max(320)
      .refine((value) => value === "" || z.email().safeParse(value).success, "must be an email address")
      .nullable()
      .optional(),
  })
  .refine((value) => value.contactName !== undefined || value.contactEmail !== undefined, {
    message: "give contactName or contactEmail",
    path: ["contactName"],
  });
export type UpdateRespondentInput = z.infer<typeof UpdateRespondentSchema>;

export const ContactUpdatedSchema = RespondentSchema.extend({
  invitationQueued: z.boolean().describe("whether this change queued the respondent's invitation mail"),
});
export type ContactUpdated = z.infer<typeof ContactUpdatedSchema>;

const { invalid } = responses;
const notFound = { description: "No such campaign or respondent, or not one of yours" };
const readOnly = { description: "Only allowed to read this campaign" };

export const respondentApi = {
  board: defineRoute({
    method: "get",
    path: "/api/campaigns/:id/respondents",
    summary: "The status board: every respondent with its state, last activity and effective deadline",
    tags: ["respondents"],
    auth: "session",
    params: CampaignIdParamsSchema,
    responses: { 200: { description: "Municipalities first", schema: z.object({ respondents: z.array(BoardEntrySchema) }) }, 404: notFound },
  }),
  inviteMunicipalities: defineRoute({
    method: "post",
    path: "/api/campaigns/:id/respondents/municipalities",
    summary: "Invite every municipality of the campaign's region; those already invited are skipped",
    description: "Each new respondent's link token is in this response only.",
    tags: ["respondents"],
    auth: "session",
    params: CampaignIdParamsSchema,
    responses: {
      200: { description: "Everyone was already invited", schema: InviteMunicipalitiesResultSchema },
      201: { description: "Invited", schema: InviteMunicipalitiesResultSchema },
      403: readOnly,
      404: notFound,
      409: { description: "The campaign is closed or reported" },
    },
  }),
  inviteOffer: defineRoute({
    method: "post",
    path: "/api/campaigns/:id/respondents/offers",
    summary: "Invite an offer (tilbud) named by the municipalities",
    tags: ["respondents"],
    auth: "session",
    params: CampaignIdParamsSchema,
    body: InviteOfferSchema,
    responses: {
      201: { description: "Invited; the link token is in this response only", schema: InvitedSchema },
      400: invalid,
      403: readOnly,
      404: notFound,
      409: { description: "The campaign has no offer questionnaire, is closed, or the offer is already invited" },
    },
  }),
  updateContact: defineRoute({
    method: "patch",
    path: "/api/campaigns/:id/respondents/:rid",
    summary: "Set a respondent's contact person; null or \"\" clears a field",
    description:
      "A new email readdresses the respondent's unsent mail and, if no invitation was queued yet, queues one with a fresh additional link (not after it submitted, nor in a closed or reported campaign).",
    tags: ["respondents"],
    auth: "session",
    params: RespondentParamsSchema,
    body: UpdateRespondentSchema,
    responses: { 200: { description: "The respondent", schema: ContactUpdatedSchema }, 400: invalid, 403: readOnly, 404: notFound },
  }),
  replaceLink: defineRoute({
    method: "post",
    path: "/api/campaigns/:id/respondents/:rid/link",
    summary: "Replace a respondent's link: the old one stops working",
    tags: ["respondents"],
    auth: "session",
    params: RespondentParamsSchema,
    responses: { 201: { description: "The new link, shown once", schema: InvitedSchema }, 403: readOnly, 404: notFound },
  }),
  revokeLink: defineRoute({
    method: "delete",
    path: "/api/campaigns/:id/respondents/:rid/link",
    summary: "Revoke a respondent's link (it then answers 410 link_revoked)",
    tags: ["respondents"],
    auth: "session",
    params: RespondentParamsSchema,
    responses: { 204: { description: "Revoked (or there was no working link)" }, 403: readOnly, 404: notFound },
  }),
};
