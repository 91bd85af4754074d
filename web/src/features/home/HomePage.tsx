import { Badge, Box, Button, Card, Group, List, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate, formatNumber, formatPercent } from '../../../../common/i18n/index.ts';
import { useLocale } from '../../app/locale.tsx';
import { IconBook, IconChart, IconExchange, IconFlask, IconUsers } from '../../components/Icons.tsx';
import { useDocumentTitle } from '../../components/PageHeader.tsx';
import { LibraryHomeSearch } from '../library/LibraryHomeSearch.tsx';
import { DirectorySearchBox } from './DirectorySearchBox.tsx';

interface Pillar {
  key: 'programs' | 'tasks' | 'library' | 'market' | 'directory';
  icon: ReactNode;
  available: boolean;
}

const PILLARS: Pillar[] = [
  { key: 'programs', icon: <IconChart />, available: false },
  { key: 'tasks', icon: <IconFlask />, available: false },
  { key: 'library', icon: <IconBook />, available: true },
  { key: 'market', icon: <IconExchange />, available: false },
  { key: 'directory', icon: <IconUsers />, available: true },
];

function Figure({ value, label }: { value: string; label: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text fz={28} fw={800} c="brand.8" lh={1.1}>
        {value}
      </Text>
      <Text size="sm" mt={6}>
        {label}
      </Text>
    </Paper>
  );
}

export function HomePage() {
  const { locale, t } = useLocale();
  useDocumentTitle(null);
  const percent = (value: number) => formatPercent(value, locale, 0);

  return (
    <Stack gap={48}>
      <Box component="section" aria-labelledby="home-title">
        <Paper radius="md" p={{ base: 'lg', sm: 40 }} bg="brand.9" c="white">
          <Stack gap="md" maw={820}>
            <Text size="sm" fw={600} tt="uppercase" c="brand.1">
              {t('ui.portal.agency')}
            </Text>
            <Title order={1} id="home-title" fz={{ base: 26, sm: 36 }} lh={1.2}>
              {t('ui.home.title')}
            </Title>
            <Text size="lg" c="brand.0">
              {t('ui.home.lead')}
            </Text>
            <Group gap="sm" mt="xs">
              <Button component={Link} to="/directory/organisations" variant="white" color="brand.9">
                {t('ui.home.ctaDirectory')}
              </Button>
              <Button component={Link} to="/signup" variant="outline" color="white">
                {t('ui.home.ctaSignup')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      </Box>

      <Box component="section" aria-labelledby="program-title">
        <Stack gap="md">
          <Title order={2} id="program-title">
            {t('ui.home.programTitle')}
          </Title>
          <Text maw={900}>
            {t('ui.home.programIntro', { programDate: formatDate('2013-06-04T00:00:00Z'), resolutionDate: formatDate('2012-11-01T00:00:00Z') })}
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="md">
            <Figure value={`≈ ${percent(35)}`} label={t('ui.home.figures.tfp')} />
            <Figure value={`${percent(15)}–${percent(20)}`} label={t('ui.home.figures.renewal')} />
            <Figure value={formatNumber(100, locale)} label={t('ui.home.figures.enterprises')} />
            <Figure value={formatNumber(15, locale)} label={t('ui.home.figures.workforce')} />
            <Figure value={`≥ ${percent(2)}`} label={t('ui.home.figures.budget')} />
          </SimpleGrid>
          <Title order={3} size="h4" mt="sm">
            {t('ui.home.goalsTitle')}
          </Title>
          <List spacing="xs" maw={900}>
            <List.Item>{t('ui.home.goals.driver')}</List.Item>
            <List.Item>{t('ui.home.goals.market')}</List.Item>
            <List.Item>{t('ui.home.goals.workforce')}</List.Item>
            <List.Item>{t('ui.home.goals.budget')}</List.Item>
            <List.Item>{t('ui.home.goals.information')}</List.Item>
          </List>
        </Stack>
      </Box>

      <Box component="section" aria-labelledby="pillars-title">
        <Stack gap="md">
          <Title order={2} id="pillars-title">
            {t('ui.home.pillarsTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {PILLARS.map((pillar) => (
              <Card key={pillar.key} withBorder radius="md" padding="lg" component="article" aria-labelledby={`pillar-${pillar.key}`}>
                <Group justify="space-between" align="flex-start" mb="sm">
                  <ThemeIcon size={44} radius="md" variant="light">
                    {pillar.icon}
                  </ThemeIcon>
                  <Badge variant="light" color={pillar.available ? 'green' : 'gray'}>
                    {pillar.available ? t('ui.home.available') : t('ui.home.comingSoon')}
                  </Badge>
                </Group>
                <Title order={3} size="h4" id={`pillar-${pillar.key}`}>
                  {t(`ui.home.pillars.${pillar.key}.title`)}
                </Title>
                <Text size="sm" mt="xs" style={{ flexGrow: 1 }}>
                  {t(`ui.home.pillars.${pillar.key}.body`)}
                </Text>
                {pillar.key === 'directory' ? (
                  <Group gap="xs" mt="md">
                    <Button component={Link} to="/directory/organisations" size="xs">
                      {t('ui.nav.organisations')}
                    </Button>
                    <Button component={Link} to="/directory/people" size="xs" variant="light">
                      {t('ui.nav.people')}
                    </Button>
                  </Group>
                ) : null}
                {pillar.key === 'library' ? (
                  <Group gap="xs" mt="md">
                    <Button component={Link} to="/library" size="xs">
                      {t('ui.library.nav.search')}
                    </Button>
                    <Button component={Link} to="/library/browse" size="xs" variant="light">
                      {t('ui.library.nav.browse')}
                    </Button>
                  </Group>
                ) : null}
              </Card>
            ))}
          </SimpleGrid>
        </Stack>
      </Box>

      <LibraryHomeSearch />

      <Box component="section" aria-labelledby="search-title">
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
          <Title order={2} id="search-title" size="h3">
            {t('ui.home.searchTitle')}
          </Title>
          <Text size="sm" c="dimmed" mt={4} mb="md">
            {t('ui.home.searchHint')}
          </Text>
          <DirectorySearchBox />
        </Paper>
      </Box>
    </Stack>
  );
}
