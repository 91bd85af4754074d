import { Anchor, Badge, Button, Grid, Modal, NavLink, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { TIndicator, TIndicatorValue } from '../../../../common/contracts/programs.ts';
import { useDrilldown, useIndicatorValues } from '../../api/programs.ts';
import { useLocale } from '../../app/locale.tsx';
import { Pager } from '../../components/Pager.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { formatPeriod, formatWithUnit } from './format.ts';

const PAGE_SIZE = 20;

function indicatorName(indicator: TIndicator, locale: 'vi' | 'en'): string {
  return locale === 'vi' ? indicator.nameVi : indicator.nameEn;
}

function Drilldown({ value, indicator, onClose }: { value: TIndicatorValue; indicator: TIndicator; onClose: () => void }) {
  const { locale, t } = useLocale();
  const [page, setPage] = useState(1);
  const drilldown = useDrilldown(value.id, { page, pageSize: PAGE_SIZE });
  const show = (entry: TIndicatorValue) => formatWithUnit(entry.value, indicator.decimals, indicator.unit, locale);
  return (
    <Modal opened onClose={onClose} title={t('ui.programs.drilldown.title')} size="lg" closeButtonProps={{ 'aria-label': t('ui.common.close') }}>
      <Stack gap="sm">
        <Text fw={600}>
          {t('ui.programs.drilldown.summary', { indicator: indicatorName(indicator, locale), period: formatPeriod(value.period, t), value: show(value) })}
        </Text>
        <QueryState query={drilldown}>
          {(data) => {
            if (data.numerator && data.denominator) {
              return (
                <Stack gap={4}>
                  <Text size="sm">{t('ui.programs.drilldown.ratio')}</Text>
                  <Text size="sm">
                    {t('ui.programs.drilldown.numerator')}: <b>{formatWithUnit(data.numerator.value, 2, '', locale)}</b>
                  </Text>
                  <Text size="sm">
                    {t('ui.programs.drilldown.denominator')}: <b>{formatWithUnit(data.denominator.value, 2, '', locale)}</b>
                  </Text>
                </Stack>
              );
            }
            if (!data.records) {
              return <Text size="sm">{t('ui.programs.drilldown.reported')}</Text>;
            }
            if (data.records.items.length === 0) {
              return <Text size="sm">{t('ui.programs.drilldown.noRecords')}</Text>;
            }
            return (
              <>
                <Table striped aria-label={t('ui.programs.drilldown.records')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('ui.programs.drilldown.record')}</Table.Th>
                      <Table.Th scope="col">{t('ui.programs.drilldown.kind')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.records.items.map((record) => (
                      <Table.Tr key={record.id}>
                        <Table.Td>{record.link ? <Anchor href={record.link}>{record.label}</Anchor> : record.label}</Table.Td>
                        <Table.Td>{record.kind}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
                <Pager page={page} pageSize={PAGE_SIZE} total={data.records.total} onChange={setPage} />
              </>
            );
          }}
        </QueryState>
      </Stack>
    </Modal>
  );
}

function ValuesTable({ indicator }: { indicator: TIndicator }) {
  const { locale, t } = useLocale();
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<TIndicatorValue | null>(null);
  const values = useIndicatorValues(indicator.id, { page, pageSize: PAGE_SIZE });
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t('ui.programs.indicators.values')}
      </Title>
      <QueryState query={values} isEmpty={(data) => data.items.length === 0} empty={<Text c="dimmed">{t('ui.programs.indicators.noValues')}</Text>}>
        {(data) => (
          <>
            <Table.ScrollContainer minWidth={520}>
              <Table striped verticalSpacing="xs" aria-label={t('ui.programs.indicators.values')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('ui.programs.indicators.period')}</Table.Th>
                    <Table.Th scope="col">{t('ui.programs.indicators.value')}</Table.Th>
                    <Table.Th scope="col">{t('ui.programs.indicators.source')}</Table.Th>
                    <Table.Th scope="col">{t('ui.programs.indicators.valueStatus')}</Table.Th>
                    <Table.Th scope="col">
                      <span className="sr-only">{t('ui.common.actions')}</span>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((value) => (
                    <Table.Tr key={value.id}>
                      <Table.Td>{formatPeriod(value.period, t)}</Table.Td>
                      <Table.Td fw={600} style={{ whiteSpace: 'nowrap' }}>
                        {formatWithUnit(value.value, indicator.decimals, indicator.unit, locale)}
                      </Table.Td>
                      <Table.Td>{t(`ui.programs.valueSources.${value.source}`)}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={value.lockedAt ? 'green' : 'gray'}>
                          {value.lockedAt ? t('ui.programs.indicators.locked') : t(`ui.programs.valueStatuses.${value.status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {indicator.method === 'reported' ? null : (
                          <Button size="xs" variant="light" onClick={() => setOpen(value)} aria-label={t('ui.programs.indicators.showRecordsOf', { period: formatPeriod(value.period, t) })}>
                            {t('ui.programs.indicators.showRecords')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} />
          </>
        )}
      </QueryState>
      {open ? <Drilldown value={open} indicator={indicator} onClose={() => setOpen(null)} /> : null}
    </Stack>
  );
}

/** The program's indicators; choosing one shows its values by period, each traceable to what it counted. */
export function IndicatorsPanel({ indicators, showValues }: { indicators: TIndicator[]; showValues: boolean }) {
  const { locale, t } = useLocale();
  const [selected, setSelected] = useState<string | null>(indicators[0]?.id ?? null);
  const current = indicators.find((indicator) => indicator.id === selected);
  if (indicators.length === 0) {
    return <Text c="dimmed">{t('ui.programs.indicators.empty')}</Text>;
  }
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 4 }}>
        <nav aria-label={t('ui.programs.indicators.title')}>
          {indicators.map((indicator) => (
            <NavLink
              key={indicator.id}
              component="button"
              label={indicatorName(indicator, locale)}
              description={`${indicator.code} · ${indicator.unit}`}
              active={indicator.id === selected}
              aria-current={indicator.id === selected ? 'true' : undefined}
              onClick={() => setSelected(indicator.id)}
            />
          ))}
        </nav>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }} style={{ minWidth: 0 }}>
        {current ? (
          <Paper withBorder radius="md" p="md">
            <Stack gap="sm">
              <Title order={2} size="h4">
                {indicatorName(current, locale)}
              </Title>
              <Text size="sm" c="dimmed">
                {current.code} · {t('ui.programs.indicators.unit')}: {current.unit} · {t(`ui.programs.methods.${current.method}`)}
                {current.nationalCode ? ` · ${t('ui.programs.indicators.nationalCode')}: ${current.nationalCode}` : ''}
              </Text>
              {current.description ? <Text size="sm">{current.description}</Text> : null}
              {showValues ? <ValuesTable key={current.id} indicator={current} /> : null}
            </Stack>
          </Paper>
        ) : null}
      </Grid.Col>
    </Grid>
  );
}
