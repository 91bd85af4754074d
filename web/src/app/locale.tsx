import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LOCALE_COOKIE } from '../../../common/contracts/auth.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../common/i18n/index.ts';
import { readCookie, writeCookie } from '../api/cookies.ts';
import { translator, type Translate } from './messages.ts';

interface LocaleState {
  locale: Locale;
  /** Whether this browser holds an explicit choice (the cookie); a saved account preference yields to it. */
  chosen: boolean;
  setLocale: (locale: Locale) => void;
  t: Translate;
}

const LocaleContext = createContext<LocaleState | null>(null);

function initialLocale(): Locale {
  const fromCookie = readCookie(LOCALE_COOKIE);
  return isLocale(fromCookie) ? fromCookie : DEFAULT_LOCALE;
}

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setState] = useState<Locale>(initialLocale);
  const [chosen, setChosen] = useState(() => isLocale(readCookie(LOCALE_COOKIE)));

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    // The cookie also tells the server which language to answer problem titles and emails in.
    writeCookie(LOCALE_COOKIE, next);
    setChosen(true);
    setState(next);
  }, []);

  const value = useMemo<LocaleState>(() => ({ locale, chosen, setLocale, t: translator(locale) }), [locale, chosen, setLocale]);
  return <LocaleContext value={value}>{children}</LocaleContext>;
}

export function useLocale(): LocaleState {
  const state = use(LocaleContext);
  if (!state) {
    throw new Error('useLocale() needs a <LocaleProvider> above it');
  }
  return state;
}

export function useT(): Translate {
  return useLocale().t;
}
