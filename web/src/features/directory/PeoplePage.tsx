import { Anchor, Badge, Group, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ACADEMIC_TITLES, DEGREES, type AcademicTitle, type Degree, type TPerson } from '../../../../common/contracts/directory.ts';
import { usePeople } from '../../api/directory.ts';
import { useLocale } from '../../app/locale.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Pager } from '../../components/Pager.tsx';
import { EmptyState, QueryState } from '../../components/QueryState.tsx';
import { SearchInput } from '../../components/SearchInput.tsx';
import { useUrlFilters } from '../../components/useUrlState.ts';
import { FieldSelect } from './FieldSelect.tsx';
import { personDisplayName } from './names.ts';
import { OrganisationPicker } from './pickers.tsx';

const PAGE_SIZE = 20;

function isDegree(value: string): value is Degree {
  return (DEGREES as readonly string[]).includes(value);
}

function isAcademicTitle(value: string): value is AcademicTitle {
  return (ACADEMIC_TITLES as readonly string[]).includes(value);
}

export function PersonCard({ person, to }: { person: TPerson; to: string }) {
  const { locale } = useLocale();
  return (
    <Paper withBorder radius="md" p="md" component="li" style={{ listStyle: 'none' }}>
      <Stack gap={6}>
        <Anchor component={Link} to={to} fw={600}>
          {personDisplayName(locale, person)}
        </Anchor>
        {person.position || person.organisation ? (
          <Text size="sm">{[person.position, person.organisation?.nameVi].filter(Boolean).join(' – ')}</Text>
        ) : null}
        {person.fields.length > 0 ? (
          <Group gap={4}>
            {person.fields.map((field) => (
              <Badge key={field.code} variant="light" color="gray" size="sm">
                {locale === 'en' ? field.nameEn : field.nameVi}
              </Badge>
            ))}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

export function PeoplePage() {
  const { t } = useLocale();
  const { filters, page, setFilters, setPage } = useUrlFilters(['q', 'degree', 'academicTitle', 'field', 'organisationId'] as const);
  const degree = isDegree(filters.degree) ? filters.degree : undefined;
  const academicTitle = isAcademicTitle(filters.academicTitle) ? filters.academicTitle : undefined;
  const people = usePeople({
    q: filters.q || undefined,
    degree,
    academicTitle,
    field: filters.field || undefined,
    organisationId: filters.organisationId || undefined,
    page,
    pageSize: PAGE_SIZE,
  });

  return (
    <>
      <PageHeader title={t('ui.directory.peopleTitle')} description={t('ui.directory.peopleDescription')} />
      <Paper withBorder p="md" radius="md" mb="md" component="section" aria-label={t('ui.directory.filters')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" style={{ alignItems: 'end' }}>
          <SearchInput label={t('ui.directory.searchPeople')} description={t('ui.directory.searchHint')} placeholder={t('ui.directory.searchPeoplePlaceholder')} value={filters.q} onSearch={(q) => setFilters({ q })} />
          <OrganisationPicker
            label={t('ui.directory.organisation')}
            value={filters.organisationId || null}
            onChange={(value) => setFilters({ organisationId: value ?? '' })}
          />
          <FieldSelect label={t('ui.directory.field')} value={filters.field || null} onChange={(value) => setFilters({ field: value ?? '' })} />
          <Select
            label={t('ui.directory.degree')}
            value={degree ?? 'all'}
            onChange={(value) => setFilters({ degree: value === 'all' ? '' : (value ?? '') })}
            allowDeselect={false}
            data={[{ value: 'all', label: t('ui.common.all') }, ...DEGREES.map((value) => ({ value, label: t(`directory.degrees.${value}`) }))]}
          />
          <Select
            label={t('ui.directory.academicTitle')}
            value={academicTitle ?? 'all'}
            onChange={(value) => setFilters({ academicTitle: value === 'all' ? '' : (value ?? '') })}
            allowDeselect={false}
            data={[{ value: 'all', label: t('ui.common.all') }, ...ACADEMIC_TITLES.map((value) => ({ value, label: t(`directory.academicTitles.${value}`) }))]}
          />
        </SimpleGrid>
      </Paper>
      <QueryState
        query={people}
        isEmpty={(data) => data.items.length === 0}
        empty={<EmptyState title={t('ui.directory.noPeople')} description={t('ui.common.emptyFiltered')} />}
      >
        {(data) => (
          <>
            <Stack component="ul" gap="sm" p={0} m={0} aria-label={t('ui.directory.peopleTitle')}>
              {data.items.map((person) => (
                <PersonCard key={person.id} person={person} to={`/directory/people/${person.id}`} />
              ))}
            </Stack>
            <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} />
          </>
        )}
      </QueryState>
    </>
  );
}
