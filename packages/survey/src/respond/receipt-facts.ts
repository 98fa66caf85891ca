import type { Locale } from "@afrapport/schema";
import { formatDateTime } from "../format.js";
import type { Messages } from "../i18n/messages.js";
import type { Receipt } from "./respond-api.js";

/** One line of the receipt: a label and its value, with the machine-readable time for the submission time. */
export interface ReceiptFact {
  key: "number" | "submittedAt" | "respondent" | "campaign";
  label: string;
  value: string;
  /** the ISO time behind a formatted time */
  dateTime?: string;
  /** a sentence under the value */
  help?: string;
  /** names from the catalogue are Danish whatever the chosen language */
  lang?: "da";
}

/** The receipt in plain words: what a respondent reads, prints and quotes on the phone, and the hash set apart. */
export interface ReceiptText {
  facts: ReceiptFact[];
  /** the sha256 of the answers, for checking them, shown folded away */
  check: { title: string; help: string; hash: string };
}

/**
 * What the receipt says: the short receipt number first, when and by whom, and the campaign. The revision (a count of
 * autosaves) is not shown, and the answers' sha256 only under "check", never as the reference to quote.
 */
export function receiptText(receipt: Receipt, t: Messages, locale: Locale): ReceiptText {
  return {
    facts: [
      { key: "number", label: t.receiptNumber, value: receipt.receiptNumber, help: t.receiptNumberHelp },
      { key: "submittedAt", label: t.receiptSubmittedAt, value: formatDateTime(receipt.submittedAt, locale), dateTime: receipt.submittedAt },
      { key: "respondent", label: t.receiptRespondent, value: receipt.respondentName, lang: "da" },
      { key: "campaign", label: t.receiptCampaign, value: receipt.campaignTitle, lang: "da" },
    ],
    check: { title: t.receiptCheckTitle, help: t.receiptCheckHelp, hash: receipt.answersSha256 },
  };
}
