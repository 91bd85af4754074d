import { Anchor, Button, Group, Paper, Select, SimpleGrid, Table } from '@mantine/core';
import { Link } from 'react-router';
import { ORGANISATION_KINDS } from '../../../../../common/contracts/directory.ts';
import { formatDate } from '../../../../../common/i18n/index.ts';
import { useOrganisations } from '../../../api/directory.ts';
import { hasPermission, useCurrentUser } from '../../../api/session.ts';
import { useT } from '../../../app/locale.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { SearchInput } from '../../../components/SearchInput.tsx';
import { useUrlFilters } from '../../../components/useUrlState.ts';
import { isOrganisationKind } from '../OrganisationsPage.tsx';
import { JurisdictionPicker } from '../pickers.tsx';

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
      <QueryState
        query={organisations}
        isEmpty={(data) => data.items.length === 0}
        empty={<EmptyState title={t('ui.directory.noOrganisations')} description={t('ui.common.emptyFiltered')} />}
      >
        {(data) => (
          <>
            <Table.ScrollContainer minWidth={720}>
              <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('ui.admin.sections.organisations')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('directory.columns.nameVi')}</Table.Th>
                    <Table.Th scope="col">{t('ui.directory.kind')}</Table.Th>
                    <Table.Th scope="col">{t('ui.directory.province')}</Table.Th>
                    <Table.Th scope="col">{t('ui.directory.updatedAt')}</Table.Th>
                    <Table.Th scope="col">
                      <span className="sr-only">{t('ui.common.actions')}</span>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((organisation) => (
                    <Table.Tr key={organisation.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/directory/organisations/${organisation.id}`} fw={600}>
                          {organisation.nameVi}
                        </Anchor>
                        {organisation.abbreviation ? ` (${organisation.abbreviation})` : ''}
                      </Table.Td>
                      <Table.Td>{t(`directory.organisationKinds.${organisation.kind}`)}</Table.Td>
                      <Table.Td>{organisation.commune ? `${organisation.commune.name}, ${organisation.jurisdiction.name}` : organisation.jurisdiction.name}</Table.Td>
                      <Table.Td>{formatDate(organisation.updatedAt)}</Table.Td>
                      <Table.Td>
                        <Group gap={4} justify="flex-end" wrap="nowrap">
                          <Button
                            component={Link}
                            to={`/admin/directory/organisations/${organisation.id}/edit`}
                            size="compact-sm"
                            variant="subtle"
                            aria-label={t('ui.directory.editNamed', { name: organisation.nameVi })}
                          >
                            {t('ui.common.edit')}
                          </Button>
                        </Group>
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
    </>
  );
}
