import { Anchor, AppShell, Box, Burger, Button, Container, Divider, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect, useRef } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { hasPermission, useCurrentUser } from '../api/session.ts';
import { Loading } from '../components/QueryState.tsx';
import { sectionsFor } from '../features/admin/sections.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { useLocale } from './locale.tsx';
import { UserMenu } from './UserMenu.tsx';

interface NavItem {
  to: string;
  label: string;
}

function useNavItems(): NavItem[] {
  const { t } = useLocale();
  const user = useCurrentUser();
  const items: NavItem[] = [
    { to: '/', label: t('ui.nav.home') },
    { to: '/directory/organisations', label: t('ui.nav.organisations') },
    { to: '/directory/people', label: t('ui.nav.people') },
    { to: '/library', label: t('ui.library.nav.menu') },
  ];
  // Leaders and officers land on the dashboard of the program under way; visitors see the published programs.
  items.push({ to: hasPermission(user, 'programs.read') ? '/programs/dashboard' : '/programs', label: t('ui.programs.nav') });
  if (sectionsFor(user).length > 0) {
    items.push({ to: '/admin', label: t('ui.nav.admin') });
  }
  return items;
}

function isActive(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

function Brand() {
  const { t } = useLocale();
  return (
    <Anchor component={Link} to="/" underline="never" c="inherit" style={{ minWidth: 0 }}>
      <Group gap="sm" wrap="nowrap">
        <img src="/favicon.svg" width={36} height={36} alt="" />
        <Box style={{ minWidth: 0 }}>
          <Text fw={700} lh={1.2} size="md" visibleFrom="md">
            {t('ui.portal.name')}
          </Text>
          <Text fw={700} lh={1.2} size="sm" hiddenFrom="md" style={{ whiteSpace: 'nowrap' }}>
            {t('ui.portal.shortName')}
          </Text>
          <Text size="xs" c="dimmed" lh={1.3} visibleFrom="md">
            {t('ui.portal.agency')}
          </Text>
        </Box>
      </Group>
    </Anchor>
  );
}

function Footer() {
  const { t } = useLocale();
  return (
    <Box component="footer" mt="xl" py="lg" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <Container size="xl">
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('ui.portal.agency')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('ui.footer.about')}
          </Text>
          <Group gap="md">
            <Anchor href="/api/docs" size="sm">
              {t('ui.footer.apiDocs')}
            </Anchor>
          </Group>
        </Stack>
      </Container>
    </Box>
  );
}

export function Layout() {
  const { t } = useLocale();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const items = useNavItems();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    close();
    // After a client-side navigation, start keyboard and screen-reader users at the new content,
    // as a full page load would.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [location.pathname, close]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('ui.shell.skipToContent')}
      </a>
      <AppShell
        header={{ height: { base: 60, md: 112 } }}
        navbar={{ width: 280, breakpoint: 'md', collapsed: { mobile: !opened, desktop: true } }}
        padding={0}
      >
        <AppShell.Header>
          <Container size="xl" h={{ base: 60, md: 68 }}>
            <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
              <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                <Burger
                  opened={opened}
                  onClick={toggle}
                  hiddenFrom="md"
                  size="sm"
                  aria-label={opened ? t('ui.shell.closeNavigation') : t('ui.shell.openNavigation')}
                  aria-expanded={opened}
                  aria-controls="mobile-navigation"
                />
                <Brand />
              </Group>
              <Group gap="sm" wrap="nowrap">
                <Box visibleFrom="sm">
                  <LanguageSwitch />
                </Box>
                <UserMenu />
              </Group>
            </Group>
          </Container>
          <Box visibleFrom="md" bg="brand.8">
            <Container size="xl">
              <nav aria-label={t('ui.shell.mainNavigation')}>
                <Group gap={4} h={44}>
                  {items.map((item) => {
                    const active = isActive(location.pathname, item.to);
                    return (
                      <Button
                        key={item.to}
                        component={Link}
                        to={item.to}
                        aria-current={active ? 'page' : undefined}
                        variant={active ? 'white' : 'filled'}
                        color={active ? 'brand.9' : 'brand.8'}
                        radius={0}
                        h={44}
                        className="main-nav-link"
                      >
                        {item.label}
                      </Button>
                    );
                  })}
                </Group>
              </nav>
            </Container>
          </Box>
        </AppShell.Header>

        {/* Rendered only while open: a collapsed navbar is merely moved off screen and would
            otherwise still take keyboard focus and repeat the navigation landmark. */}
        {opened ? (
          <AppShell.Navbar p="md" id="mobile-navigation" aria-label={t('ui.shell.mainNavigation')}>
            <Stack gap={4}>
              {items.map((item) => (
                <NavLink
                  key={item.to}
                  component={Link}
                  to={item.to}
                  label={item.label}
                  active={isActive(location.pathname, item.to)}
                  aria-current={isActive(location.pathname, item.to) ? 'page' : undefined}
                  variant="light"
                />
              ))}
            </Stack>
            <Divider my="md" />
            <Text size="sm" fw={600} mb="xs">
              {t('ui.shell.language')}
            </Text>
            <LanguageSwitch size="sm" />
          </AppShell.Navbar>
        ) : null}

        {/* AppShell.Main would put the footer inside <main>; the landmarks stay siblings instead. */}
        <Box
          component="main"
          id="main"
          ref={mainRef}
          tabIndex={-1}
          className="main-content"
          style={{ paddingTop: 'var(--app-shell-header-offset, 0rem)' }}
        >
          <Container size="xl" py={{ base: 'md', sm: 'xl' }}>
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </Container>
        </Box>
        <Footer />
      </AppShell>
    </>
  );
}
