import { Alert, Anchor, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { LIBRARY_RECORD_STATUSES, type LibraryRecordStatus, type TLibraryRecordSummary } from '../../../../common/contracts/library.ts';
import { formatDateTime, formatNumber } from '../../../../common/i18n/index.ts';
import { useCurationEvents, useLibraryRecords } from '../../api/library.ts';
import { useLocale } from '../../app/locale.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Pager } from '../../components/Pager.tsx';
import { EmptyState, QueryState } from '../../components/QueryState.tsx';
import { useUrlFilters } from '../../components/useUrlState.ts';
import { RecordStatusBadge, TypeBadge } from './badges.tsx';
import { byline } from './labels.ts';

const PAGE_SIZE = 20;

function isStatus(value: string): value is LibraryRecordStatus {
  return (LIBRARY_RECORD_STATUSES as readonly string[]).includes(value);
}

/** Editable while a draft or returned for changes; otherwise the record's own page. */
export function depositLink(record: Pick<TLibraryRecordSummary, 'id' | 'status'>): string {
  return record.status === 'draft' || record.status === 'changes_requested' ? `/library/deposit/${record.id}` : `/library/records/${record.id}`;
}

/** The curators' latest word on a record, fetched only for records a curator has acted on. */
function CuratorComment({ recordId }: { recordId: string }) {
  const { t } = useLocale();
  const events = useCurationEvents(recordId);
  const latest = events.data?.items.filter((event) => event.comment).at(-1);
  if (!latest?.comment) {
    return null;
  }
  return (
    <Alert color="yellow" variant="light" p="sm" title={t('ui.library.mine.lastComment')}>
      <Text size="sm" className="pre-wrap">
        {latest.comment}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        {formatDateTime(latest.createdAt)}
      </Text>
    </Alert>
  );
}

function DepositCard({ record }: { record: TLibraryRecordSummary }) {
  const { locale, t } = useLocale();
  const editable = record.status === 'draft' || record.status === 'changes_requested';
  return (
    <Paper component="li" withBorder radius="md" p="md" style={{ listStyle: 'none' }}>
      <Stack gap={6}>
        <Group gap={6}>
          <RecordStatusBadge status={record.status} />
          <TypeBadge type={record.type} />
        </Group>
        <Anchor component={Link} to={depositLink(record)} fw={600} style={{ wordBreak: 'break-word' }}>
          {record.title}
        </Anchor>
        {record.authors.length > 0 ? <Text size="sm">{byline(record.authors, t)}</Text> : null}
        <Text size="xs" c="dimmed">
          {t('ui.library.record.updated')}: {formatDateTime(record.updatedAt)}
          {record.failedFiles > 0 ? ` · ${t('ui.library.curation.textFailed', { count: formatNumber(record.failedFiles, locale) })}` : ''}
        </Text>
        {record.status === 'changes_requested' || record.status === 'withdrawn' ? <CuratorComment recordId={record.id} /> : null}
        {editable ? (
          <Group>
            <Button component={Link} to={`/library/deposit/${record.id}`} size="xs" variant="light">
              {t('ui.library.mine.continueEditing')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

export function MyDepositsPage() {
  const { t } = useLocale();
  const { filters, page, setFilters, setPage } = useUrlFilters(['status'] as const);
  const status = isStatus(filters.status) ? filters.status : undefined;
  const records = useLibraryRecords({ scope: 'mine', status, page, pageSize: PAGE_SIZE });
  return (
    <>
      <PageHeader
        title={t('ui.library.mine.title')}
        description={t('ui.library.mine.description')}
        actions={
          <Button component={Link} to="/library/deposit">
            {t('ui.library.nav.deposit')}
          </Button>
        }
      />
      <Select
        label={t('ui.library.mine.status')}
        maw={320}
        mb="md"
        allowDeselect={false}
        value={status ?? 'all'}
        onChange={(value) => setFilters({ status: value === 'all' ? '' : value })}
        data={[{ value: 'all', label: t('ui.common.all') }, ...LIBRARY_RECORD_STATUSES.map((value) => ({ value, label: t(`library.statuses.${value}`) }))]}
      />
      <QueryState query={records} isEmpty={(data) => data.items.length === 0} empty={<EmptyState title={t('ui.library.mine.empty')} />}>
        {(data) => (
          <>
            <Stack component="ul" gap="sm" p={0} m={0} aria-label={t('ui.library.mine.title')}>
              {data.items.map((record) => (
                <DepositCard key={record.id} record={record} />
              ))}
            </Stack>
            <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} />
          </>
        )}
      </QueryState>
    </>
  );
}
