import { Anchor, Badge, Card, Group, Paper, Progress, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ActionStatus, TDashboard, TDashboardTarget, TrafficLight } from '../../../../common/contracts/programs-dashboard.ts';
import { ACTION_STATUSES, TRAFFIC_LIGHTS } from '../../../../common/contracts/programs-dashboard.ts';
import { formatDate, formatNumber, formatPercent } from '../../../../common/i18n/index.ts';
import { useLocale } from '../../app/locale.tsx';
import { EmptyState } from '../../components/QueryState.tsx';
import { formatPeriod, sortByLight } from './format.ts';
import { LightBadge, TargetCard } from './TargetCard.tsx';

export const ACTION_COLORS: Record<ActionStatus, string> = {
  not_planned: 'gray.5',
  not_started: 'blue.4',
  in_progress: 'cyan',
  overdue: 'red',
  done: 'green',
};

const isoDate = (iso: string) => formatDate(`${iso}T12:00:00Z`);

export function LightsSummary({ lights }: { lights: Record<TrafficLight, number> }) {
  const { locale, t } = useLocale();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="lights-title">
      <Title order={2} size="h5" id="lights-title" mb="xs">
        {t('ui.programs.dashboard.lightsSummary')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {TRAFFIC_LIGHTS.map((light) => (
          <li key={light}>
            <Group gap="xs" wrap="nowrap">
              <Text fz={26} fw={800} lh={1}>
                {formatNumber(lights[light], locale)}
              </Text>
              <LightBadge light={light} size="sm" />
            </Group>
          </li>
        ))}
      </SimpleGrid>
    </Paper>
  );
}

export function TargetGrid({ targets }: { targets: TDashboardTarget[] }) {
  const { t } = useLocale();
  return (
    <section aria-labelledby="targets-title">
      <Title order={2} size="h3" id="targets-title" mb="sm">
        {t('ui.programs.dashboard.targetsTitle')}
      </Title>
      {targets.length === 0 ? (
        <EmptyState title={t('ui.programs.dashboard.noTargets')} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, xl: 3 }} spacing="md">
          {sortByLight(targets).map((target) => (
            <TargetCard key={target.id} target={target} />
          ))}
        </SimpleGrid>
      )}
    </section>
  );
}

export function MethodNote({ method }: { method: string }) {
  const { t } = useLocale();
  return (
    <Paper withBorder radius="md" p="md" bg="gray.0">
      <Text size="sm" fw={600}>
        {t('ui.programs.dashboard.method')}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
        {method}
      </Text>
    </Paper>
  );
}

export function SectionFilter({ sections, value, onChange }: { sections: TDashboard['sections']; value: string; onChange: (value: string) => void }) {
  const { t } = useLocale();
  return (
    <Select
      label={t('ui.programs.dashboard.section')}
      placeholder={t('ui.common.all')}
      clearable
      data={sections.map((section) => ({ value: section.id, label: `${section.ref}. ${section.title}` }))}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
      comboboxProps={{ width: 'target' }}
    />
  );
}

export function YearFilter({ label, from, to, value, onChange }: { label: string; from: number; to: number; value: string; onChange: (value: string) => void }) {
  const { t } = useLocale();
  const years = Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => String(from + index));
  return (
    <Select
      label={label}
      placeholder={t('ui.common.all')}
      clearable
      data={years}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
    />
  );
}

export function ActionsPanel({ actions, sections }: { actions: TDashboard['actions']; sections: TDashboard['sections'] }) {
  const { locale, t } = useLocale();
  const refOf = new Map(sections.map((section) => [section.id, `${section.ref}. ${section.title}`]));
  const share = (count: number) => (actions.total === 0 ? 0 : (count / actions.total) * 100);
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="actions-title">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4" id="actions-title">
            {t('ui.programs.dashboard.actionsTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('ui.programs.dashboard.actionsTotal', { total: formatNumber(actions.total, locale) })}
          </Text>
        </Group>
        <Progress.Root size={22} aria-hidden="true">
          {ACTION_STATUSES.map((status) =>
            actions.byStatus[status] > 0 ? <Progress.Section key={status} value={share(actions.byStatus[status])} color={ACTION_COLORS[status]} /> : null,
          )}
        </Progress.Root>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {ACTION_STATUSES.map((status) => (
            <li key={status}>
              <Group gap="xs" wrap="nowrap">
                <Badge variant="light" color={ACTION_COLORS[status]} miw={40}>
                  {formatNumber(actions.byStatus[status], locale)}
                </Badge>
                <Text size="sm">{t(`ui.programs.actionStatuses.${status}`)}</Text>
              </Group>
            </li>
          ))}
        </SimpleGrid>
        {actions.bySection.length > 0 ? (
          <Table.ScrollContainer minWidth={320}>
            <Table verticalSpacing={6} aria-label={t('ui.programs.dashboard.bySection')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('ui.programs.dashboard.bySection')}</Table.Th>
                  <Table.Th scope="col">{t('ui.programs.actionStatuses.done')}</Table.Th>
                  <Table.Th scope="col">{t('ui.programs.dashboard.progress')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {actions.bySection.map((row) => (
                  <Table.Tr key={row.sectionId}>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {refOf.get(row.sectionId) ?? '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatNumber(row.byStatus.done, locale)}/{formatNumber(row.total, locale)}
                    </Table.Td>
                    <Table.Td miw={120}>
                      {row.progress === null ? (
                        '—'
                      ) : (
                        <Group gap={6} wrap="nowrap">
                          <Progress value={row.progress * 100} style={{ flex: 1 }} aria-hidden="true" />
                          <Text size="xs" fw={600} style={{ whiteSpace: 'nowrap' }}>
                            {formatPercent(row.progress * 100, locale, 0)}
                          </Text>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Stack>
    </Card>
  );
}

export function CompliancePanel({ compliance, roundLink }: { compliance: TDashboard['compliance']; roundLink?: (roundId: string) => string }) {
  const { locale, t } = useLocale();
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="compliance-title">
      <Title order={2} size="h4" id="compliance-title" mb="sm">
        {t('ui.programs.dashboard.complianceTitle')}
      </Title>
      {compliance.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('ui.programs.dashboard.noRounds')}
        </Text>
      ) : (
        <Stack gap="md">
          {compliance.map((round) => {
            const submitted = round.byStatus.submitted + round.byStatus.approved;
            return (
              <Stack key={round.roundId} gap={4}>
                <Group justify="space-between" gap="xs" wrap="wrap">
                  {roundLink ? (
                    <Anchor component={Link} to={roundLink(round.roundId)} fw={600} size="sm">
                      {round.title}
                    </Anchor>
                  ) : (
                    <Text fw={600} size="sm">
                      {round.title}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    {formatPeriod(round.period, t)} · {t('ui.programs.dashboard.due', { date: isoDate(round.dueOn) })}
                  </Text>
                </Group>
                <Progress.Root size={14} aria-hidden="true">
                  <Progress.Section value={round.expected === 0 ? 0 : (round.byStatus.approved / round.expected) * 100} color="green" />
                  <Progress.Section value={round.expected === 0 ? 0 : (round.byStatus.submitted / round.expected) * 100} color="cyan" />
                </Progress.Root>
                <Text size="sm">
                  {t('ui.programs.dashboard.expected')}: <b>{formatNumber(round.expected, locale)}</b> · {t('ui.programs.reportStatuses.submitted')}:{' '}
                  <b>{formatNumber(submitted, locale)}</b> · {t('ui.programs.dashboard.approved')}: <b>{formatNumber(round.byStatus.approved, locale)}</b> ·{' '}
                  {t('ui.programs.dashboard.onTime')}: <b>{formatNumber(round.onTime, locale)}</b> · {t('ui.programs.dashboard.late')}:{' '}
                  <b>{formatNumber(round.late, locale)}</b>
                </Text>
              </Stack>
            );
          })}
        </Stack>
      )}
    </Card>
  );
}

export function OverduePanel({ overdue }: { overdue: TDashboard['overdue'] }) {
  const { locale, t } = useLocale();
  const none = overdue.items === 0 && overdue.milestones === 0;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="overdue-title">
      <Title order={2} size="h4" id="overdue-title" mb="sm">
        {t('ui.programs.dashboard.overdueTitle')}
      </Title>
      {none ? (
        <Text size="sm" c="dimmed">
          {t('ui.programs.dashboard.noOverdue')}
        </Text>
      ) : (
        <Stack gap="xs">
          <Text size="sm">
            {t('ui.programs.dashboard.overdueSummary', { items: formatNumber(overdue.items, locale), milestones: formatNumber(overdue.milestones, locale) })}
          </Text>
          <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {overdue.oldest.map((entry) => (
              <li key={`${entry.kind}-${entry.id}`}>
                <Text size="sm" fw={600}>
                  {entry.planItemCode} · {entry.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {entry.kind === 'item' ? t('ui.programs.dashboard.overdueItem') : t('ui.programs.dashboard.overdueMilestone')} · {entry.organisationName} ·{' '}
                  {t('ui.programs.plans.dueOn')} {isoDate(entry.dueOn)}
                </Text>
              </li>
            ))}
          </Stack>
        </Stack>
      )}
    </Card>
  );
}
