import { Anchor, Button, Paper, Select, SimpleGrid } from '@mantine/core';
import { Link } from 'react-router';
import { ORGANISATION_KINDS } from '../../../../../common/contracts/directory.ts';
import { formatDate } from '../../../../../common/i18n/index.ts';
import { useOrganisations } from '../../../api/directory.ts';
import { hasPermission, useCurrentUser } from '../../../api/session.ts';
import { useT } from '../../../app/locale.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { PagedTable } from '../../../components/PagedTable.tsx';
import { SearchInput } from '../../../components/SearchInput.tsx';
import { useUrlFilters } from '../../../components/useUrlState.ts';
import { isOrganisationKind } from '../OrganisationsPage.tsx';
import { JurisdictionPicker } from '../pickers.tsx';
import { EditRowButton } from './EditRowButton.tsx';

const PAGE_SIZE = 25;

export function AdminOrganisationsPage() {
  const t = useT();
  const user = useCurrentUser();
  const { filters, page, setFilters, setPage } = useUrlFilters(['q', 'kind', 'jurisdictionId'] as const);
  const kind = isOrganisationKind(filters.kind) ? filters.kind : undefined;
  const organisations = useOrganisations({ q: filters.q || undefined, kind, jurisdictionId: filters.jurisdictionId || undefined, page, pageSize: PAGE_SIZE });
  const canTransfer = hasPermission(user, 'directory.import') || hasPermission(user, 'directory.export');

  return (
    <>
      <PageHeader
        title={t('ui.admin.sections.organisations')}
        description={t('ui.directory.adminOrganisationsDescription')}
        actions={
          <>
            {canTransfer ? (
              <Button component={Link} to="/admin/directory/transfer" variant="light">
                {t('ui.admin.sections.transfer')}
              </Button>
            ) : null}
            <Button component={Link} to="/admin/directory/organisations/new">
              {t('ui.directory.addOrganisation')}
            </Button>
          </>
        }
      />
      <Paper withBorder p="md" radius="md" mb="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" style={{ alignItems: 'end' }}>
          <SearchInput label={t('ui.directory.searchOrganisations')} description={t('ui.directory.searchHint')} placeholder={t('ui.directory.searchOrganisationsPlaceholder')} value={filters.q} onSearch={(q) => setFilters({ q })} />
          <Select
            label={t('ui.directory.kind')}
            value={kind ?? 'all'}
            onChange={(value) => setFilters({ kind: value === 'all' ? '' : (value ?? '') })}
            allowDeselect={false}
            data={[{ value: 'all', label: t('ui.common.all') }, ...ORGANISATION_KINDS.map((value) => ({ value, label: t(`directory.organisationKinds.${value}`) }))]}
          />
          <JurisdictionPicker kind="province" label={t('ui.directory.province')} value={filters.jurisdictionId || null} onChange={(value) => setFilters({ jurisdictionId: value ?? '' })} />
        </SimpleGrid>
      </Paper>
      <PagedTable
        query={organisations}
        label={t('ui.admin.sections.organisations')}
        emptyTitle={t('ui.directory.noOrganisations')}
        columns={[
          {
            header: t('directory.columns.nameVi'),
            cell: (organisation) => (
              <>
                <Anchor component={Link} to={`/directory/organisations/${organisation.id}`} fw={600}>
                  {organisation.nameVi}
                </Anchor>
                {organisation.abbreviation ? ` (${organisation.abbreviation})` : ''}
              </>
            ),
          },
          { header: t('ui.directory.kind'), cell: (organisation) => t(`directory.organisationKinds.${organisation.kind}`) },
          {
            header: t('ui.directory.province'),
            cell: (organisation) => (organisation.commune ? `${organisation.commune.name}, ${organisation.jurisdiction.name}` : organisation.jurisdiction.name),
          },
          { header: t('ui.directory.updatedAt'), cell: (organisation) => formatDate(organisation.updatedAt) },
        ]}
        rowActions={(organisation) => <EditRowButton to={`/admin/directory/organisations/${organisation.id}/edit`} name={organisation.nameVi} />}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
    </>
  );
}
