import type { Locale } from "@afrapport/schema";
import { useLocale } from "../../i18n/locale-context.js";
import { reportDa, type ReportMessages } from "../../i18n/report-da.js";
import { reportEn } from "../../i18n/report-en.js";

export type { ReportMessages };

const byLocale: Record<Locale, ReportMessages> = { da: reportDa, en: reportEn };

export function reportMessagesFor(locale: Locale): ReportMessages {
  return byLocale[locale];
}

/** The report's strings in the page's language, beside the app's own (`useLocale().t`). */
export function useReportMessages(): { r: ReportMessages; locale: Locale } {
  const { locale } = useLocale();
  return { r: byLocale[locale], locale };
}
