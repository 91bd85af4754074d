import { Box, Button, Collapse, Group, List, TextInput, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import type { LibraryFacet } from '../../../../common/contracts/library.ts';
import { useLocale } from '../../app/locale.tsx';
import { IconChevronDown, IconSearch } from '../../components/Icons.tsx';
import { valueLabel } from './labels.ts';

/**
 * The name of a facet value in the interface language: coded values from the catalog, so a
 * language switch renames them at once; names of fields and organisations as the server sent them.
 */
export function useFacetLabel() {
  const { locale, t } = useLocale();
  return (facet: LibraryFacet, value: string, serverLabel: string): string => {
    if (facet === 'type') {
      return valueLabel(locale, t, 'library.types', value);
    }
    if (facet === 'access') {
      return valueLabel(locale, t, 'library.accessLevels', value);
    }
    if (facet === 'program_area') {
      return valueLabel(locale, t, 'library.programAreas', value);
    }
    return serverLabel || value;
  };
}

export function SearchHelp() {
  const { t } = useLocale();
  const [opened, { toggle }] = useDisclosure(false);
  return (
    <Box>
      <UnstyledButton onClick={toggle} aria-expanded={opened} aria-controls="library-search-help" c="brand.8" fz="sm" fw={600}>
        <Group gap={4} wrap="nowrap">
          {t('ui.library.search.helpToggle')}
          <IconChevronDown size={16} style={{ transform: opened ? 'rotate(180deg)' : undefined }} />
        </Group>
      </UnstyledButton>
      <Collapse expanded={opened} id="library-search-help">
        <List size="sm" spacing={4} mt="xs" maw={760}>
          <List.Item>{t('ui.library.search.helpAccents')}</List.Item>
          <List.Item>{t('ui.library.search.helpPhrase')}</List.Item>
          <List.Item>{t('ui.library.search.helpFields')}</List.Item>
          <List.Item>{t('ui.library.search.helpAll')}</List.Item>
        </List>
      </Collapse>
    </Box>
  );
}

/** The search box; its text is searched when submitted, not on every keystroke. */
export function LibrarySearchForm({ value, onSearch, autoFocus }: { value: string; onSearch: (q: string) => void; autoFocus?: boolean }) {
  const { t } = useLocale();
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  // Follow the URL when it changes from elsewhere (back button, a link).
  if (value !== shown) {
    setShown(value);
    setText(value);
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(text.trim());
  };
  return (
    <form role="search" onSubmit={submit}>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          type="search"
          name="q"
          label={t('ui.library.search.label')}
          placeholder={t('ui.library.search.placeholder')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          leftSection={<IconSearch size={16} />}
          maxLength={500}
          autoFocus={autoFocus}
          style={{ flex: 1, minWidth: 0 }}
        />
        <Button type="submit">{t('ui.library.search.submit')}</Button>
      </Group>
    </form>
  );
}
