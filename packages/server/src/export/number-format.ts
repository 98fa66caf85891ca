import type { Figure, Locale } from "@afrapport/schema";

/** Numbers as a Danish reader expects them: "1.234" and "12,5" (da), "1,234" and "12.5" (en). */
const numbers: Record<Locale, Intl.NumberFormat> = {
  da: new Intl.NumberFormat("da-DK", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }),
};
const percents: Record<Locale, Intl.NumberFormat> = {
  da: new Intl.NumberFormat("da-DK", { style: "percent", maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 0 }),
};

/** The mark after a small count (1–4), explained in a note under the table it appears in. */
export const smallCountMark = "*";

export function formatNumber(value: number, locale: Locale): string {
  return numbers[locale].format(value);
}

/** A share as "41 %" (da) or "41%" (en); "–" when there is nothing to divide by. */
export function formatShare(part: number, whole: number, locale: Locale): string {
  return whole > 0 ? percents[locale].format(part / whole) : "–";
}

/** A figure of the joint report: its number, marked when `markSmall` and it is a small count (1–4). */
export function formatFigure(figure: Figure, locale: Locale, markSmall: boolean): string {
  return `${formatNumber(figure.value, locale)}${markSmall && figure.small ? smallCountMark : ""}`;
}
