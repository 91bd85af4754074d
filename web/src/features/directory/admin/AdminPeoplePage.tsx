import { Anchor, Button, Group, Paper, SimpleGrid, Table } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate } from '../../../../../common/i18n/index.ts';
import { usePeople } from '../../../api/directory.ts';
import { hasPermission, useCurrentUser } from '../../../api/session.ts';
import { useLocale } from '../../../app/locale.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { SearchInput } from '../../../components/SearchInput.tsx';
import { useUrlFilters } from '../../../components/useUrlState.ts';
import { FieldSelect } from '../FieldSelect.tsx';
import { personDisplayName } from '../names.ts';
import { OrganisationPicker } from '../pickers.tsx';

const PAGE_SIZE = 25;

export function AdminPeoplePage() {
  const { locale, t } = useLocale();
  const user = useCurrentUser();
  const { filters, page, setFilters, setPage } = useUrlFilters(['q', 'organisationId', 'field'] as const);
  const people = usePeople({
    q: filters.q || undefined,
    organisationId: filters.organisationId || undefined,
    field: filters.field || undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const canTransfer = hasPermission(user, 'directory.import') || hasPermission(user, 'directory.export');

  return (
    <>
      <PageHeader
        title={t('ui.admin.sections.people')}
        description={t('ui.directory.adminPeopleDescription')}
        actions={
          <>
            {canTransfer ? (
              <Button component={Link} to="/admin/directory/transfer" variant="light">
                {t('ui.admin.sections.transfer')}
              </Button>
            ) : null}
            <Button component={Link} to="/admin/directory/people/new">
              {t('ui.directory.addPerson')}
            </Button>
          </>
        }
      />
      <Paper withBorder p="md" radius="md" mb="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" style={{ alignItems: 'end' }}>
          <SearchInput label={t('ui.directory.searchPeople')} description={t('ui.directory.searchHint')} placeholder={t('ui.directory.searchPeoplePlaceholder')} value={filters.q} onSearch={(q) => setFilters({ q })} />
          <OrganisationPicker label={t('ui.directory.organisation')} value={filters.organisationId || null} onChange={(value) => setFilters({ organisationId: value ?? '' })} />
          <FieldSelect label={t('ui.directory.field')} value={filters.field || null} onChange={(value) => setFilters({ field: value ?? '' })} />
        </SimpleGrid>
      </Paper>
      <QueryState
        query={people}
        isEmpty={(data) => data.items.length === 0}
        empty={<EmptyState title={t('ui.directory.noPeople')} description={t('ui.common.emptyFiltered')} />}
      >
        {(data) => (
          <>
            <Table.ScrollContainer minWidth={720}>
              <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('ui.admin.sections.people')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('directory.columns.fullName')}</Table.Th>
                    <Table.Th scope="col">{t('ui.directory.organisation')}</Table.Th>
                    <Table.Th scope="col">{t('directory.columns.position')}</Table.Th>
                    <Table.Th scope="col">{t('ui.directory.updatedAt')}</Table.Th>
                    <Table.Th scope="col">
                      <span className="sr-only">{t('ui.common.actions')}</span>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((person) => (
                    <Table.Tr key={person.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/directory/people/${person.id}`} fw={600}>
                          {personDisplayName(locale, person)}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{person.organisation?.nameVi ?? '—'}</Table.Td>
                      <Table.Td>{person.position ?? '—'}</Table.Td>
                      <Table.Td>{formatDate(person.updatedAt)}</Table.Td>
                      <Table.Td>
                        <Group justify="flex-end" wrap="nowrap">
                          <Button
                            component={Link}
                            to={`/admin/directory/people/${person.id}/edit`}
                            size="compact-sm"
                            variant="subtle"
                            aria-label={t('ui.directory.editNamed', { name: person.fullName })}
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
