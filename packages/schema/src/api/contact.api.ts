import { z } from "zod";
import { MAX_CONTACT_EMAIL, MAX_CONTACT_NAME, MAX_CONTACT_ROWS } from "../contacts/contact-rows.js";
import { defineRoute } from "./define-route.js";
import { CampaignIdParamsSchema, IdSchema, responses } from "./common.js";
import { OutboxMessageSchema } from "./outbox.api.js";
import { RespondentSchema } from "./respondent.api.js";

// Contact persons in bulk (pasted, or read from a CSV or XLSX file), remembered per region for its next campaign;
// and the invitations to respondents with an address, shown before they are queued.

/** The largest spreadsheet read, in bytes (before base64): a region's contacts take a few kB; base64 of it fits the 1 MB JSON limit. */
export const MAX_CONTACT_SHEET_BYTES = 512 * 1024;

export const ReadContactSheetSchema = z.strictObject({
  fileName: z.string().trim().min(1, "must not be empty").max(300),
  /** the file's bytes, base64 */
  contentBase64: z
    .string()
    .max(Math.ceil(MAX_CONTACT_SHEET_BYTES / 3) * 4, `the file must be at most ${MAX_CONTACT_SHEET_BYTES / 1024} kB`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "must be base64"),
});
export type ReadContactSheetInput = z.infer<typeof ReadContactSheetSchema>;

export const ContactSheetSchema = z.object({
  sheetName: z.string(),
  /** the first sheet's rows, each cell as text; blank rows left out */
  rows: z.array(z.array(z.string())),
});
export type ContactSheet = z.infer<typeof ContactSheetSchema>;

export const ContactInputSchema = z.strictObject({
  kommuneCode: z.string().regex(/^\d{3}$/, "must be a 3-digit municipality code"),
  contactName: z.string().trim().max(MAX_CONTACT_NAME).optional(),
  contactEmail: z.string().trim().toLowerCase().pipe(z.email({ error: "must be an email address" }).max(MAX_CONTACT_EMAIL)),
});

export const SaveContactsSchema = z.strictObject({
  contacts: z.array(ContactInputSchema).min(1, "give at least one contact").max(MAX_CONTACT_ROWS, `at most ${MAX_CONTACT_ROWS} contacts`),
});
export type SaveContactsInput = z.infer<typeof SaveContactsSchema>;

export const ContactsSavedSchema = z.object({
  respondents: z.array(RespondentSchema).describe("the municipalities whose contact person was set"),
  /** how many of the region's remembered contacts this added or changed */
  remembered: z.number().int(),
});
export type ContactsSaved = z.infer<typeof ContactsSavedSchema>;

export const RememberedContactSchema = z.object({
  kommuneCode: z.string(),
  kommuneName: z.string(),
  contactName: z.string().nullable(),
  contactEmail: z.string(),
  updatedAt: z.string(),
});
export type RememberedContact = z.infer<typeof RememberedContactSchema>;

export const InvitationRecipientSchema = z.object({
  respondentId: z.string(),
  name: z.string(),
  contactName: z.string().nullable(),
  to: z.string(),
});

export const InvitationPreviewSchema = z.object({
  /** respondents with an e-mail address and no invitation yet: the ones an invitation would go to */
  recipients: z.array(InvitationRecipientSchema),
  /** respondents without an invitation and without an address: nothing can be mailed to them */
  withoutAddress: z.array(z.object({ respondentId: z.string(), name: z.string() })),
  /** respondents whose invitation is already queued or sent */
  alreadyInvited: z.number().int(),
  /** respondents that submitted without an invitation mail (none is sent to them) */
  submitted: z.number().int(),
  /** "smtp": the server sends the mail; "by-hand": it waits in the outbox for the secretariat to copy it */
  delivery: z.enum(["smtp", "by-hand"]),
  /** the mail to the first recipient, its personal link shown as a placeholder; null without recipients */
  sample: z.object({ respondentId: z.string(), to: z.string(), subject: z.string(), body: z.string() }).nullable(),
  /** whether invitations can be queued now (the campaign is a draft or open) */
  canSend: z.boolean(),
});
export type InvitationPreview = z.infer<typeof InvitationPreviewSchema>;

export const SendInvitationsSchema = z.strictObject({
  respondentIds: z.array(IdSchema).min(1, "give at least one respondent").max(1000),
});
export type SendInvitationsInput = z.infer<typeof SendInvitationsSchema>;

export const InvitationSkipReasonSchema = z.enum(["no-address", "already-invited", "submitted"]);

export const InvitationsQueuedSchema = z.object({
  queued: z.number().int(),
  messages: z.array(OutboxMessageSchema),
  skipped: z.array(z.object({ respondentId: z.string(), reason: InvitationSkipReasonSchema })),
});
export type InvitationsQueued = z.infer<typeof InvitationsQueuedSchema>;

const { invalid } = responses;
const notFound = responses.campaignNotFound;
const readOnly = responses.readOnly;

export const contactApi = {
  readSheet: defineRoute({
    method: "post",
    path: "/api/contact-sheets",
    summary: "Read the first sheet of an XLSX file of contacts into rows of text (nothing is saved)",
    description: "For the bulk contacts' preview; a CSV is read by the browser itself.",
    tags: ["respondents"],
    auth: "session",
    body: ReadContactSheetSchema,
    responses: {
      200: { description: "The rows", schema: ContactSheetSchema },
      400: { description: "Not an XLSX file, or invalid input; `field` names it" },
      403: { description: "Only a secretariat reads contact sheets" },
    },
  }),
  save: defineRoute({
    method: "put",
    path: "/api/campaigns/:id/contacts",
    summary: "Set the contact persons of the campaign's municipalities at once, and remember them for the region",
    description:
      "All or nothing: a municipality not invited in the campaign, or given twice, is a 400 naming it (contacts.<i>.kommuneCode). Unsent mail is readdressed; no invitation is queued (see POST …/invitations).",
    tags: ["respondents"],
    auth: "session",
    params: CampaignIdParamsSchema,
    body: SaveContactsSchema,
    responses: { 200: { description: "Saved", schema: ContactsSavedSchema }, 400: invalid, 403: readOnly, 404: notFound },
  }),
  remembered: defineRoute({
    method: "get",
    path: "/api/campaigns/:id/contacts/remembered",
    summary: "The contact persons remembered for the campaign's region, for its municipalities",
    tags: ["respondents"],
    auth: "session",
    params: CampaignIdParamsSchema,
    responses: { 200: { description: "By municipality", schema: z.object({ contacts: z.array(RememberedContactSchema) }) }, 403: readOnly, 404: notFound },
  }),
  invitationPreview: defineRoute({
    method: "get",
    path: "/api/campaigns/:id/invitations",
    summary: "Who an invitation would go to, who has no address, and the mail itself, before anything is queued",
    tags: ["mail"],
    auth: "session",
    params: CampaignIdParamsSchema,
    responses: { 200: { description: "The preview", schema: InvitationPreviewSchema }, 403: readOnly, 404: notFound },
  }),
  sendInvitations: defineRoute({
    method: "post",
    path: "/api/campaigns/:id/invitations",
    summary: "Queue the invitation (with a fresh additional link) to each chosen respondent that has an address",
    description:
      "Respondents without an address, already invited, or submitted are skipped with the reason. Only while the campaign is a draft or open.",
    tags: ["mail"],
    auth: "session",
    params: CampaignIdParamsSchema,
    body: SendInvitationsSchema,
    responses: {
      201: { description: "Queued", schema: InvitationsQueuedSchema },
      400: { description: "Invalid input, or a respondent id not in the campaign; `field` names it" },
      403: readOnly,
      404: notFound,
      409: { description: "The campaign is closed or reported" },
    },
  }),
};
