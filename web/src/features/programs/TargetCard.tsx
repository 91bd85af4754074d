import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TDashboardTarget, TrafficLight } from '../../../../common/contracts/programs-dashboard.ts';
import { formatDate } from '../../../../common/i18n/index.ts';
import { useLocale } from '../../app/locale.tsx';
import { forecastSentence, formatPeriod, formatTarget, formatValue, formatWithUnit, LIGHT_COLORS, shortPeriod } from './format.ts';

/** A shape beside the colour, so the light reads the same to people who cannot tell red from green. */
const LIGHT_MARKS: Record<TrafficLight, string> = { green: '●', amber: '▲', red: '■', grey: '○' };

export function LightBadge({ light, size = 'md' }: { light: TrafficLight; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useLocale();
  return (
    <Badge variant="light" color={LIGHT_COLORS[light]} size={size} leftSection={<span aria-hidden="true">{LIGHT_MARKS[light]}</span>}>
      {t(`ui.programs.lights.${light}`)}
    </Badge>
  );
}

function TrendChart({ target }: { target: TDashboardTarget }) {
  const { locale, t } = useLocale();
  const { decimals, unit } = target.indicator;
  const goal = target.direction === 'at_most' ? target.targetMax : target.targetMin;
  const data = target.series.map((point) => ({ period: shortPeriod(point.period), value: point.value }));
  if (data.length < 2) {
    return null;
  }
  return (
    <figure style={{ margin: 0 }}>
      {/* The chart repeats the table below for sighted readers; assistive technology reads the table. */}
      <div aria-hidden="true" style={{ width: '100%', height: 96 }}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 6, right: 8, bottom: 0, left: 0 }}>
            <XAxis dataKey="period" tick={{ fontSize: 11 }} interval="preserveStartEnd" tickLine={false} />
            <YAxis hide domain={['auto', 'auto']} />
            <Tooltip
              formatter={(value) => formatWithUnit(Number(value), decimals, unit, locale)}
              labelStyle={{ fontWeight: 600 }}
            />
            {goal !== null ? <ReferenceLine y={goal} stroke="var(--mantine-color-gray-6)" strokeDasharray="4 3" /> : null}
            <Line type="monotone" dataKey="value" stroke="var(--mantine-color-brand-8)" strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="sr-only">{t('ui.programs.dashboard.trend', { code: target.code })}</figcaption>
      <table className="sr-only">
        <caption>{t('ui.programs.dashboard.trendTable')}</caption>
        <tbody>
          {target.series.map((point) => (
            <tr key={point.period}>
              <th scope="row">{formatPeriod(point.period, t)}</th>
              <td>{formatWithUnit(point.value, decimals, unit, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** One target as a leader reads it: where it stands now, against what, by when, and where it is heading. */
export function TargetCard({ target }: { target: TDashboardTarget }) {
  const { locale, t } = useLocale();
  const { decimals, unit } = target.indicator;
  const headingId = `target-${target.id}`;
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={headingId} h="100%">
      <Stack gap="xs" h="100%">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Text size="xs" c="dimmed" fw={600}>
            {target.sectionRef} · {target.code}
          </Text>
          <LightBadge light={target.light} />
        </Group>
        <Title order={3} size="h5" id={headingId} lh={1.35}>
          {target.label}
        </Title>
        <div>
          <Text size="xs" c="dimmed">
            {t('ui.programs.dashboard.current')}
          </Text>
          {target.current ? (
            <Group gap={6} align="baseline" wrap="wrap">
              <Text fz={30} fw={800} lh={1.1} c="brand.9">
                {formatValue(target.current.value, decimals, locale)}
              </Text>
              <Text size="sm" fw={600}>
                {unit}
              </Text>
              <Text size="sm" c="dimmed">
                {t('ui.programs.dashboard.currentIn', { period: formatPeriod(target.current.period, t) })}
              </Text>
            </Group>
          ) : (
            <Text fz={20} fw={700} c="dimmed">
              {t('ui.programs.dashboard.noData')}
            </Text>
          )}
        </div>
        <Group gap="lg" wrap="wrap">
          <div>
            <Text size="xs" c="dimmed">
              {t('ui.programs.dashboard.target')}
            </Text>
            <Text size="sm" fw={600}>
              {formatTarget(target, decimals, unit, locale)}
            </Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('ui.programs.dashboard.deadline')}
            </Text>
            <Text size="sm" fw={600}>
              {formatDate(`${target.deadline}T12:00:00Z`)}
            </Text>
          </div>
          {target.baselineValue !== null ? (
            <div>
              <Text size="xs" c="dimmed">
                {t('ui.programs.dashboard.baseline')}
              </Text>
              <Text size="sm">
                {target.baselineYear !== null
                  ? t('ui.programs.targets.baselineIn', { value: formatWithUnit(target.baselineValue, decimals, unit, locale), year: target.baselineYear })
                  : formatWithUnit(target.baselineValue, decimals, unit, locale)}
              </Text>
            </div>
          ) : null}
        </Group>
        <TrendChart target={target} />
        <Text size="sm" mt="auto">
          {forecastSentence(target.forecast, { deadline: target.deadline, decimals, unit }, t, locale, (iso) => formatDate(`${iso}T12:00:00Z`))}
        </Text>
      </Stack>
    </Card>
  );
}
