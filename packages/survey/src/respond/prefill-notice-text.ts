import type { Locale } from "@afrapport/schema";
import type { PrefillNotice } from "@afrapport/schema/api";
import type { Messages } from "../i18n/messages.js";

/** The notice about answers carried over from an earlier campaign, in words. */
export interface PrefillNoticeText {
  title: string;
  text: string;
  /** what could not be carried: the question's title in the chosen language and why, in plain words */
  dropped: { key: string; question: string; reason: string }[];
}

/**
 * What the respondent is told about a pre-filled response, or null when nothing was pre-filled. A question dropped
 * for two reasons (a removed choice and a removed column) is listed once per reason.
 */
export function prefillNoticeText(notice: PrefillNotice | null, t: Messages, locale: Locale): PrefillNoticeText | null {
  if (notice === null) return null;
  return {
    title: t.prefillNoticeTitle,
    text: t.prefillNotice(notice.carried.length, notice.fromCampaignTitle),
    dropped: notice.dropped.map((entry) => ({
      key: `${entry.question}:${entry.reason}`,
      question: entry.title[locale].trim() === "" ? entry.question : entry.title[locale],
      reason: t.prefillDropReasons[entry.reason],
    })),
  };
}
