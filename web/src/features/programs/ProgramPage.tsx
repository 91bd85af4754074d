import { Anchor, Box, Button, Card, Paper, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { TAction, TIndicator, TProgramTree, TSectionNode, TTarget } from '../../../../common/contracts/programs.ts';
import { formatDate, type Locale } from '../../../../common/i18n/index.ts';
import { useProgramTree } from '../../api/programs.ts';
import { hasPermission, useCurrentUser } from '../../api/session.ts';
import { useLocale } from '../../app/locale.tsx';
import type { Translate } from '../../app/messages.ts';
import { Facts } from '../../components/Facts.tsx';
import { PageBreadcrumbs } from '../../components/PageBreadcrumbs.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useUrlFilters } from '../../components/useUrlState.ts';
import { formatTarget, formatWithUnit } from './format.ts';
import { IndicatorsPanel } from './IndicatorsPanel.tsx';
import { ProgramStatusBadge } from './ProgramsPage.tsx';

const TABS = ['structure', 'targets', 'actions', 'indicators'] as const;
type Tab = (typeof TABS)[number];

const isoDate = (iso: string | null) => (iso ? formatDate(`${iso}T12:00:00Z`) : null);

/** Every section of the tree, depth first, for tables that name a target's or action's section. */
export function flattenSections(nodes: readonly TSectionNode[]): TSectionNode[] {
  return nodes.flatMap((node) => [node, ...flattenSections(node.children)]);
}

function targetValue(target: TTarget, indicator: TIndicator | undefined, locale: Locale): string {
  return formatTarget(target, indicator?.decimals ?? 2, indicator?.unit ?? '', locale);
}

function baselineText(target: TTarget, indicator: TIndicator | undefined, locale: Locale, t: Translate): string {
  if (target.baselineValue === null) {
    return '—';
  }
  const value = formatWithUnit(target.baselineValue, indicator?.decimals ?? 2, indicator?.unit ?? '', locale);
  return target.baselineYear === null ? value : t('ui.programs.targets.baselineIn', { value, year: target.baselineYear });
}

function ActionLine({ action }: { action: TAction }) {
  const { t } = useLocale();
  return (
    <Box component="li" py={6} style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
      <Text size="sm">
        <Text span fw={700}>
          {action.ref}.
        </Text>{' '}
        {action.text}
      </Text>
      <Text size="xs" c="dimmed" mt={2}>
        {t('ui.programs.actions.lead')}: {action.lead?.nameVi ?? t('ui.programs.actions.noLead')}
        {action.partners.length > 0 ? ` · ${t('ui.programs.actions.partners')}: ${action.partners.map((partner) => partner.nameVi).join('; ')}` : ''} ·{' '}
        {t('ui.programs.actions.deadline')}: {isoDate(action.deadline) ?? t('ui.programs.actions.noDeadline')}
      </Text>
    </Box>
  );
}

function SectionBlock({ node, depth, indicators }: { node: TSectionNode; depth: number; indicators: Map<string, TIndicator> }) {
  const { locale, t } = useLocale();
  const heading = Math.min(6, depth + 2) as 2 | 3 | 4 | 5 | 6;
  return (
    <Box component="section" pl={depth === 0 ? 0 : { base: 'xs', sm: 'md' }} style={depth === 0 ? undefined : { borderLeft: '3px solid var(--mantine-color-brand-1)' }}>
      <Title order={heading} size={depth === 0 ? 'h4' : 'h5'} mb={4}>
        {node.ref}. {node.title}
      </Title>
      {node.body ? (
        <Text size="sm" mb="xs" style={{ whiteSpace: 'pre-line' }}>
          {node.body}
        </Text>
      ) : null}
      {node.targets.length > 0 ? (
        <Stack gap={4} mb="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {node.targets.map((target) => {
            const indicator = indicators.get(target.indicatorId);
            return (
              <Paper key={target.id} component="li" withBorder radius="sm" p="xs" bg="brand.0">
                <Text size="sm" fw={600}>
                  {target.code}: {target.label}
                </Text>
                <Text size="xs">
                  {t('ui.programs.targets.target')}: {targetValue(target, indicator, locale)} · {t('ui.programs.targets.deadline')}: {isoDate(target.deadline)} ·{' '}
                  {t('ui.programs.targets.baseline')}: {baselineText(target, indicator, locale, t)}
                </Text>
              </Paper>
            );
          })}
        </Stack>
      ) : null}
      {node.actions.length > 0 ? (
        <Box component="ul" m={0} p={0} mb="xs" style={{ listStyle: 'none' }}>
          {node.actions.map((action) => (
            <ActionLine key={action.id} action={action} />
          ))}
        </Box>
      ) : null}
      {node.children.length > 0 ? (
        <Stack gap="md" mt="sm">
          {node.children.map((child) => (
            <SectionBlock key={child.id} node={child} depth={depth + 1} indicators={indicators} />
          ))}
        </Stack>
      ) : null}
    </Box>
  );
}

function TargetsTable({ tree }: { tree: TProgramTree }) {
  const { locale, t } = useLocale();
  const sections = flattenSections(tree.sections);
  const indicators = new Map(tree.indicators.map((indicator) => [indicator.id, indicator]));
  const targets = sections.flatMap((section) => section.targets.map((target) => ({ target, section })));
  if (targets.length === 0) {
    return <Text c="dimmed">{t('ui.programs.targets.empty')}</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="sm" aria-label={t('ui.programs.targets.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('ui.programs.targets.code')}</Table.Th>
            <Table.Th scope="col">{t('ui.programs.targets.label')}</Table.Th>
            <Table.Th scope="col">{t('ui.programs.targets.baseline')}</Table.Th>
            <Table.Th scope="col">{t('ui.programs.targets.target')}</Table.Th>
            <Table.Th scope="col">{t('ui.programs.targets.unit')}</Table.Th>
            <Table.Th scope="col">{t('ui.programs.targets.deadline')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {targets.map(({ target, section }) => {
            const indicator = indicators.get(target.indicatorId);
            return (
              <Table.Tr key={target.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{target.code}</Table.Td>
                <Table.Td>
                  <Text size="sm">{target.label}</Text>
                  <Text size="xs" c="dimmed">
                    {section.ref} · {indicator ? (locale === 'vi' ? indicator.nameVi : indicator.nameEn) : ''}
                  </Text>
                </Table.Td>
                <Table.Td>{baselineText(target, indicator, locale, t)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{targetValue(target, indicator, locale)}</Table.Td>
                <Table.Td>{indicator?.unit ?? '—'}</Table.Td>
                <Table.Td>{isoDate(target.deadline)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ActionsTable({ tree }: { tree: TProgramTree }) {
  const { t } = useLocale();
  const rows = flattenSections(tree.sections).flatMap((section) => section.actions.map((action) => ({ action, section })));
  if (rows.length === 0) {
    return <Text c="dimmed">{t('ui.programs.actions.empty')}</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="sm" aria-label={t('ui.programs.actions.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('ui.programs.actions.ref')}</Table.Th>
            <Table.Th scope="col">{t('ui.programs.actions.text')}</Table.Th>
            <Table.Th scope="col">{t('ui.programs.actions.section')}</Table.Th>
            <Table.Th scope="col">{t('ui.programs.actions.lead')}</Table.Th>
            <Table.Th scope="col">{t('ui.programs.actions.partners')}</Table.Th>
            <Table.Th scope="col">{t('ui.programs.actions.deadline')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ action, section }) => (
            <Table.Tr key={action.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{action.ref}</Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={4}>
                  {action.text}
                </Text>
              </Table.Td>
              <Table.Td>{section.ref}</Table.Td>
              <Table.Td>{action.lead?.nameVi ?? t('ui.programs.actions.noLead')}</Table.Td>
              <Table.Td>{action.partners.length > 0 ? action.partners.map((partner) => partner.nameVi).join('; ') : '—'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{isoDate(action.deadline) ?? t('ui.programs.actions.noDeadline')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function ProgramPage() {
  const { t } = useLocale();
  const { id } = useParams();
  const canRead = hasPermission(useCurrentUser(), 'programs.read');
  const tree = useProgramTree(id);
  const { filters, setFilters } = useUrlFilters(['tab'] as const);
  const tab: Tab = (TABS as readonly string[]).includes(filters.tab) ? (filters.tab as Tab) : 'structure';

  return (
    <>
      <PageBreadcrumbs items={[{ label: t('ui.programs.title'), to: '/programs' }, { label: tree.data?.program.code ?? '…' }]} />
      <QueryState query={tree}>
        {(data) => {
          const program = data.program;
          const indicators = new Map(data.indicators.map((indicator) => [indicator.id, indicator]));
          return (
            <>
              <PageHeader
                title={program.title}
                description={program.code}
                actions={
                  canRead ? (
                    <>
                      <Button component={Link} to={`/programs/${program.id}/dashboard`}>
                        {t('ui.programs.openDashboard')}
                      </Button>
                      <Button component={Link} to={`/programs/${program.id}/plans`} variant="light">
                        {t('ui.programs.plans.title')}
                      </Button>
                      <Button component={Link} to={`/programs/${program.id}/rounds`} variant="light">
                        {t('ui.programs.rounds.title')}
                      </Button>
                    </>
                  ) : program.published ? (
                    <Button component={Link} to={`/public/programs/${encodeURIComponent(program.code)}`}>
                      {t('ui.programs.openDashboard')}
                    </Button>
                  ) : null
                }
              />
              <Stack gap="lg">
                <Card withBorder radius="md" padding="lg">
                  <Facts
                    facts={[
                      { label: t('ui.programs.status'), value: <ProgramStatusBadge status={program.status} /> },
                      { label: t('ui.programs.issuingBody'), value: program.issuingBody },
                      { label: t('ui.programs.issuedOn'), value: isoDate(program.issuedOn) },
                      { label: t('ui.programs.period'), value: t('ui.programs.years', { from: program.startYear, to: program.endYear }) },
                      { label: t('ui.programs.legalBasis'), value: program.legalBasis },
                    ]}
                  />
                  {program.summary ? (
                    <Text size="sm" mt="md" style={{ whiteSpace: 'pre-line' }}>
                      {program.summary}
                    </Text>
                  ) : null}
                  {program.published ? (
                    <Anchor component={Link} to={`/public/programs/${encodeURIComponent(program.code)}`} size="sm" mt="sm" display="inline-block">
                      {t('ui.programs.dashboard.publicLink')}
                    </Anchor>
                  ) : null}
                </Card>
                <Tabs value={tab} onChange={(value) => setFilters({ tab: value === 'structure' ? null : value })} keepMounted={false}>
                  <Tabs.List>
                    {TABS.map((key) => (
                      <Tabs.Tab key={key} value={key}>
                        {t(`ui.programs.tabs.${key}`)}
                      </Tabs.Tab>
                    ))}
                  </Tabs.List>
                  <Tabs.Panel value="structure" pt="md">
                    {data.sections.length === 0 ? (
                      <Text c="dimmed">{t('ui.programs.noSections')}</Text>
                    ) : (
                      <Stack gap="xl" aria-label={t('ui.programs.sectionTree')}>
                        {data.sections.map((node) => (
                          <SectionBlock key={node.id} node={node} depth={0} indicators={indicators} />
                        ))}
                      </Stack>
                    )}
                  </Tabs.Panel>
                  <Tabs.Panel value="targets" pt="md">
                    <TargetsTable tree={data} />
                  </Tabs.Panel>
                  <Tabs.Panel value="actions" pt="md">
                    <ActionsTable tree={data} />
                  </Tabs.Panel>
                  <Tabs.Panel value="indicators" pt="md">
                    <IndicatorsPanel indicators={data.indicators} showValues={canRead} />
                  </Tabs.Panel>
                </Tabs>
              </Stack>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
