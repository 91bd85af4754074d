import { Button, Grid, Group, Paper, SimpleGrid, Stack } from '@mantine/core';
import { useEffect } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { formatDate } from '../../../../common/i18n/index.ts';
import { useDashboard, usePrograms, usePublicDashboard } from '../../api/programs.ts';
import { useLocale } from '../../app/locale.tsx';
import { PageBreadcrumbs } from '../../components/PageBreadcrumbs.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { EmptyState, QueryState } from '../../components/QueryState.tsx';
import { useUrlFilters } from '../../components/useUrlState.ts';
import { OrganisationPicker } from '../directory/pickers.tsx';
import { ActionsPanel, CompliancePanel, LightsSummary, MethodNote, OverduePanel, SectionFilter, TargetGrid, YearFilter } from './DashboardParts.tsx';
import { dashboardFilters } from './format.ts';
import { landingProgram, readLastDashboard, rememberDashboard } from './landing.ts';

const FILTER_KEYS = ['section', 'unit', 'from', 'to'] as const;

export function DashboardPage() {
  const { t } = useLocale();
  const { id } = useParams();
  const { filters, setFilters } = useUrlFilters(FILTER_KEYS);
  const dashboard = useDashboard(id, dashboardFilters(filters));
  const filtered = FILTER_KEYS.some((key) => filters[key] !== '');

  useEffect(() => {
    if (dashboard.data) {
      rememberDashboard(dashboard.data.program.id);
    }
  }, [dashboard.data]);

  return (
    <QueryState query={dashboard}>
      {(data) => (
        <>
          <PageBreadcrumbs items={[{ label: t('ui.programs.title'), to: '/programs' }, { label: data.program.code, to: `/programs/${data.program.id}` }, { label: t('ui.programs.dashboard.title') }]} />
          <PageHeader
            title={t('ui.programs.dashboard.titleOf', { code: data.program.code })}
            description={`${data.program.title} · ${t('ui.programs.dashboard.asOf', { date: formatDate(`${data.asOf}T12:00:00Z`) })}`}
            actions={
              <>
                <Button component={Link} to={`/programs/${data.program.id}`} variant="light">
                  {t('ui.programs.openProgram')}
                </Button>
                <Button component={Link} to={`/programs/${data.program.id}/rounds`} variant="light">
                  {t('ui.programs.rounds.title')}
                </Button>
                {data.program.published ? (
                  <Button component={Link} to={`/public/programs/${encodeURIComponent(data.program.code)}`} variant="subtle">
                    {t('ui.programs.dashboard.publicLink')}
                  </Button>
                ) : null}
              </>
            }
          />
          <Stack gap="lg">
            <Paper withBorder p="md" radius="md" component="section" aria-label={t('ui.programs.dashboard.filters')}>
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" style={{ alignItems: 'end' }}>
                <SectionFilter sections={data.sections} value={filters.section} onChange={(section) => setFilters({ section })} />
                <OrganisationPicker label={t('ui.programs.dashboard.unit')} value={filters.unit || null} onChange={(value) => setFilters({ unit: value ?? '' })} />
                <YearFilter
                  label={t('ui.programs.dashboard.fromYear')}
                  from={data.program.startYear}
                  to={data.program.endYear}
                  value={filters.from}
                  onChange={(from) => setFilters({ from })}
                />
                <YearFilter label={t('ui.programs.dashboard.toYear')} from={data.program.startYear} to={data.program.endYear} value={filters.to} onChange={(to) => setFilters({ to })} />
              </SimpleGrid>
              {filtered ? (
                <Group mt="sm">
                  <Button variant="subtle" size="xs" onClick={() => setFilters({ section: null, unit: null, from: null, to: null })}>
                    {t('ui.programs.dashboard.clearFilters')}
                  </Button>
                </Group>
              ) : null}
            </Paper>
            <LightsSummary lights={data.lights} />
            <TargetGrid targets={data.targets} />
            <Grid gap="md">
              <Grid.Col span={{ base: 12, lg: 6 }}>
                <ActionsPanel actions={data.actions} sections={data.sections} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 6 }}>
                <Stack gap="md">
                  <CompliancePanel compliance={data.compliance} roundLink={(roundId) => `/programs/${data.program.id}/rounds/${roundId}`} />
                  <OverduePanel overdue={data.overdue} />
                </Stack>
              </Grid.Col>
            </Grid>
            <MethodNote method={data.method} />
          </Stack>
        </>
      )}
    </QueryState>
  );
}

/**
 * `/programs/dashboard`: one click from the menu to a dashboard. It opens the program the reader
 * looked at last, or else the active program running longest (the province's own action program,
 * with the most history behind its figures).
 */
export function CurrentDashboardPage() {
  const { t } = useLocale();
  const programs = usePrograms({ status: 'active', pageSize: 50 });
  return (
    <QueryState query={programs}>
      {(data) => {
        const chosen = landingProgram(data.items, readLastDashboard());
        return chosen ? <Navigate to={`/programs/${chosen}/dashboard`} replace /> : <EmptyState title={t('ui.programs.empty')} />;
      }}
    </QueryState>
  );
}

/** The published dashboard: approved figures and trends of each target, readable without signing in. */
export function PublicDashboardPage() {
  const { t } = useLocale();
  const { code } = useParams();
  const { filters, setFilters } = useUrlFilters(['section', 'from', 'to'] as const);
  const query = dashboardFilters({ ...filters, unit: '' });
  const dashboard = usePublicDashboard(code, { sectionId: query.sectionId, fromYear: query.fromYear, toYear: query.toYear });
  return (
    <QueryState query={dashboard}>
      {(data) => (
        <>
          <PageHeader
            title={t('ui.programs.dashboard.publicTitleOf', { code: data.program.code })}
            description={`${data.program.title} · ${t('ui.programs.dashboard.asOf', { date: formatDate(`${data.asOf}T12:00:00Z`) })}`}
          />
          <Stack gap="lg">
            <Paper withBorder p="md" radius="md" component="section" aria-label={t('ui.programs.dashboard.filters')}>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" style={{ alignItems: 'end' }}>
                <SectionFilter sections={data.sections} value={filters.section} onChange={(section) => setFilters({ section })} />
                <YearFilter
                  label={t('ui.programs.dashboard.fromYear')}
                  from={data.program.startYear}
                  to={data.program.endYear}
                  value={filters.from}
                  onChange={(from) => setFilters({ from })}
                />
                <YearFilter label={t('ui.programs.dashboard.toYear')} from={data.program.startYear} to={data.program.endYear} value={filters.to} onChange={(to) => setFilters({ to })} />
              </SimpleGrid>
            </Paper>
            <LightsSummary lights={data.lights} />
            <TargetGrid targets={data.targets} />
            <MethodNote method={data.method} />
          </Stack>
        </>
      )}
    </QueryState>
  );
}
