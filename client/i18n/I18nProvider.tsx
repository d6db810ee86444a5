import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { isLanguage, type Language } from "../../shared/languages";
import { en, type MessageKey, type Messages } from "./en";
import { fr } from "./fr";
import { nl } from "./nl";

const CATALOGUES: Record<Language, Messages> = { nl, fr, en };
const STORAGE_KEY = "greychair.language";
/** Dates are shown in Brussels time, the working group's time zone, whatever the device says. */
export const TIME_ZONE = "Europe/Brussels";
const LOCALES: Record<Language, string> = { nl: "nl-BE", fr: "fr-BE", en: "en-GB" };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t: Translate;
  formatDateTime(date: Date | string, options?: Intl.DateTimeFormatOptions): string;
}

const I18nContext = createContext<I18n | undefined>(undefined);

function initialLanguage(): Language {
  const stored = safeStorage()?.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  const browser = navigator.language.slice(0, 2).toLowerCase();
  return isLanguage(browser) ? browser : "en";
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage can be disabled by policy
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    safeStorage()?.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);

  const value = useMemo<I18n>(() => {
    const messages = CATALOGUES[language];
    const t: Translate = (key, values) =>
      messages[key].replace(/\{(\w+)\}/g, (match, name: string) => (values && name in values ? String(values[name]) : match));
    const formatDateTime = (date: Date | string, options: Intl.DateTimeFormatOptions = { dateStyle: "long", timeStyle: "short" }) =>
      new Intl.DateTimeFormat(LOCALES[language], { timeZone: TIME_ZONE, ...options }).format(new Date(date));
    return { language, setLanguage, t, formatDateTime };
  }, [language, setLanguage]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error("useI18n must be used inside <I18nProvider>");
  return context;
}
