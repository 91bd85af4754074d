import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { isLocale } from '../../../common/i18n/index.ts';
import { useCurrentUser, useUpdateProfile } from '../api/session.ts';
import { useLocale } from './locale.tsx';

/**
 * Vietnamese / English. Each option is named in its own language ("Tiếng Việt", "English") so a
 * reader of either finds it; the choice is remembered in a cookie and, when signed in, on the account.
 */
export function LanguageSwitch({ size = 'xs' }: { size?: 'xs' | 'sm' }) {
  const { locale, setLocale, t } = useLocale();
  const user = useCurrentUser();
  const updateProfile = useUpdateProfile();
  const client = useQueryClient();

  const change = (value: string) => {
    if (!isLocale(value) || value === locale) {
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
    <div role="group" aria-label={t('ui.shell.language')}>
      <SegmentedControl
        size={size}
        value={locale}
        onChange={change}
        data={[
          {
            value: 'vi',
            label: (
              <>
                <span aria-hidden="true">VI</span>
                <VisuallyHidden>Tiếng Việt</VisuallyHidden>
              </>
            ),
          },
          {
            value: 'en',
            label: (
              <>
                <span aria-hidden="true">EN</span>
                <VisuallyHidden>English</VisuallyHidden>
              </>
            ),
          },
        ]}
      />
    </div>
  );
}
