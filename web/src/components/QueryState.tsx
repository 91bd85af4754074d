import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ApiError } from '../api/client.ts';
import { useLocale } from '../app/locale.tsx';
import { errorTitle } from '../app/messages.ts';
import { IconAlert, IconInbox } from './Icons.tsx';

export function Loading({ label }: { label?: string }) {
  const { t } = useLocale();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" aria-hidden="true" />
        <Text size="sm">{label ?? t('ui.common.loading')}</Text>
      </Group>
    </Center>
  );
}

export function describeError(locale: 'vi' | 'en', error: unknown): { title: string; requestId: string | null } {
  if (error instanceof ApiError) {
    return { title: errorTitle(locale, error.code, error.message), requestId: error.requestId };
  }
  return { title: errorTitle(locale, 'internal_error'), requestId: null };
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { locale, t } = useLocale();
  const { title, requestId } = describeError(locale, error);
  return (
    <Alert color="red" variant="light" title={t('ui.common.errorTitle')} icon={<IconAlert />} role="alert" my="md">
      <Stack gap="xs">
        <Text size="sm">{title}</Text>
        {requestId ? (
          <Text size="xs" c="dimmed">
            {t('ui.common.requestId', { id: requestId })}
          </Text>
        ) : null}
        {onRetry ? (
          <Group>
            <Button size="xs" variant="outline" color="red" onClick={onRetry}>
              {t('ui.common.retry')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}

export function EmptyState({ title, description, action }: { title?: string; description?: string; action?: ReactNode }) {
  const { t } = useLocale();
  return (
    <Stack align="center" gap="xs" py="xl" px="md" ta="center">
      <IconInbox size={36} color="var(--mantine-color-gray-6)" />
      <Text fw={600}>{title ?? t('ui.common.emptyTitle')}</Text>
      {description ? (
        <Text size="sm" c="dimmed" maw={480}>
          {description}
        </Text>
      ) : null}
      {action}
    </Stack>
  );
}

/** Loading, error and empty states of a query in one place, so every list handles all three. */
export function QueryState<T>({
  query,
  isEmpty,
  empty,
  children,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; data: T | undefined; refetch: () => unknown };
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) {
    return <Loading />;
  }
  if (query.isError || query.data === undefined) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (isEmpty?.(query.data)) {
    return <>{empty ?? <EmptyState />}</>;
  }
  return <>{children(query.data)}</>;
}
