import { Anchor, Badge, Button, Group, Paper, Select, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import { USER_STATUSES, type TUser } from '../../../../../common/contracts/accounts.ts';
import { formatDate } from '../../../../../common/i18n/index.ts';
import { useApproveUser, useUsers, type UserStatus } from '../../../api/users.ts';
import { useT } from '../../../app/locale.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { PagedTable } from '../../../components/PagedTable.tsx';
import { SearchInput } from '../../../components/SearchInput.tsx';
import { StatusBadge } from '../../../components/StatusBadge.tsx';
import { useUrlFilters } from '../../../components/useUrlState.ts';
import { CreateUserModal } from './CreateUserModal.tsx';

const PAGE_SIZE = 25;

function isStatus(value: string): value is UserStatus {
  return (USER_STATUSES as readonly string[]).includes(value);
}

function ApproveButton({ user }: { user: TUser }) {
  const t = useT();
  const approve = useApproveUser();
  return (
    <Button
      size="xs"
      loading={approve.isPending}
      aria-label={t('ui.users.approveNamed', { name: user.displayName })}
      onClick={() =>
        approve.mutate(
          { id: user.id },
          {
            onSuccess: () => notifications.show({ color: 'green', message: t('ui.users.approved', { name: user.displayName }) }),
            onError: (error) => notifications.show({ color: 'red', message: error.message }),
          },
        )
      }
    >
      {t('ui.users.approve')}
    </Button>
  );
}

export function UsersPage() {
  const t = useT();
  const { filters, page, setFilters, setPage } = useUrlFilters(['q', 'status'] as const);
  const [creating, setCreating] = useState(false);
  const status = isStatus(filters.status) ? filters.status : undefined;
  const users = useUsers({ q: filters.q || undefined, status, page, pageSize: PAGE_SIZE });

  return (
    <>
      <PageHeader
        title={t('ui.users.title')}
        description={t('ui.users.description')}
        actions={<Button onClick={() => setCreating(true)}>{t('ui.users.create')}</Button>}
      />
      <Paper withBorder p="md" radius="md" mb="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          <div style={{ flex: '1 1 260px' }}>
            <SearchInput label={t('ui.users.search')} placeholder={t('ui.users.searchPlaceholder')} value={filters.q} onSearch={(q) => setFilters({ q })} />
          </div>
          <Select
            label={t('ui.users.status')}
            w={200}
            value={status ?? 'all'}
            onChange={(value) => setFilters({ status: value === 'all' ? '' : (value ?? '') })}
            allowDeselect={false}
            data={[{ value: 'all', label: t('ui.common.all') }, ...USER_STATUSES.map((value) => ({ value, label: t(`ui.userStatus.${value}`) }))]}
          />
        </Group>
      </Paper>
      <PagedTable
        query={users}
        label={t('ui.users.title')}
        emptyTitle={t('ui.users.emptyTitle')}
        minWidth={760}
        columns={[
          {
            header: t('ui.users.name'),
            cell: (user) => (
              <Anchor component={Link} to={`/admin/users/${user.id}`} fw={600}>
                {user.displayName}
              </Anchor>
            ),
          },
          { header: t('ui.auth.email'), cell: (user) => user.email },
          { header: t('ui.users.status'), cell: (user) => <StatusBadge namespace="userStatus" status={user.status} /> },
          {
            header: t('ui.users.roles'),
            cell: (user) => (
              <Group gap={4}>
                {user.grants.map((grant) => (
                  <Badge key={grant.id} variant="outline" size="sm">
                    {t(`ui.roles.${grant.role}`)}
                  </Badge>
                ))}
                {user.status === 'pending' && user.requestedRole ? (
                  <Text size="xs" c="dimmed">
                    {t('ui.users.requested', { role: t(`ui.roles.${user.requestedRole}`) })}
                  </Text>
                ) : null}
              </Group>
            ),
          },
          { header: t('ui.users.createdAt'), cell: (user) => formatDate(user.createdAt) },
        ]}
        rowActions={(user) => (user.status === 'pending' ? <ApproveButton user={user} /> : null)}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
      <CreateUserModal opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}
