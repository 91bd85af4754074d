import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../app/locale.tsx';

/** Where the page sits: links to each parent, then the current page as plain text. */
export function PageBreadcrumbs({ items }: { items: { label: string; to?: string }[] }) {
  const t = useT();
  return (
    <nav aria-label={t('ui.common.breadcrumbs')}>
      <Breadcrumbs mb="sm" separatorMargin={6} style={{ flexWrap: 'wrap' }}>
        {items.map((item) =>
          item.to ? (
            <Anchor key={item.label} component={Link} to={item.to} size="sm">
              {item.label}
            </Anchor>
          ) : (
            <Text key={item.label} size="sm" aria-current="page">
              {item.label}
            </Text>
          ),
        )}
      </Breadcrumbs>
    </nav>
  );
}
