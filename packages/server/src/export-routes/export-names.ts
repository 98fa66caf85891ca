import type { Locale } from "@afrapport/schema";
import type { ApprovalDecisionKind } from "../db/tables.js";

/** The decisions as the report documents write them. */
export const decisionLabels: Record<Locale, Record<ApprovalDecisionKind, string>> = {
  da: {
    approved: "Godkendt",
    "approved-with-changes": "Godkendt med ændringer",
    rejected: "Afvist",
    noted: "Taget til efterretning",
    sent: "Sendt",
  },
  en: {
    approved: "Approved",
    "approved-with-changes": "Approved with changes",
    rejected: "Rejected",
    noted: "Noted",
    sent: "Sent",
  },
};

/** A campaign title fit for a file name on every system: no path or reserved characters, one line, at most 120 characters. */
export function fileNamePart(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 120)
    .trim();
}

/** "Fælles afrapportering – <title> – udkast.docx", or for a snapshot "… – <step> <date>.docx". */
export function reportFileName(title: string, locale: Locale, extension: "docx" | "html", snapshot?: { step: string; date: string }): string {
  const kind = locale === "da" ? "Fælles afrapportering" : "Joint report";
  const which = snapshot === undefined ? (locale === "da" ? "udkast" : "draft") : `${snapshot.step} ${snapshot.date}`;
  return `${kind} – ${fileNamePart(title)} – ${fileNamePart(which)}.${extension}`;
}

/** "Besvarelser – <title>.xlsx", with drafts "Besvarelser inkl. kladder – <title>.xlsx". */
export function answersFileName(title: string, locale: Locale, includeAll: boolean): string {
  const kind = locale === "da" ? (includeAll ? "Besvarelser inkl. kladder" : "Besvarelser") : includeAll ? "Answers incl. drafts" : "Answers";
  return `${kind} – ${fileNamePart(title)}.xlsx`;
}

const audienceWords: Record<Locale, Record<"municipality" | "offer", string>> = {
  da: { municipality: "kommuner", offer: "tilbud" },
  en: { municipality: "municipalities", offer: "offers" },
};

/** "<title> – kommuner.csv" (or "– tilbud.csv"; in English "– municipalities.csv", "– offers.csv"). */
export function answersCsvFileName(title: string, locale: Locale, audience: "municipality" | "offer"): string {
  return `${fileNamePart(title)} – ${audienceWords[locale][audience]}.csv`;
}
