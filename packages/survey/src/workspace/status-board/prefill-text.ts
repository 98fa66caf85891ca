import type { Locale } from "@afrapport/schema";
import type { PrefillResult, PrefillSkipReason, PrefillSource } from "@afrapport/schema/api";
import { formatDate } from "../../format.js";
import type { WorkspaceMessages } from "../../i18n/workspace-messages.js";

// The words of the "fill in from an earlier campaign" dialog, apart from its markup so they can be tested.

/** A source campaign as an option of the choice: its title, status, deadline and how many answered. */
export function sourceOptionLabel(source: PrefillSource, w: WorkspaceMessages, locale: Locale): string {
  return w.prefillSourceOption(source.title, w.campaignStatusNames[source.status], formatDate(source.deadline, locale), source.answered);
}

/** The questionnaire versions a source campaign used, e.g. "Spørgeskemaer: kommune-2019 1.0.0, tilbud-2019 1.0.0". */
export function sourceVersions(source: PrefillSource, w: WorkspaceMessages): string {
  const refs = [source.municipalityQuestionnaire, ...(source.offerQuestionnaire === null ? [] : [source.offerQuestionnaire])];
  return w.prefillSourceVersions(refs.map((ref) => `${ref.key} ${ref.version}`).join(", "));
}

export interface PrefillSummary {
  /** how many responses were filled in, with how many answers in all */
  done: string;
  /** each filled-in respondent with what it got, and what could not come along */
  prefilled: { respondentId: string; name: string; text: string }[];
  /** the respondents not filled in, grouped by why (in the order of the reasons), names in order */
  skipped: { reason: PrefillSkipReason; text: string; names: string[] }[];
}

const skipOrder: PrefillSkipReason[] = ["nothing-to-carry", "no-earlier-response", "has-answers"];

/** The result of a pre-fill in words. */
export function prefillSummary(result: PrefillResult, w: WorkspaceMessages): PrefillSummary {
  const answers = result.prefilled.reduce((sum, entry) => sum + entry.carried.length, 0);
  return {
    done: result.prefilled.length === 0 ? w.prefillNothing : w.prefillDone(result.prefilled.length, answers),
    prefilled: result.prefilled.map((entry) => ({
      respondentId: entry.respondentId,
      name: entry.name,
      text: [w.prefillCarriedCount(entry.carried.length), ...(entry.dropped.length === 0 ? [] : [w.prefillDroppedCount(new Set(entry.dropped.map((d) => d.question)).size)])].join("; "),
    })),
    skipped: skipOrder.flatMap((reason) => {
      const names = result.skipped.filter((entry) => entry.reason === reason).map((entry) => entry.name);
      return names.length === 0 ? [] : [{ reason, text: `${w.prefillSkipReasons[reason]}: ${names.length}`, names }];
    }),
  };
}
