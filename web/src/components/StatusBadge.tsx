import { Badge } from '@mantine/core';
import { useT } from '../app/locale.tsx';

const COLORS: Record<string, string> = {
  pending: 'yellow',
  active: 'green',
  disabled: 'gray',
  queued: 'blue',
  running: 'cyan',
  succeeded: 'green',
  sent: 'green',
  failed: 'red',
  cancelled: 'gray',
};

/** A status as a light badge (dark text on a pale tint keeps every colour readable). */
export function StatusBadge({ namespace, status }: { namespace: 'userStatus' | 'jobStatus' | 'mailStatus'; status: string }) {
  const t = useT();
  return (
    <Badge variant="light" color={COLORS[status] ?? 'gray'}>
      {t(`ui.${namespace}.${status}`)}
    </Badge>
  );
}
