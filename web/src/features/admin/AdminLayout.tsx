import { Box, Button, Grid, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { Suspense } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { useCurrentUser } from '../../api/session.ts';
import { RequirePermission } from '../../app/guards.tsx';
import { useT } from '../../app/locale.tsx';
import { Loading } from '../../components/QueryState.tsx';
import { ADMIN_PERMISSIONS, sectionsFor } from './sections.ts';

function isCurrent(pathname: string, path: string): boolean {
  return pathname === path || pathname.startsWith(`${path}/`);
}

function AdminFrame() {
  const t = useT();
  const user = useCurrentUser();
  const { pathname } = useLocation();
  const sections = sectionsFor(user);
  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 3 }}>
        <nav aria-label={t('ui.admin.navigation')}>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed" mb="xs" visibleFrom="md">
            {t('ui.admin.title')}
          </Text>
          <Box visibleFrom="md">
            {sections.map((section) => (
              <NavLink
                key={section.key}
                component={Link}
                to={section.path}
                label={t(`ui.admin.sections.${section.key}`)}
                active={isCurrent(pathname, section.path)}
                aria-current={isCurrent(pathname, section.path) ? 'page' : undefined}
              />
            ))}
          </Box>
          <ScrollArea hiddenFrom="md" type="auto" offsetScrollbars>
            <Group gap="xs" wrap="nowrap" pb="xs">
              {sections.map((section) => (
                <Button
                  key={section.key}
                  component={Link}
                  to={section.path}
                  size="xs"
                  style={{ flexShrink: 0 }}
                  variant={isCurrent(pathname, section.path) ? 'filled' : 'light'}
                  aria-current={isCurrent(pathname, section.path) ? 'page' : undefined}
                >
                  {t(`ui.admin.sections.${section.key}`)}
                </Button>
              ))}
            </Group>
          </ScrollArea>
        </nav>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 9 }} style={{ minWidth: 0 }}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </Grid.Col>
    </Grid>
  );
}

export function AdminLayout() {
  return (
    <RequirePermission any={ADMIN_PERMISSIONS}>
      <AdminFrame />
    </RequirePermission>
  );
}

/** `/admin` opens the first section the user may use. */
export function AdminIndex() {
  const user = useCurrentUser();
  const first = sectionsFor(user)[0];
  return first ? <Navigate to={first.path} replace /> : null;
}
