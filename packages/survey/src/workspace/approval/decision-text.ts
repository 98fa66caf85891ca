import type { ReportMessages } from "../../i18n/report-da.js";
import type { Decision } from "./decision-form.js";

/** A decision in words: "Godkendt", "Godkendt med ændringer", "Afvist", "Taget til efterretning", "Sendt". */
export function decisionText(decision: Decision, r: ReportMessages): string {
  switch (decision) {
    case "approved":
      return r.decisionApproved;
    case "approved-with-changes":
      return r.decisionApprovedWithChanges;
    case "rejected":
      return r.decisionRejected;
    case "noted":
      return r.decisionNoted;
    case "sent":
      return r.decisionSent;
  }
}
