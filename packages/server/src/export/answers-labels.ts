import type { Locale } from "@afrapport/schema";

/** The fixed words of the answer exports (XLSX and CSV), in Danish and English. */
export interface AnswersLabels {
  respondent: string;
  kommuneCode: string;
  status: string;
  submittedAt: string;
  rowNumber: string;
  yes: string;
  no: string;
  /** suffix of the column holding the text written for "Other" or in a comment area */
  otherComment: string;
  statuses: Record<string, string>;
}

export const answersLabels: Record<Locale, AnswersLabels> = {
  da: {
    respondent: "Respondent",
    kommuneCode: "Kommunekode",
    status: "Status",
    submittedAt: "Indsendt",
    rowNumber: "Række",
    yes: "Ja",
    no: "Nej",
    otherComment: "Andet/kommentar",
    statuses: {
      draft: "Kladde",
      submitted: "Indsendt",
      reopened: "Genåbnet",
      "not-opened": "Ikke åbnet",
      "in-progress": "I gang",
    },
  },
  en: {
    respondent: "Respondent",
    kommuneCode: "Municipality code",
    status: "Status",
    submittedAt: "Submitted",
    rowNumber: "Row",
    yes: "Yes",
    no: "No",
    otherComment: "Other/comment",
    statuses: {
      draft: "Draft",
      submitted: "Submitted",
      reopened: "Reopened",
      "not-opened": "Not opened",
      "in-progress": "In progress",
    },
  },
};

/** A response's status in words; an unknown status as given. */
export function statusText(status: string, locale: Locale): string {
  return Object.hasOwn(answersLabels[locale].statuses, status) ? answersLabels[locale].statuses[status]! : status;
}
