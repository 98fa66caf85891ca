import type { Locale } from "@afrapport/schema";
import { da } from "./da.js";
import { en } from "./en.js";
import type { Messages } from "./messages.js";

export type { Messages } from "./messages.js";

export const messages: Record<Locale, Messages> = { da, en };

export function messagesFor(locale: Locale): Messages {
  return messages[locale];
}
