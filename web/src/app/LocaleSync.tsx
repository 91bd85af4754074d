import { useEffect } from 'react';
import { useCurrentUser } from '../api/session.ts';
import { useLocale } from './locale.tsx';

/**
 * Adopts the language saved on the account when this browser has no explicit choice yet
 * (a first sign-in on a new device); an explicit choice on this browser wins.
 */
export function LocaleSync() {
  const user = useCurrentUser();
  const { locale, chosen, setLocale } = useLocale();
  useEffect(() => {
    if (user && !chosen && user.locale !== locale) {
      setLocale(user.locale);
    }
  }, [user, chosen, locale, setLocale]);
  return null;
}
