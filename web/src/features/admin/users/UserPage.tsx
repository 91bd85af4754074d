import { Button, Card, Grid, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useParams } from 'react-router';
import { z } from 'zod';
import { ZUpdateUser, type TUser } from '../../../../../common/contracts/accounts.ts';
import { formatDateTime } from '../../../../../common/i18n/index.ts';
import { useAddGrant, useApproveUser, useRemoveGrant, useUpdateUser, useUser } from '../../../api/users.ts';
import { useT } from '../../../app/locale.tsx';
import { ConfirmButton } from '../../../components/ConfirmButton.tsx';
import { GrantList } from '../../../components/GrantList.tsx';
import { PageBreadcrumbs } from '../../../components/PageBreadcrumbs.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { StatusBadge } from '../../../components/StatusBadge.tsx';
import { useForm } from '../../../components/useForm.ts';
import { FormAlert } from '../../auth/AuthCard.tsx';
import { EMPTY_GRANT, GrantFields } from './GrantFields.tsx';

function notifyError(error: Error) {
  notifications.show({ color: 'red', message: error.message });
}

function AccountActions({ user }: { user: TUser }) {
  const t = useT();
  const update = useUpdateUser(user.id);
  const approve = useApproveUser();
  if (user.status === 'pending') {
    return (
      <Button
        loading={approve.isPending}
        onClick={() =>
          approve.mutate({ id: user.id }, { onSuccess: () => notifications.show({ color: 'green', message: t('ui.users.approved', { name: user.displayName }) }), onError: notifyError })
        }
      >
        {t('ui.users.approve')}
      </Button>
    );
  }
  if (user.status === 'active') {
    return (
      <ConfirmButton
        color="red"
        variant="outline"
        loading={update.isPending}
        title={t('ui.users.disableTitle')}
        message={t('ui.users.disableMessage', { name: user.displayName })}
        confirmLabel={t('ui.users.disable')}
        onConfirm={() => update.mutate({ status: 'disabled' }, { onError: notifyError })}
      >
        {t('ui.users.disable')}
      </ConfirmButton>
    );
  }
  return (
    <Button variant="outline" loading={update.isPending} onClick={() => update.mutate({ status: 'active' }, { onError: notifyError })}>
      {t('ui.users.enable')}
    </Button>
  );
}

function RenameForm({ user }: { user: TUser }) {
  const t = useT();
  const update = useUpdateUser(user.id);
  const form = useForm({
    initial: { displayName: user.displayName },
    schema: ZUpdateUser.pick({ displayName: true }).required(),
    submit: (data) => update.mutateAsync(data),
    onSuccess: () => notifications.show({ color: 'green', message: t('ui.common.saved') }),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <Stack gap="sm">
        <FormAlert message={form.formError} />
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            style={{ flex: '1 1 240px' }}
            name="displayName"
            label={t('ui.profile.displayName')}
            value={form.values.displayName}
            onChange={(event) => form.setField('displayName', event.currentTarget.value)}
            error={form.errorOf('displayName')}
          />
          <Button type="submit" variant="light" loading={form.submitting}>
            {t('ui.common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

const ZGrantForm = z
  .object({ role: z.string().min(1), scopeKind: z.string(), scopeId: z.string().nullable() })
  .superRefine((value, ctx) => {
    if (value.scopeKind !== 'global' && !value.scopeId) {
      ctx.addIssue({ code: 'custom', path: ['scopeId'], message: 'required' });
    }
  });

function AddGrantForm({ user }: { user: TUser }) {
  const t = useT();
  const add = useAddGrant(user.id);
  const [formKey, setFormKey] = useState(0);
  const form = useForm({
    initial: { ...EMPTY_GRANT },
    schema: ZGrantForm,
    submit: (_data, values) =>
      add.mutateAsync({
        role: values.role === '' ? 'researcher' : values.role,
        scopeKind: values.scopeKind,
        scopeId: values.scopeKind === 'global' ? null : values.scopeId,
      }),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('ui.grants.added') });
      form.setValues({ ...EMPTY_GRANT });
      setFormKey((key) => key + 1);
    },
  });
  return (
    <form onSubmit={form.onSubmit} noValidate aria-labelledby="add-grant-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="add-grant-title">
          {t('ui.grants.addTitle')}
        </Title>
        <FormAlert message={form.formError} />
        <GrantFields
          key={formKey}
          value={form.values}
          onChange={(grant) => form.setValues(grant)}
          errors={{ role: form.errorOf('role'), scopeKind: form.errorOf('scopeKind'), scopeId: form.errorOf('scopeId') }}
        />
        <Group>
          <Button type="submit" loading={form.submitting}>
            {t('ui.grants.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}

function UserDetail({ user }: { user: TUser }) {
  const t = useT();
  const remove = useRemoveGrant(user.id);
  return (
    <>
      <PageHeader title={user.displayName} description={user.email} actions={<AccountActions user={user} />} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="user-account-title">
            <Title order={2} size="h4" id="user-account-title" mb="md">
              {t('ui.profile.accountTitle')}
            </Title>
            <Stack gap="md">
              <Group gap="xs">
                <Text size="sm">{t('ui.users.status')}:</Text>
                <StatusBadge namespace="userStatus" status={user.status} />
              </Group>
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
                <Fact label={t('ui.profile.createdAt')} value={formatDateTime(user.createdAt)} />
                <Fact label={t('ui.profile.lastLogin')} value={user.lastLoginAt ? formatDateTime(user.lastLoginAt) : '—'} />
                <Fact label={t('ui.profile.language')} value={user.locale === 'en' ? 'English' : 'Tiếng Việt'} />
                {user.requestedRole ? <Fact label={t('ui.users.requestedRole')} value={t(`ui.roles.${user.requestedRole}`)} /> : null}
                {user.requestedOrganisation ? <Fact label={t('ui.users.requestedOrganisation')} value={user.requestedOrganisation} /> : null}
              </SimpleGrid>
              <RenameForm user={user} />
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="user-grants-title">
            <Title order={2} size="h4" id="user-grants-title" mb="md">
              {t('ui.profile.rolesTitle')}
            </Title>
            <Stack gap="lg">
              <GrantList
                grants={user.grants}
                action={(grant) => (
                  <ConfirmButton
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    aria-label={t('ui.grants.revokeNamed', { role: t(`ui.roles.${grant.role}`) })}
                    title={t('ui.grants.revokeTitle')}
                    message={t('ui.grants.revokeMessage', { role: t(`ui.roles.${grant.role}`), name: user.displayName })}
                    confirmLabel={t('ui.grants.revoke')}
                    onConfirm={() => remove.mutate(grant.id, { onError: notifyError })}
                  >
                    {t('ui.grants.revoke')}
                  </ConfirmButton>
                )}
              />
              <AddGrantForm user={user} />
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>
    </>
  );
}

export function UserPage() {
  const t = useT();
  const { id = '' } = useParams();
  const user = useUser(id);
  return (
    <>
      <PageBreadcrumbs items={[{ label: t('ui.users.title'), to: '/admin/users' }, { label: user.data?.displayName ?? '…' }]} />
      <QueryState query={user}>{(data) => <UserDetail user={data} />}</QueryState>
    </>
  );
}
