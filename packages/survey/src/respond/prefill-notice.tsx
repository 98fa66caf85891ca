import type { PrefillNotice as PrefillNoticeData } from "@afrapport/schema/api";
import { useLocale } from "../i18n/locale-context.js";
import { prefillNoticeText } from "./prefill-notice-text.js";

/** At the top of the questionnaire: which answers were filled in from an earlier campaign, and which could not be. */
export function PrefillNotice({ notice }: { notice: PrefillNoticeData | null }) {
  const { t, locale } = useLocale();
  const text = prefillNoticeText(notice, t, locale);
  if (text === null) return null;
  return (
    <div className="af-page af-page--notice">
      <section className="af-notice" aria-labelledby="prefill-notice-title">
        <div>
          <h2 id="prefill-notice-title">{text.title}</h2>
          <p>{text.text}</p>
          {text.dropped.length > 0 && (
            <>
              <p>{t.prefillDroppedIntro}</p>
              <ul>
                {text.dropped.map((entry) => (
                  <li key={entry.key}>
                    <strong>{entry.question}</strong>: {entry.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </section>
    </div>
  );
}
