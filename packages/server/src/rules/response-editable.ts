import type { CampaignStatus, ResponseStatus } from "../db/tables.js";

export type Editability =
  | { editable: true }
  | { editable: false; reason: "submitted" | "campaign-not-open" | "deadline-passed"; message: string };

/**
 * Whether a respondent may still change its answers: not submitted, campaign open, effective deadline not passed.
 * The same rule holds for its saves and submission, its files, and the status board's "editable" column.
 */
export function editability(input: {
  responseStatus: ResponseStatus;
  campaignStatus: CampaignStatus;
  deadline: string;
  now: Date;
}): Editability {
  if (input.responseStatus === "submitted") {
    return { editable: false, reason: "submitted", message: "The response has been submitted; ask the secretariat to reopen it to make changes." };
  }
  if (input.campaignStatus !== "open") {
    return {
      editable: false,
      reason: "campaign-not-open",
      message: input.campaignStatus === "draft" ? "The campaign is not open for answers yet." : "The campaign is closed for answers.",
    };
  }
  if (input.now.getTime() > Date.parse(input.deadline)) {
    return { editable: false, reason: "deadline-passed", message: `The deadline (${input.deadline}) has passed; ask the secretariat for an extension.` };
  }
  return { editable: true };
}
