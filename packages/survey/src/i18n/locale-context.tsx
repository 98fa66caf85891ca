import type { Locale } from "@afrapport/schema";
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { browserStorage, readLocale, writeLocale } from "./locale-preference.js";
import { messagesFor, type Messages } from "./messages-by-locale.js";

interface LocaleContextValue {
  locale: Locale;
  t: Messages;
  setLocale(locale: Locale): void;
}

const LocaleContext = createContext<LocaleContextValue | undefined>(undefined);

/**
 * The page's language: Danish unless the person chose English (remembered in localStorage). Keeps
 * `<html lang>` in step, so screen readers pronounce the text in the right language.
 */
export function LocaleProvider({ children, initial }: { children: ReactNode; initial?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => initial ?? readLocale(browserStorage()));
  const setLocale = useCallback((next: Locale) => {
    writeLocale(browserStorage(), next);
    setLocaleState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => ({ locale, t: messagesFor(locale), setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (value === undefined) throw new Error("useLocale needs a <LocaleProvider> around it");
  return value;
}
