import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../../app/locale.tsx';
import { useDocumentTitle } from '../../components/PageHeader.tsx';

export function NotFoundPage() {
  const t = useT();
  useDocumentTitle(t('ui.notFound.title'));
  return (
    <Stack align="flex-start" gap="sm" py="xl">
      <Text c="dimmed" fw={700}>
        404
      </Text>
      <Title order={1}>{t('ui.notFound.title')}</Title>
      <Text>{t('ui.notFound.body')}</Text>
      <Button component={Link} to="/" variant="light">
        {t('ui.common.backHome')}
      </Button>
    </Stack>
  );
}
