import { Card, Grid, Stack, Text, Timeline, Title } from '@mantine/core';
import type { TLibraryRecord } from '../../../../common/contracts/library.ts';
import { formatDateTime, formatNumber } from '../../../../common/i18n/index.ts';
import { useCurationEvents, useLibraryVersions } from '../../api/library.ts';
import { useLocale } from '../../app/locale.tsx';
import { EmptyState, QueryState } from '../../components/QueryState.tsx';

function Events({ recordId }: { recordId: string }) {
  const { t } = useLocale();
  const events = useCurationEvents(recordId);
  return (
    <QueryState query={events} isEmpty={(data) => data.items.length === 0} empty={<EmptyState title={t('ui.library.record.noEvents')} />}>
      {(data) => (
        <Timeline bulletSize={14} lineWidth={2} active={data.items.length}>
          {data.items.map((event) => (
            <Timeline.Item key={event.id} title={t(`library.curationEvents.${event.event}`)}>
              <Text size="xs" c="dimmed">
                {formatDateTime(event.createdAt)}
                {event.fromStatus && event.fromStatus !== event.toStatus
                  ? ` · ${t(`library.statuses.${event.fromStatus}`)} → ${t(`library.statuses.${event.toStatus}`)}`
                  : ''}
              </Text>
              {event.comment ? (
                <Text size="sm" mt={4} className="pre-wrap">
                  {event.comment}
                </Text>
              ) : null}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </QueryState>
  );
}

function Versions({ recordId }: { recordId: string }) {
  const { locale, t } = useLocale();
  const versions = useLibraryVersions(recordId);
  return (
    <QueryState query={versions} isEmpty={(data) => data.items.length === 0} empty={<EmptyState title={t('ui.library.record.noVersions')} />}>
      {(data) => (
        <Stack component="ol" gap="sm" p={0} m={0}>
          {data.items.map((version) => (
            <Stack component="li" key={version.version} gap={2} style={{ listStyle: 'none' }}>
              <Text size="sm" fw={600}>
                {t('ui.library.record.version', { version: formatNumber(version.version, locale) })}
              </Text>
              <Text size="xs" c="dimmed">
                {formatDateTime(version.createdAt)}
              </Text>
              {version.note ? <Text size="sm">{t('ui.library.record.versionNote', { note: version.note })}</Text> : null}
            </Stack>
          ))}
        </Stack>
      )}
    </QueryState>
  );
}

/** What happened to a record and the versions it went through; for its depositor and curators. */
export function RecordHistory({ record }: { record: TLibraryRecord }) {
  const { t } = useLocale();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="record-history">
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, sm: 7 }}>
          <Title order={2} size="h4" id="record-history" mb="sm">
            {t('ui.library.record.history')}
          </Title>
          <Events recordId={record.id} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <Title order={3} size="h5" mb="sm">
            {t('ui.library.record.versions')}
          </Title>
          <Versions recordId={record.id} />
        </Grid.Col>
      </Grid>
    </Card>
  );
}
