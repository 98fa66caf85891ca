import type { Locale } from "@afrapport/schema";
import { useLocale } from "../../i18n/locale-context.js";
import type { Messages } from "../../i18n/messages-by-locale.js";
import { workspaceDa } from "../../i18n/workspace-da.js";
import { workspaceEn } from "../../i18n/workspace-en.js";
import type { WorkspaceMessages } from "../../i18n/workspace-messages.js";

export type { WorkspaceMessages };

const byLocale: Record<Locale, WorkspaceMessages> = { da: workspaceDa, en: workspaceEn };

export function workspaceMessagesFor(locale: Locale): WorkspaceMessages {
  return byLocale[locale];
}

/**
 * The workspace's strings (`w`) in the page's language, beside the app's own (`t`). Kept out of the app's main
 * message table so the landing page and the respondent's page do not carry them.
 */
export function useWorkspaceMessages(): { w: WorkspaceMessages; t: Messages; locale: Locale } {
  const { locale, t } = useLocale();
  return { w: byLocale[locale], t, locale };
}
