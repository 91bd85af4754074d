import { Anchor, Badge, Checkbox, Paper, Select, SimpleGrid, Text } from '@mantine/core';
import { Link } from 'react-router';
import { LIBRARY_RECORD_STATUSES, LIBRARY_RECORD_TYPES, type LibraryRecordStatus, type LibraryRecordType } from '../../../../common/contracts/library.ts';
import { formatDateTime, formatNumber } from '../../../../common/i18n/index.ts';
import { useLibraryRecords } from '../../api/library.ts';
import { useLocale } from '../../app/locale.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PagedTable } from '../../components/PagedTable.tsx';
import { useUrlFilters } from '../../components/useUrlState.ts';
import { RecordStatusBadge } from './badges.tsx';
import { byline, valueLabel } from './labels.ts';

const PAGE_SIZE = 25;

function isStatus(value: string): value is LibraryRecordStatus {
  return (LIBRARY_RECORD_STATUSES as readonly string[]).includes(value);
}

function isType(value: string): value is LibraryRecordType {
  return (LIBRARY_RECORD_TYPES as readonly string[]).includes(value);
}

export function CurationQueuePage() {
  const { locale, t } = useLocale();
  const { filters, page, setFilters, setPage } = useUrlFilters(['status', 'type', 'textFailed'] as const);
  // The queue opens on what waits for a decision; "all" is asked for explicitly.
  const status = filters.status === 'all' ? undefined : isStatus(filters.status) ? filters.status : 'submitted';
  const type = isType(filters.type) ? filters.type : undefined;
  const textFailed = filters.textFailed === 'true';
  const records = useLibraryRecords({ scope: 'curation', status, type, textFailed, page, pageSize: PAGE_SIZE });

  return (
    <>
      <PageHeader title={t('ui.library.curation.title')} description={t('ui.library.curation.description')} />
      <Paper withBorder p="md" radius="md" mb="md" component="section" aria-label={t('ui.directory.filters')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" style={{ alignItems: 'end' }}>
          <Select
            label={t('ui.library.curation.status')}
            allowDeselect={false}
            value={status ?? 'all'}
            onChange={(value) => setFilters({ status: value })}
            data={[{ value: 'all', label: t('ui.common.all') }, ...LIBRARY_RECORD_STATUSES.map((value) => ({ value, label: t(`library.statuses.${value}`) }))]}
          />
          <Select
            label={t('ui.library.curation.type')}
            allowDeselect={false}
            value={type ?? 'all'}
            onChange={(value) => setFilters({ type: value === 'all' ? '' : value })}
            data={[{ value: 'all', label: t('ui.common.all') }, ...LIBRARY_RECORD_TYPES.map((value) => ({ value, label: valueLabel(locale, t, 'library.types', value) }))]}
          />
          <Checkbox
            label={t('ui.library.curation.textFailedOnly')}
            checked={textFailed}
            onChange={(event) => setFilters({ textFailed: event.currentTarget.checked ? 'true' : '' })}
            mb={8}
          />
        </SimpleGrid>
      </Paper>
      <PagedTable
        query={records}
        label={t('ui.library.curation.title')}
        emptyTitle={t('ui.library.curation.empty')}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
        minWidth={860}
        columns={[
          {
            header: t('ui.library.curation.columns.title'),
            cell: (row) => (
              <Anchor component={Link} to={`/library/curation/${row.id}`} fw={600} style={{ wordBreak: 'break-word' }}>
                {row.title}
              </Anchor>
            ),
          },
          { header: t('ui.library.curation.columns.type'), cell: (row) => valueLabel(locale, t, 'library.types', row.type) },
          { header: t('ui.library.curation.columns.authors'), cell: (row) => <Text size="sm">{byline(row.authors, t)}</Text> },
          { header: t('ui.library.curation.columns.status'), cell: (row) => <RecordStatusBadge status={row.status} /> },
          { header: t('ui.library.curation.columns.updated'), cell: (row) => formatDateTime(row.updatedAt) },
          {
            header: t('ui.library.curation.columns.files'),
            cell: (row) =>
              row.failedFiles > 0 ? (
                <Badge color="red" variant="light" radius="sm">
                  {t('ui.library.curation.textFailed', { count: formatNumber(row.failedFiles, locale) })}
                </Badge>
              ) : null,
          },
        ]}
      />
    </>
  );
}
