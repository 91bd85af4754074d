import { Button, Group } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../../../app/locale.tsx';

/** The row's edit link, named after the record so a list of them reads apart to screen readers. */
export function EditRowButton({ to, name }: { to: string; name: string }) {
  const t = useT();
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      <Button component={Link} to={to} size="compact-sm" variant="subtle" aria-label={t('ui.directory.editNamed', { name })}>
        {t('ui.common.edit')}
      </Button>
    </Group>
  );
}
