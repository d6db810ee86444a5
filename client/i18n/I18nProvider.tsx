import { formatMessage } from "./formatMessage";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { isLanguage, type Language } from "../../shared/languages";
import type { MessageKey, Messages } from "./en";

const STORAGE_KEY = "greychair.language";
/** Dates are shown in Brussels time, the working group's time zone, whatever the device says. */
export const TIME_ZONE = "Europe/Brussels";
export const LOCALES: Record<Language, string> = { nl: "nl-BE", fr: "fr-BE", en: "en-GB" };

/*
 * Each language is its own chunk: a page needs one of the three, and together they weigh more
 * than the rest of the shell. en.ts stays the reference for the types (the keys).
 */
const LOADERS: Record<Language, () => Promise<Messages>> = {
  en: () => import("./en").then((module) => module.en),
  nl: () => import("./nl").then((module) => module.nl),
  fr: () => import("./fr").then((module) => module.fr),
};
const catalogues = new Map<Language, Promise<Messages>>();
const ready = new Map<Language, Messages>();

export function loadCatalogue(language: Language): Promise<Messages> {
  let pending = catalogues.get(language);
  if (!pending) {
    pending = LOADERS[language]().then(
      (messages) => (ready.set(language, messages), messages),
      (error: unknown) => {
        catalogues.delete(language); // a failed load is tried again next time
        throw error;
      },
    );
    catalogues.set(language, pending);
  }
  return pending;
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t: Translate;
  formatDateTime(date: Date | string, options?: Intl.DateTimeFormatOptions): string;
}

const I18nContext = createContext<I18n | undefined>(undefined);

export function initialLanguage(): Language {
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

/** Needs the catalogue of `language` loaded first (main.tsx waits for it); a switch shows the new one once it has arrived. */
export function I18nProvider({ language: first, children }: { language: Language; children: ReactNode }) {
  const [shown, setShown] = useState<{ language: Language; messages: Messages }>(() => ({ language: first, messages: ready.get(first)! }));
  const wanted = useRef(first);
  const { language, messages } = shown;

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    safeStorage()?.setItem(STORAGE_KEY, next);
    wanted.current = next;
    loadCatalogue(next).then(
      (loaded) => {
        if (wanted.current === next) setShown((previous) => (previous.language === next ? previous : { language: next, messages: loaded }));
      },
      () => undefined, // offline: stay in the language on screen
    );
  }, []);

  const value = useMemo<I18n>(() => {
    const t: Translate = (key, values) => formatMessage(messages[key], values, LOCALES[language]);
    const formatDateTime = (date: Date | string, options: Intl.DateTimeFormatOptions = { dateStyle: "long", timeStyle: "short" }) =>
      new Intl.DateTimeFormat(LOCALES[language], { timeZone: TIME_ZONE, ...options }).format(new Date(date));
    return { language, setLanguage, t, formatDateTime };
  }, [language, messages, setLanguage]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error("useI18n must be used inside <I18nProvider>");
  return context;
}
