import { Box, Button, Group } from '@mantine/core';
import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import type { Permission } from '../../../../common/contracts/permissions.ts';
import { hasPermission, useCurrentUser } from '../../api/session.ts';
import { useT } from '../../app/locale.tsx';
import { Loading } from '../../components/QueryState.tsx';

interface LibraryLink {
  key: 'search' | 'browse' | 'deposit' | 'mine' | 'curation' | 'transfer';
  to: string;
  /** Shown to holders of this permission only; everyone sees the public pages. */
  permission?: Permission;
}

const LINKS: readonly LibraryLink[] = [
  { key: 'search', to: '/library' },
  { key: 'browse', to: '/library/browse' },
  { key: 'deposit', to: '/library/deposit', permission: 'library.deposit' },
  { key: 'mine', to: '/library/mine', permission: 'library.deposit' },
  { key: 'curation', to: '/library/curation', permission: 'library.curate' },
  { key: 'transfer', to: '/library/transfer', permission: 'library.transfer' },
];

function isCurrent(pathname: string, to: string): boolean {
  if (to === '/library') {
    return pathname === '/library' || pathname.startsWith('/library/records/');
  }
  return pathname === to || pathname.startsWith(`${to}/`);
}

/** The library's own menu above each of its pages; on a phone its links wrap onto a second line. */
export function LibraryLayout() {
  const t = useT();
  const user = useCurrentUser();
  const { pathname } = useLocation();
  const links = LINKS.filter((link) => !link.permission || hasPermission(user, link.permission));
  return (
    <>
      <Box component="nav" aria-label={t('ui.library.nav.label')} mb="md">
        <Group gap={6} wrap="wrap">
          {links.map((link) => {
            const current = isCurrent(pathname, link.to);
            return (
              <Button
                key={link.key}
                component={Link}
                to={link.to}
                size="compact-md"
                variant={current ? 'filled' : 'subtle'}
                aria-current={current ? 'page' : undefined}
              >
                {t(`ui.library.nav.${link.key}`)}
              </Button>
            );
          })}
        </Group>
      </Box>
      {/* Inside the menu, so it stays put while the next page's code loads. */}
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </>
  );
}
