import { z } from "zod";

// Shapes several parts of the API share. Each zod schema sits beside its inferred type.

/** Text in both languages, as the API sends it (not trimmed or checked: it is output). */
export const LocalizedSchema = z.object({ da: z.string(), en: z.string() });

export const IdSchema = z.string().min(1).max(100);

export const IsoDateTimeSchema = z.iso.datetime({ offset: true, error: "must be an ISO 8601 date and time, e.g. 2026-12-01T12:00:00Z" });

/** A person an entry names: a user's id with their name, null when the user is gone. */
export const PersonRefSchema = z.object({ id: z.string(), name: z.string().nullable() });
export type PersonRef = z.infer<typeof PersonRefSchema>;

export const userRoles = ["admin", "secretariat", "reviewer", "national"] as const;
export const UserRoleSchema = z.enum(userRoles);
export type UserRole = z.infer<typeof UserRoleSchema>;

export const campaignStatuses = ["draft", "open", "closed", "reported"] as const;
export const CampaignStatusSchema = z.enum(campaignStatuses);
export type CampaignStatus = z.infer<typeof CampaignStatusSchema>;

export const respondentStates = ["not-opened", "in-progress", "submitted", "reopened"] as const;
export const RespondentStateSchema = z.enum(respondentStates);
export type RespondentState = z.infer<typeof RespondentStateSchema>;

export const RespondentKindSchema = z.enum(["municipality", "offer"]);
export type RespondentKind = z.infer<typeof RespondentKindSchema>;

export const ExportLocaleSchema = z.enum(["da", "en"]);
export type ExportLocale = z.infer<typeof ExportLocaleSchema>;

/** Path parameters of a route under /api/campaigns/:id. */
export const CampaignIdParamsSchema = z.strictObject({ id: IdSchema });

/** Descriptions of responses many routes share. */
export const responses = {
  invalid: { description: "Invalid input; `field` names it" },
  campaignNotFound: { description: "No such campaign, or not one of yours" },
  readOnly: { description: "Signed in, but only allowed to read this campaign (reviewer, national board)" },
} as const;
