import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useT } from '../../app/locale.tsx';

/** Shown when a page fails to render or its code cannot be loaded (e.g. after a new release). */
export function RouteError() {
  const t = useT();
  return (
    <Container size="sm" py="xl">
      <Stack gap="sm" role="alert">
        <Title order={1}>{t('ui.routeError.title')}</Title>
        <Text>{t('ui.routeError.body')}</Text>
        <div>
          <Button onClick={() => window.location.reload()}>{t('ui.routeError.reload')}</Button>
        </div>
      </Stack>
    </Container>
  );
}
