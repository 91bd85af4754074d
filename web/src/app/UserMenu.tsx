import { Box, Button, Group, Menu, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate } from 'react-router';
import { useCurrentUser, useLogout, useSession } from '../api/session.ts';
import { IconChevronDown, IconLogout, IconSettings, IconUser } from '../components/Icons.tsx';
import { sectionsFor } from '../features/admin/sections.ts';
import { useT } from './locale.tsx';

export function UserMenu() {
  const t = useT();
  const session = useSession();
  const user = useCurrentUser();
  const logout = useLogout();
  const navigate = useNavigate();

  if (session.isPending) {
    return null;
  }
  if (!user) {
    return (
      <Group gap="xs" wrap="nowrap">
        <Button component={Link} to="/signup" variant="subtle" size="sm" visibleFrom="sm">
          {t('ui.shell.signUp')}
        </Button>
        <Button component={Link} to="/login" size="sm" visibleFrom="sm">
          {t('ui.shell.signIn')}
        </Button>
        {/* A smaller button on phones leaves room for the portal name. */}
        <Button component={Link} to="/login" size="compact-sm" hiddenFrom="sm">
          {t('ui.shell.signIn')}
        </Button>
      </Group>
    );
  }

  const signOut = () => {
    logout.mutate(undefined, {
      onSuccess: () => {
        notifications.show({ message: t('ui.shell.signedOut') });
        void navigate('/');
      },
    });
  };

  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={240}>
      <Menu.Target>
        <Button
          variant="subtle"
          size="sm"
          leftSection={<IconUser size={18} />}
          rightSection={
            <Box visibleFrom="sm" style={{ display: 'flex' }}>
              <IconChevronDown size={16} />
            </Box>
          }
          data-testid="user-menu"
          maw={260}
          px={{ base: 'xs', sm: 'md' }}
        >
          {/* On a phone only the icon shows; the name stays available to screen readers. */}
          <Text span inherit truncate="end" visibleFrom="sm">
            {user.displayName}
          </Text>
          <VisuallyHidden hiddenFrom="sm">{user.displayName}</VisuallyHidden>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item component={Link} to="/me" leftSection={<IconUser size={16} />}>
          {t('ui.shell.profile')}
        </Menu.Item>
        {sectionsFor(user).length > 0 ? (
          <Menu.Item component={Link} to="/admin" leftSection={<IconSettings size={16} />}>
            {t('ui.shell.admin')}
          </Menu.Item>
        ) : null}
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={signOut} disabled={logout.isPending}>
          {t('ui.shell.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
