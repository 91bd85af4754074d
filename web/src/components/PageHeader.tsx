import { Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useT } from '../app/locale.tsx';

/** Sets the browser tab title, so history, bookmarks and screen readers name the page. */
export function useDocumentTitle(title: string | null | undefined): void {
  const t = useT();
  useEffect(() => {
    const portal = t('ui.portal.shortName');
    document.title = title ? `${title} – ${portal}` : t('ui.portal.name');
  }, [title, t]);
}

export function PageHeader({ title, description, actions }: { title: string; description?: ReactNode; actions?: ReactNode }) {
  useDocumentTitle(title);
  return (
    <Group justify="space-between" align="flex-start" mb="lg" gap="md" wrap="wrap">
      <Stack gap={4} style={{ flex: '1 1 320px', minWidth: 0 }}>
        <Title order={1} fz={{ base: 24, sm: 28 }}>
          {title}
        </Title>
        {description ? (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        ) : null}
      </Stack>
      {actions ? <Group gap="sm">{actions}</Group> : null}
    </Group>
  );
}
