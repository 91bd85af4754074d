import { Anchor, Badge, Group, Paper, SimpleGrid, Tabs } from '@mantine/core';
import { Link } from 'react-router';
import { LIBRARY_BROWSE_DIMENSIONS, type LibraryBrowseDimension } from '../../../../common/contracts/library.ts';
import { formatNumber } from '../../../../common/i18n/index.ts';
import { useLibraryBrowse } from '../../api/library.ts';
import { useLocale } from '../../app/locale.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { EmptyState, QueryState } from '../../components/QueryState.tsx';
import { useUrlFilters } from '../../components/useUrlState.ts';
import { useFacetLabel } from './SearchForm.tsx';
import { browseLink } from './searchState.ts';

function isDimension(value: string): value is LibraryBrowseDimension {
  return (LIBRARY_BROWSE_DIMENSIONS as readonly string[]).includes(value);
}

function DimensionList({ dimension }: { dimension: LibraryBrowseDimension }) {
  const { locale, t } = useLocale();
  const labelOf = useFacetLabel();
  const browse = useLibraryBrowse(dimension);
  return (
    <QueryState query={browse} isEmpty={(data) => data.items.length === 0} empty={<EmptyState title={t('ui.library.browse.empty')} />}>
      {(data) => (
        <SimpleGrid component="ul" cols={{ base: 1, sm: 2, lg: dimension === 'year' ? 4 : 3 }} spacing="sm" p={0} m={0}>
          {data.items.map((item) => (
            <Paper component="li" key={item.value} withBorder radius="md" p="sm" style={{ listStyle: 'none' }}>
              <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
                <Anchor component={Link} to={browseLink(dimension, item.value)} style={{ wordBreak: 'break-word' }}>
                  {labelOf(dimension, item.value, item.label)}
                </Anchor>
                <Badge variant="light" color="gray" radius="sm" style={{ flexShrink: 0 }}>
                  <span className="sr-only">{t('ui.library.browse.count', { count: formatNumber(item.count, locale) })}</span>
                  <span aria-hidden="true">{formatNumber(item.count, locale)}</span>
                </Badge>
              </Group>
            </Paper>
          ))}
        </SimpleGrid>
      )}
    </QueryState>
  );
}

export function BrowsePage() {
  const { t } = useLocale();
  const { filters, setFilters } = useUrlFilters(['by'] as const);
  const dimension: LibraryBrowseDimension = isDimension(filters.by) ? filters.by : 'field';
  return (
    <>
      <PageHeader title={t('ui.library.browse.title')} description={t('ui.library.browse.description')} />
      <Tabs value={dimension} onChange={(value) => setFilters({ by: value === 'field' ? '' : value })} keepMounted={false}>
        <Tabs.List mb="md" style={{ flexWrap: 'wrap' }}>
          {LIBRARY_BROWSE_DIMENSIONS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`ui.library.browse.dimensions.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {LIBRARY_BROWSE_DIMENSIONS.map((value) => (
          <Tabs.Panel key={value} value={value}>
            <DimensionList dimension={value} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
