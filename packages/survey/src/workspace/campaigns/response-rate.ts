import type { Locale } from "@afrapport/schema";
import { formatNumber, formatPercent } from "../../format.js";
import type { RespondentState } from "@afrapport/schema/api";

export interface ResponseRate {
  submitted: number;
  total: number;
  /** 0–1; 0 when no one is invited */
  fraction: number;
}

const states: readonly RespondentState[] = ["not-opened", "in-progress", "submitted", "reopened"];

/** Submitted out of everyone invited, from the campaign's respondents counted by state (and their total). */
export function responseRate(counts: Partial<Record<RespondentState, number>> & { total?: number }): ResponseRate {
  const total = counts.total ?? states.reduce((sum, state) => sum + (counts[state] ?? 0), 0);
  const submitted = counts.submitted ?? 0;
  return { submitted, total, fraction: total === 0 ? 0 : submitted / total };
}

/** "12 af 29 (41 %)" through the page's message, with Danish numbers. */
export function formatResponseRate(rate: ResponseRate, locale: Locale, message: (submitted: string, total: string, percent: string) => string): string {
  return message(formatNumber(rate.submitted, locale, 0), formatNumber(rate.total, locale, 0), formatPercent(rate.fraction, locale));
}
