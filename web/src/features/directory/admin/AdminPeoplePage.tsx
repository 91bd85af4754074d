import { Anchor, Button, Paper, SimpleGrid } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate } from '../../../../../common/i18n/index.ts';
import { usePeople } from '../../../api/directory.ts';
import { hasPermission, useCurrentUser } from '../../../api/session.ts';
import { useLocale } from '../../../app/locale.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { PagedTable } from '../../../components/PagedTable.tsx';
import { SearchInput } from '../../../components/SearchInput.tsx';
import { useUrlFilters } from '../../../components/useUrlState.ts';
import { FieldSelect } from '../FieldSelect.tsx';
import { personDisplayName } from '../names.ts';
import { OrganisationPicker } from '../pickers.tsx';
import { EditRowButton } from './EditRowButton.tsx';

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
      <PagedTable
        query={people}
        label={t('ui.admin.sections.people')}
        emptyTitle={t('ui.directory.noPeople')}
        columns={[
          {
            header: t('directory.columns.fullName'),
            cell: (person) => (
              <Anchor component={Link} to={`/directory/people/${person.id}`} fw={600}>
                {personDisplayName(locale, person)}
              </Anchor>
            ),
          },
          { header: t('ui.directory.organisation'), cell: (person) => person.organisation?.nameVi ?? '—' },
          { header: t('directory.columns.position'), cell: (person) => person.position ?? '—' },
          { header: t('ui.directory.updatedAt'), cell: (person) => formatDate(person.updatedAt) },
        ]}
        rowActions={(person) => <EditRowButton to={`/admin/directory/people/${person.id}/edit`} name={person.fullName} />}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
    </>
  );
}
