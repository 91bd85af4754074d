import { Button, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import type { Permission } from '../../../common/contracts/permissions.ts';
import { hasPermission, useSession } from '../api/session.ts';
import { useDocumentTitle } from '../components/PageHeader.tsx';
import { ErrorState, Loading } from '../components/QueryState.tsx';
import { useT } from './locale.tsx';

/** The path to come back to after signing in (only ever a path of this site). */
export function loginPathFor(location: { pathname: string; search: string }): string {
  return `/login?next=${encodeURIComponent(`${location.pathname}${location.search}`)}`;
}

export function RequireUser({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) {
    return <Loading />;
  }
  if (session.isError) {
    return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  }
  if (!session.data.user) {
    return <Navigate to={loginPathFor(location)} replace />;
  }
  return <>{children}</>;
}

export function Forbidden() {
  const t = useT();
  useDocumentTitle(t('ui.forbidden.title'));
  return (
    <Stack align="flex-start" gap="sm" py="xl">
      <Title order={1}>{t('ui.forbidden.title')}</Title>
      <Text>{t('ui.forbidden.body')}</Text>
      <Button component={Link} to="/" variant="light">
        {t('ui.common.backHome')}
      </Button>
    </Stack>
  );
}

/** Shows the content to users holding at least one of the permissions; signs anonymous visitors in first. */
export function RequirePermission({ any, children }: { any: readonly Permission[]; children: ReactNode }) {
  const session = useSession();
  const user = session.data?.user ?? null;
  return (
    <RequireUser>
      {any.some((permission) => hasPermission(user, permission)) ? children : <Forbidden />}
    </RequireUser>
  );
}
