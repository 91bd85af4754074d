import { Button, Group, SegmentedControl, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../app/locale.tsx';
import { IconSearch } from '../../components/Icons.tsx';

/** Sends a name typed with or without diacritics to the directory list of the chosen kind. */
export function DirectorySearchBox() {
  const t = useT();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<'organisations' | 'people'>('organisations');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query = q.trim();
    void navigate(`/directory/${kind}${query ? `?q=${encodeURIComponent(query)}` : ''}`);
  };

  return (
    <form onSubmit={submit} role="search" aria-label={t('ui.home.searchTitle')}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <div role="group" aria-label={t('ui.home.searchIn')}>
          <SegmentedControl
            value={kind}
            onChange={(value) => setKind(value === 'people' ? 'people' : 'organisations')}
            data={[
              { value: 'organisations', label: t('ui.nav.organisations') },
              { value: 'people', label: t('ui.nav.people') },
            ]}
          />
        </div>
        <TextInput
          style={{ flex: '1 1 260px' }}
          label={t('ui.home.searchLabel')}
          placeholder={t('ui.home.searchPlaceholder')}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          leftSection={<IconSearch size={16} />}
        />
        <Button type="submit">{t('ui.common.search')}</Button>
      </Group>
    </form>
  );
}
