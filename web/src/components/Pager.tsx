import { Group, Pagination, Text } from '@mantine/core';
import { formatNumber } from '../../../common/i18n/index.ts';
import { useLocale } from '../app/locale.tsx';
import { pageRange } from './paging.ts';

export function Pager({ page, pageSize, total, onChange }: { page: number; pageSize: number; total: number; onChange: (page: number) => void }) {
  const { locale, t } = useLocale();
  const range = pageRange(page, pageSize, total);
  if (total === 0) {
    return null;
  }
  return (
    <Group justify="space-between" mt="md" gap="sm" wrap="wrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('ui.pager.summary', { from: formatNumber(range.from, locale), to: formatNumber(range.to, locale), total: formatNumber(total, locale) })}
      </Text>
      {range.pages > 1 ? (
        <nav aria-label={t('ui.pager.label')}>
          <Pagination
            total={range.pages}
            value={Math.min(page, range.pages)}
            onChange={onChange}
            size="sm"
            siblings={1}
            getItemProps={(item) => ({ 'aria-label': t('ui.pager.page', { page: item }) })}
            getControlProps={(control) => ({ 'aria-label': t(`ui.pager.${control}`) })}
          />
        </nav>
      ) : null}
    </Group>
  );
}
