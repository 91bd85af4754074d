import { Anchor, Group, Progress, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { formatNumber, formatPercent } from '../../../../../common/i18n/index.ts';
import { usePlans, useProgramTree } from '../../../api/programs.ts';
import { useLocale } from '../../../app/locale.tsx';
import { PageBreadcrumbs } from '../../../components/PageBreadcrumbs.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { PagedTable } from '../../../components/PagedTable.tsx';
import { useUrlFilters } from '../../../components/useUrlState.ts';
import { OrganisationPicker } from '../../directory/pickers.tsx';
import { PlanStatusBadge, PROGRESS_STATUS_COLORS } from '../badges.tsx';

const PAGE_SIZE = 25;

/** A computed progress as a bar with its percentage written out; there is never an input for it. */
export function ProgressBar({ value, status, label }: { value: number; status: keyof typeof PROGRESS_STATUS_COLORS; label: string }) {
  const { locale, t } = useLocale();
  const percent = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <Group gap={8} wrap="nowrap" miw={140}>
      <Progress value={percent} color={PROGRESS_STATUS_COLORS[status]} style={{ flex: 1 }} size="md" aria-label={label} />
      <Text size="xs" fw={700} style={{ whiteSpace: 'nowrap' }}>
        {formatPercent(percent, locale, 0)}
      </Text>
      <Text size="xs" c={status === 'late' ? 'red.9' : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
        {t(`ui.programs.progressStatuses.${status}`)}
      </Text>
    </Group>
  );
}

export function PlansPage() {
  const { locale, t } = useLocale();
  const { id = '' } = useParams();
  const tree = useProgramTree(id);
  const { filters, page, setFilters, setPage } = useUrlFilters(['unit'] as const);
  const plans = usePlans(id, { organisationId: filters.unit || undefined, page, pageSize: PAGE_SIZE });

  return (
    <>
      <PageBreadcrumbs
        items={[
          { label: t('ui.programs.title'), to: '/programs' },
          { label: tree.data?.program.code ?? '…', to: `/programs/${id}` },
          { label: t('ui.programs.plans.title') },
        ]}
      />
      <PageHeader title={t('ui.programs.plans.title')} description={t('ui.programs.plans.description')} />
      <Stack gap="md">
        <div style={{ maxWidth: 420 }}>
          <OrganisationPicker label={t('ui.programs.plans.unit')} value={filters.unit || null} onChange={(value) => setFilters({ unit: value ?? '' })} />
        </div>
        <PagedTable
          query={plans}
          label={t('ui.programs.plans.title')}
          emptyTitle={t('ui.programs.plans.empty')}
          minWidth={640}
          columns={[
            {
              header: t('ui.programs.plans.planTitle'),
              cell: (plan) => (
                <Stack gap={0}>
                  <Anchor component={Link} to={`/programs/${id}/plans/${plan.id}`} fw={600}>
                    {plan.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {plan.organisation.name}
                  </Text>
                </Stack>
              ),
            },
            { header: t('ui.programs.status'), cell: (plan) => <PlanStatusBadge status={plan.status} /> },
            { header: t('ui.programs.plans.items'), cell: (plan) => formatNumber(plan.itemCount, locale) },
            {
              header: t('ui.programs.plans.progress'),
              cell: (plan) => <ProgressBar value={plan.progress} status={plan.progressStatus} label={t('ui.programs.plans.progressOf', { name: plan.title })} />,
            },
          ]}
          page={page}
          pageSize={PAGE_SIZE}
          onPageChange={setPage}
        />
      </Stack>
    </>
  );
}
