import { MessagePage } from "../app/message-page.js";
import { useLocale } from "../i18n/locale-context.js";
import type { LinkProblem } from "./server-errors.js";

/** Why a respondent link does not open – unknown, revoked, too many attempts, no connection – and what to do. */
export function LinkProblemPage({ problem, onRetry }: { problem: LinkProblem; onRetry(): void }) {
  const { t } = useLocale();
  const texts: Record<LinkProblem, { title: string; text: string; retry: boolean }> = {
    invalid: { title: t.linkInvalidTitle, text: t.linkInvalidText, retry: false },
    revoked: { title: t.linkRevokedTitle, text: t.linkRevokedText, retry: false },
    tooMany: { title: t.tooManyAttemptsTitle, text: t.tooManyAttemptsText, retry: true },
    offline: { title: t.loadFailedTitle, text: t.loadFailedOffline, retry: true },
    failed: { title: t.loadFailedTitle, text: t.loadFailedText, retry: true },
  };
  const { title, text, retry } = texts[problem];
  return (
    <MessagePage title={title} tone="problem">
      <p data-problem={problem}>{text}</p>
      <p>{t.contactSecretariat}</p>
      {retry ? (
        <p>
          <button type="button" className="af-button af-button--primary" onClick={onRetry}>
            {t.tryAgain}
          </button>
        </p>
      ) : null}
    </MessagePage>
  );
}
