import { Button, Group } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { LOCALES, type Locale } from '../../../common/i18n/index.ts';
import { useCurrentUser, useUpdateProfile } from '../api/session.ts';
import { useLocale } from './locale.tsx';

/** Each language is named in itself, so a reader of either finds it. */
const NAMES: Record<Locale, string> = { vi: 'Tiếng Việt', en: 'English' };

/**
 * Vietnamese / English as two toggle buttons (`aria-pressed`). The choice is remembered in a
 * cookie and, when signed in, on the account.
 */
export function LanguageSwitch({ size = 'xs' }: { size?: 'xs' | 'sm' }) {
  const { locale, setLocale, t } = useLocale();
  const user = useCurrentUser();
  const updateProfile = useUpdateProfile();
  const client = useQueryClient();

  const change = (value: Locale) => {
    if (value === locale) {
      return;
    }
    setLocale(value);
    // Some answers (problem titles, reference labels) come localised from the server.
    void client.invalidateQueries();
    if (user) {
      updateProfile.mutate({ locale: value });
    }
  };

  return (
    <Group gap={4} role="group" aria-label={t('ui.shell.language')} wrap="nowrap">
      {LOCALES.map((value) => (
        <Button
          key={value}
          size={size}
          lang={value}
          variant={value === locale ? 'light' : 'subtle'}
          color={value === locale ? 'brand' : 'gray'}
          aria-pressed={value === locale}
          onClick={() => change(value)}
        >
          {NAMES[value]}
        </Button>
      ))}
    </Group>
  );
}
