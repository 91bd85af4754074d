import { Anchor, Badge, Group, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ORGANISATION_KINDS, type OrganisationKind, type TOrganisation } from '../../../../common/contracts/directory.ts';
import { useOrganisations } from '../../api/directory.ts';
import { useT } from '../../app/locale.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Pager } from '../../components/Pager.tsx';
import { EmptyState, QueryState } from '../../components/QueryState.tsx';
import { SearchInput } from '../../components/SearchInput.tsx';
import { useUrlFilters } from '../../components/useUrlState.ts';
import { JurisdictionPicker } from './pickers.tsx';

const PAGE_SIZE = 20;

export function isOrganisationKind(value: string): value is OrganisationKind {
  return (ORGANISATION_KINDS as readonly string[]).includes(value);
}

export function OrganisationCard({ organisation, to }: { organisation: TOrganisation; to: string }) {
  const t = useT();
  const place = organisation.commune ? `${organisation.commune.name}, ${organisation.jurisdiction.name}` : organisation.jurisdiction.name;
  return (
    <Paper withBorder radius="md" p="md" component="li" style={{ listStyle: 'none' }}>
      <Stack gap={6}>
        <Group gap="xs" justify="space-between" align="flex-start" wrap="nowrap">
          <Anchor component={Link} to={to} fw={600} style={{ minWidth: 0 }}>
            {organisation.nameVi}
            {organisation.abbreviation ? ` (${organisation.abbreviation})` : ''}
          </Anchor>
          <Badge variant="light" color="gray" style={{ flexShrink: 0 }} visibleFrom="sm">
            {t(`directory.organisationKinds.${organisation.kind}`)}
          </Badge>
        </Group>
        {organisation.nameEn ? (
          <Text size="sm" c="dimmed" lang="en">
            {organisation.nameEn}
          </Text>
        ) : null}
        <Text size="sm">
          <Text span hiddenFrom="sm" inherit>
            {t(`directory.organisationKinds.${organisation.kind}`)} ·{' '}
          </Text>
          {organisation.address ?? place}
        </Text>
      </Stack>
    </Paper>
  );
}

export function OrganisationsPage() {
  const t = useT();
  const { filters, page, setFilters, setPage } = useUrlFilters(['q', 'kind', 'jurisdictionId'] as const);
  const kind = isOrganisationKind(filters.kind) ? filters.kind : undefined;
  const organisations = useOrganisations({
    q: filters.q || undefined,
    kind,
    jurisdictionId: filters.jurisdictionId || undefined,
    page,
    pageSize: PAGE_SIZE,
  });

  return (
    <>
      <PageHeader title={t('ui.directory.organisationsTitle')} description={t('ui.directory.organisationsDescription')} />
      <Paper withBorder p="md" radius="md" mb="md" component="section" aria-label={t('ui.directory.filters')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" style={{ alignItems: 'end' }}>
          <SearchInput label={t('ui.directory.searchOrganisations')} description={t('ui.directory.searchHint')} placeholder={t('ui.directory.searchOrganisationsPlaceholder')} value={filters.q} onSearch={(q) => setFilters({ q })} />
          <Select
            label={t('ui.directory.kind')}
            value={kind ?? 'all'}
            onChange={(value) => setFilters({ kind: value === 'all' ? '' : (value ?? '') })}
            allowDeselect={false}
            data={[{ value: 'all', label: t('ui.common.all') }, ...ORGANISATION_KINDS.map((value) => ({ value, label: t(`directory.organisationKinds.${value}`) }))]}
          />
          <JurisdictionPicker
            kind="province"
            label={t('ui.directory.province')}
            value={filters.jurisdictionId || null}
            onChange={(value) => setFilters({ jurisdictionId: value ?? '' })}
          />
        </SimpleGrid>
      </Paper>
      <QueryState
        query={organisations}
        isEmpty={(data) => data.items.length === 0}
        empty={<EmptyState title={t('ui.directory.noOrganisations')} description={t('ui.common.emptyFiltered')} />}
      >
        {(data) => (
          <>
            <Stack component="ul" gap="sm" p={0} m={0} aria-label={t('ui.directory.organisationsTitle')}>
              {data.items.map((organisation) => (
                <OrganisationCard key={organisation.id} organisation={organisation} to={`/directory/organisations/${organisation.id}`} />
              ))}
            </Stack>
            <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} />
          </>
        )}
      </QueryState>
    </>
  );
}
