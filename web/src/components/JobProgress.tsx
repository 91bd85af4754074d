import { Group, Progress, Stack, Text } from '@mantine/core';
import { formatPercent } from '../../../common/i18n/index.ts';
import { useLocale } from '../app/locale.tsx';
import { StatusBadge } from './StatusBadge.tsx';

/** Status, a progress bar and the job's last message; announced politely as it advances. */
export function JobProgress({
  status,
  progress,
  message,
  error,
  label,
}: {
  status: string;
  progress: number;
  message: string | null;
  error: string | null;
  label: string;
}) {
  const { locale, t } = useLocale();
  const percent = Math.round(Math.min(1, Math.max(0, progress)) * 100);
  return (
    <Stack gap={6} aria-live="polite">
      <Group gap="sm" justify="space-between">
        <StatusBadge namespace="jobStatus" status={status} />
        <Text size="sm" fw={600}>
          {formatPercent(percent, locale, 0)}
        </Text>
      </Group>
      <Progress
        value={percent}
        animated={status === 'running'}
        color={status === 'failed' ? 'red' : status === 'succeeded' ? 'green' : undefined}
        aria-label={label}
        size="lg"
      />
      {message ? <Text size="sm">{message}</Text> : null}
      {error ? (
        <Text size="sm" c="red.9" role="alert">
          {t('ui.jobs.error')}: {error}
        </Text>
      ) : null}
    </Stack>
  );
}
