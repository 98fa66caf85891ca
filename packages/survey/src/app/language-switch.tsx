import { useId } from "react";
import { useLocale } from "../i18n/locale-context.js";
import { pageLocales } from "../i18n/locale-preference.js";
import { messagesFor } from "../i18n/messages-by-locale.js";

/**
 * Dansk | English: two real buttons (Tab, Enter, Space), the current one marked with aria-pressed. Each
 * language's name is written in that language and marked with its lang, so it is read correctly.
 */
export function LanguageSwitch() {
  const { locale, t, setLocale } = useLocale();
  const labelId = useId();
  return (
    <div className="af-language" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="af-visually-hidden">
        {t.languageSwitchLabel}
      </span>
      {pageLocales.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className="af-language__button"
          aria-pressed={l === locale}
          onClick={() => setLocale(l)}
        >
          {messagesFor(l).languageName}
        </button>
      ))}
    </div>
  );
}
