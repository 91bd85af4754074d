import { Paper, Text, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useT } from '../../app/locale.tsx';
import { LibrarySearchForm } from './SearchForm.tsx';

/** The library's search box on the home page; it opens the search page with the words typed. */
export function LibraryHomeSearch() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} component="section" aria-labelledby="library-home-title">
      <Title order={2} id="library-home-title" size="h3">
        {t('ui.library.search.homeTitle')}
      </Title>
      <Text size="sm" c="dimmed" mt={4} mb="md">
        {t('ui.library.search.homeHint')}
      </Text>
      <LibrarySearchForm value="" onSearch={(q) => void navigate(q ? `/library?q=${encodeURIComponent(q)}` : '/library')} />
    </Paper>
  );
}
