import { Anchor, Box, Button, Checkbox, Collapse, Grid, Group, Paper, Select, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Link, useSearchParams } from 'react-router';
import { LIBRARY_FACETS, LIBRARY_SEARCH_SORTS, type LibraryFacet, type TLibrarySearchHit } from '../../../../common/contracts/library.ts';
import { formatNumber } from '../../../../common/i18n/index.ts';
import { useLibrarySearch } from '../../api/library.ts';
import { useLocale } from '../../app/locale.tsx';
import { IconChevronDown } from '../../components/Icons.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Pager } from '../../components/Pager.tsx';
import { EmptyState, QueryState } from '../../components/QueryState.tsx';
import { Highlighted } from './highlight.tsx';
import { LibrarySearchForm, SearchHelp, useFacetLabel } from './SearchForm.tsx';
import { byline } from './labels.ts';
import { activeFacetCount, clearFacets, FACET_PARAM_NAMES, FACET_PARAMS, readSearchState, toggleFacet, writeSearchState, type FacetParam, type SearchState } from './searchState.ts';
import { AccessBadge, TypeBadge } from './badges.tsx';

const PAGE_SIZE = 20;
/** Values shown per facet before "show more"; long lists (organisations, years) stay scannable. */
const FACET_PREVIEW = 6;

function FacetGroup({
  facet,
  counts,
  selected,
  onToggle,
}: {
  facet: LibraryFacet;
  counts: { value: string; label: string; count: number }[];
  selected: string[];
  onToggle: (value: string) => void;
}) {
  const { locale, t } = useLocale();
  const labelOf = useFacetLabel();
  const [expanded, { toggle }] = useDisclosure(false);
  // A ticked value the current results no longer count stays listed, so it can be unticked.
  const listed = [...counts, ...selected.filter((value) => !counts.some((entry) => entry.value === value)).map((value) => ({ value, label: '', count: 0 }))];
  // Years read best as a timeline, newest first; every other facet keeps the server's order by count.
  const options = facet === 'year' ? listed.sort((a, b) => b.value.localeCompare(a.value)) : listed;
  if (options.length === 0) {
    return null;
  }
  const shown = expanded ? options : options.slice(0, FACET_PREVIEW);
  const legendId = `facet-${facet}`;
  return (
    <Box component="fieldset" m={0} p={0} style={{ border: 0, minWidth: 0 }} aria-labelledby={legendId}>
      <Text component="legend" id={legendId} fw={700} size="sm" mb={6}>
        {t(`ui.library.search.facets.${facet}`)}
      </Text>
      <Stack gap={6}>
        {shown.map((option) => {
          const label = labelOf(facet, option.value, option.label);
          return (
            <Checkbox
              key={option.value}
              size="sm"
              checked={selected.includes(option.value)}
              onChange={() => onToggle(option.value)}
              aria-label={t('ui.library.search.facetOption', { label, count: formatNumber(option.count, locale) })}
              label={
                <Group gap={6} wrap="nowrap" justify="space-between" style={{ width: '100%' }}>
                  <Text size="sm" style={{ wordBreak: 'break-word' }}>
                    {label}
                  </Text>
                  <Text size="xs" c="dimmed" aria-hidden="true">
                    {formatNumber(option.count, locale)}
                  </Text>
                </Group>
              }
              styles={{ body: { alignItems: 'flex-start' }, labelWrapper: { flex: 1 } }}
            />
          );
        })}
      </Stack>
      {options.length > FACET_PREVIEW ? (
        <Anchor component="button" type="button" size="sm" mt={6} onClick={toggle} aria-expanded={expanded}>
          {expanded ? t('ui.library.search.showLess') : t('ui.library.search.showMore')}
        </Anchor>
      ) : null}
    </Box>
  );
}

function FacetPanel({
  facets,
  state,
  onChange,
}: {
  facets: Record<string, { value: string; label: string; count: number }[]>;
  state: SearchState<FacetParam>;
  onChange: (state: SearchState<FacetParam>) => void;
}) {
  const { t } = useLocale();
  return (
    <Stack gap="lg">
      {activeFacetCount(state) > 0 ? (
        <Button variant="light" size="xs" onClick={() => onChange(clearFacets(state))} style={{ alignSelf: 'flex-start' }}>
          {t('ui.library.search.clearFilters')}
        </Button>
      ) : null}
      {LIBRARY_FACETS.map((facet) => {
        const param = FACET_PARAMS[facet];
        return (
          <FacetGroup
            key={facet}
            facet={facet}
            counts={facets[facet] ?? []}
            selected={state.facets[param]}
            onToggle={(value) => onChange(toggleFacet(state, param, value))}
          />
        );
      })}
    </Stack>
  );
}

export function HitCard({ hit }: { hit: TLibrarySearchHit }) {
  const { locale, t } = useLocale();
  const meta = [hit.issuedYear === null ? null : String(hit.issuedYear), hit.organisation?.nameVi ?? null].filter(Boolean).join(' · ');
  return (
    <Paper component="li" withBorder radius="md" p="md" style={{ listStyle: 'none' }}>
      <Stack gap={6}>
        <Group gap={6}>
          <TypeBadge type={hit.type} />
          {hit.accessLevel === 'public' ? null : <AccessBadge level={hit.accessLevel} />}
        </Group>
        <Title order={3} size="h5" fw={600} lh={1.35}>
          <Anchor component={Link} to={`/library/records/${hit.id}`} style={{ wordBreak: 'break-word' }}>
            <Highlighted html={hit.titleHighlighted || hit.title} />
          </Anchor>
        </Title>
        {hit.authors.length > 0 ? <Text size="sm">{byline(hit.authors, t)}</Text> : null}
        {meta ? (
          <Text size="sm" c="dimmed">
            {meta}
          </Text>
        ) : null}
        {hit.snippet ? (
          <Text size="sm" className="library-snippet" lang={locale === 'en' ? undefined : 'vi'}>
            <Highlighted html={hit.snippet} />
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

export function LibrarySearchPage() {
  const { locale, t } = useLocale();
  const [params, setParams] = useSearchParams();
  const state = readSearchState(params, FACET_PARAM_NAMES);
  const wide = useMediaQuery('(min-width: 62em)', true);
  const [filtersOpen, { toggle: toggleFilters }] = useDisclosure(false);
  const apply = (next: SearchState<FacetParam>) => setParams(writeSearchState(next, FACET_PARAM_NAMES));
  const search = useLibrarySearch({ q: state.q, ...state.facets, sort: state.sort, page: state.page, pageSize: PAGE_SIZE });
  const active = activeFacetCount(state);

  return (
    <>
      <PageHeader title={t('ui.library.title')} description={t('ui.library.description')} />
      <Stack gap="xs" mb="lg">
        <LibrarySearchForm value={state.q} onSearch={(q) => apply({ ...state, q, page: 1 })} />
        <SearchHelp />
      </Stack>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
          <Paper withBorder radius="md" p="md" component="section" aria-labelledby="library-filters-title">
            {wide ? (
              <Title order={2} size="h5" id="library-filters-title" mb="md">
                {t('ui.library.search.filters')}
              </Title>
            ) : (
              <UnstyledButton
                onClick={toggleFilters}
                aria-expanded={filtersOpen}
                aria-controls="library-filters"
                id="library-filters-title"
                fw={700}
                w="100%"
              >
                <Group justify="space-between" wrap="nowrap">
                  {active > 0 ? t('ui.library.search.filtersCount', { count: formatNumber(active, locale) }) : t('ui.library.search.filters')}
                  <IconChevronDown size={18} style={{ transform: filtersOpen ? 'rotate(180deg)' : undefined }} />
                </Group>
              </UnstyledButton>
            )}
            <Collapse expanded={wide || filtersOpen} id="library-filters">
              <Box pt={wide ? 0 : 'md'}>
                {search.data ? <FacetPanel facets={search.data.facets} state={state} onChange={apply} /> : null}
              </Box>
            </Collapse>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
          <Stack gap="md" component="section" aria-labelledby="library-results-title">
            <Group justify="space-between" align="flex-end" gap="sm">
              <Title order={2} size="h5" id="library-results-title" aria-live="polite">
                {search.data
                  ? state.q
                    ? t('ui.library.search.foundFor', { total: formatNumber(search.data.total, locale), q: state.q })
                    : t('ui.library.search.found', { total: formatNumber(search.data.total, locale) })
                  : t('ui.library.search.results')}
              </Title>
              <Select
                label={t('ui.library.search.sort')}
                size="sm"
                w={180}
                allowDeselect={false}
                value={state.sort}
                onChange={(value) => apply({ ...state, sort: value ?? 'relevance', page: 1 })}
                data={LIBRARY_SEARCH_SORTS.map((value) => ({ value, label: t(`ui.library.search.sorts.${value}`) }))}
              />
            </Group>
            <QueryState
              query={search}
              isEmpty={(data) => data.items.length === 0}
              empty={<EmptyState title={t('ui.library.search.noResults')} description={t('ui.library.search.noResultsHint')} />}
            >
              {(data) => (
                <>
                  <Stack component="ol" gap="sm" p={0} m={0} aria-labelledby="library-results-title">
                    {data.items.map((hit) => (
                      <HitCard key={hit.id} hit={hit} />
                    ))}
                  </Stack>
                  <Pager page={state.page} pageSize={PAGE_SIZE} total={data.total} onChange={(page) => apply({ ...state, page })} />
                </>
              )}
            </QueryState>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
