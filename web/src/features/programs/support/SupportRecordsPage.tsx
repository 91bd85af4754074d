import { Button, Paper, Select, SimpleGrid, TextInput } from '@mantine/core';
import { Link } from 'react-router';
import { SUPPORT_KINDS } from '../../../../../common/contracts/programs.ts';
import { formatDate, formatMoney } from '../../../../../common/i18n/index.ts';
import { useSupportRecords } from '../../../api/programs.ts';
import { useLocale } from '../../../app/locale.tsx';
import { PageBreadcrumbs } from '../../../components/PageBreadcrumbs.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { PagedTable } from '../../../components/PagedTable.tsx';
import { useUrlFilters } from '../../../components/useUrlState.ts';
import { EditRowButton } from '../../directory/admin/EditRowButton.tsx';
import { OrganisationPicker } from '../../directory/pickers.tsx';

const PAGE_SIZE = 25;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function SupportRecordsPage() {
  const { locale, t } = useLocale();
  const { filters, page, setFilters, setPage } = useUrlFilters(['organisationId', 'kind', 'from', 'to'] as const);
  const records = useSupportRecords({
    organisationId: filters.organisationId || undefined,
    kind: (SUPPORT_KINDS as readonly string[]).includes(filters.kind) ? filters.kind : undefined,
    from: ISO_DATE.test(filters.from) ? filters.from : undefined,
    to: ISO_DATE.test(filters.to) ? filters.to : undefined,
    page,
    pageSize: PAGE_SIZE,
  });

  return (
    <>
      <PageBreadcrumbs items={[{ label: t('ui.programs.title'), to: '/programs' }, { label: t('ui.programs.support.title') }]} />
      <PageHeader
        title={t('ui.programs.support.title')}
        description={t('ui.programs.support.description')}
        actions={
          <Button component={Link} to="/programs/support/new">
            {t('ui.programs.support.add')}
          </Button>
        }
      />
      <Paper withBorder p="md" radius="md" mb="md">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" style={{ alignItems: 'end' }}>
          <OrganisationPicker label={t('ui.programs.support.organisation')} value={filters.organisationId || null} onChange={(value) => setFilters({ organisationId: value ?? '' })} />
          <Select
            label={t('ui.programs.support.kind')}
            placeholder={t('ui.common.all')}
            clearable
            data={SUPPORT_KINDS.map((kind) => ({ value: kind, label: t(`ui.programs.supportKinds.${kind}`) }))}
            value={filters.kind || null}
            onChange={(value) => setFilters({ kind: value ?? '' })}
            clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
          />
          <TextInput type="date" label={t('ui.common.from')} value={filters.from} onChange={(event) => setFilters({ from: event.currentTarget.value })} />
          <TextInput type="date" label={t('ui.common.to')} value={filters.to} onChange={(event) => setFilters({ to: event.currentTarget.value })} />
        </SimpleGrid>
      </Paper>
      <PagedTable
        query={records}
        label={t('ui.programs.support.title')}
        emptyTitle={t('ui.programs.support.empty')}
        columns={[
          { header: t('ui.programs.support.organisation'), cell: (record) => record.organisation.nameVi },
          { header: t('ui.programs.support.kind'), cell: (record) => t(`ui.programs.supportKinds.${record.kind}`) },
          { header: t('ui.programs.support.supportedOn'), cell: (record) => formatDate(`${record.supportedOn}T12:00:00Z`) },
          { header: t('ui.programs.support.content'), cell: (record) => record.description },
          { header: t('ui.programs.support.amount'), cell: (record) => (record.amountVnd === null ? '—' : formatMoney(record.amountVnd, locale)) },
          { header: t('ui.programs.support.origin'), cell: (record) => (record.origin === 'manual' ? t('ui.programs.support.manual') : record.origin) },
        ]}
        rowActions={(record) => (record.origin === 'manual' ? <EditRowButton to={`/programs/support/${record.id}/edit`} name={record.organisation.nameVi} /> : null)}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
    </>
  );
}
