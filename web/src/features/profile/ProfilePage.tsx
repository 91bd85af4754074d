import { Button, Card, Grid, Group, PasswordInput, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { z } from 'zod';
import type { TUser } from '../../../../common/contracts/accounts.ts';
import { ZChangePassword, ZUpdateProfile } from '../../../../common/contracts/auth.ts';
import { formatDateTime, isLocale } from '../../../../common/i18n/index.ts';
import { useChangePassword, useMe, useUpdateProfile } from '../../api/session.ts';
import { useLocale } from '../../app/locale.tsx';
import { GrantList } from '../../components/GrantList.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useForm } from '../../components/useForm.ts';
import { FormAlert } from '../auth/AuthCard.tsx';
import { NewPasswordFields } from '../auth/NewPasswordFields.tsx';
import { passwordToggleProps } from '../auth/passwordToggle.ts';

const ZPasswordForm = ZChangePassword.extend({ confirmPassword: z.string().min(1) }).superRefine((value, ctx) => {
  if (value.newPassword !== value.confirmPassword) {
    ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'password_mismatch' });
  }
});

function ProfileForm({ user }: { user: TUser }) {
  const { t, setLocale } = useLocale();
  const update = useUpdateProfile();
  const form = useForm({
    initial: { displayName: user.displayName, locale: user.locale },
    schema: ZUpdateProfile,
    submit: (data) => update.mutateAsync(data),
    onSuccess: () => {
      setLocale(form.values.locale);
      notifications.show({ color: 'green', message: t('ui.common.saved') });
    },
  });
  return (
    <form onSubmit={form.onSubmit} noValidate aria-labelledby="profile-form-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="profile-form-title">
          {t('ui.profile.detailsTitle')}
        </Title>
        <FormAlert message={form.formError} />
        <TextInput
          name="displayName"
          label={t('ui.profile.displayName')}
          required
          value={form.values.displayName}
          onChange={(event) => form.setField('displayName', event.currentTarget.value)}
          error={form.errorOf('displayName')}
        />
        <Select
          name="locale"
          label={t('ui.profile.language')}
          data={[
            { value: 'vi', label: 'Tiếng Việt' },
            { value: 'en', label: 'English' },
          ]}
          value={form.values.locale}
          onChange={(value) => form.setField('locale', isLocale(value) ? value : 'vi')}
          allowDeselect={false}
        />
        <Group>
          <Button type="submit" loading={form.submitting}>
            {t('ui.profile.saveDetails')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function PasswordForm() {
  const { t } = useLocale();
  const change = useChangePassword();
  const form = useForm({
    initial: { currentPassword: '', newPassword: '', confirmPassword: '' },
    schema: ZPasswordForm,
    submit: ({ currentPassword, newPassword }) => change.mutateAsync({ currentPassword, newPassword }),
    fieldOfCode: { invalid_credentials: 'currentPassword' },
    onSuccess: () => {
      form.setValues({ currentPassword: '', newPassword: '', confirmPassword: '' });
      notifications.show({ color: 'green', message: t('ui.profile.passwordChanged') });
    },
  });
  return (
    <form onSubmit={form.onSubmit} noValidate aria-labelledby="password-form-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="password-form-title">
          {t('ui.profile.passwordTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('ui.profile.passwordHelp')}
        </Text>
        <FormAlert message={form.formError} />
        <PasswordInput
          name="currentPassword"
          label={t('ui.profile.currentPassword')}
          autoComplete="current-password"
          required
          value={form.values.currentPassword}
          onChange={(event) => form.setField('currentPassword', event.currentTarget.value)}
          error={form.errorOf('currentPassword')}
          {...passwordToggleProps(t)}
        />
        <NewPasswordFields form={form} name="newPassword" label={t('ui.auth.newPassword')} />
        <Group>
          <Button type="submit" loading={form.submitting}>
            {t('ui.profile.changePassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Fact({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}

export function ProfilePage() {
  const { t } = useLocale();
  const me = useMe();
  return (
    <>
      <PageHeader title={t('ui.profile.title')} description={t('ui.profile.description')} />
      <QueryState query={me}>
        {(user) => (
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Stack gap="lg">
                <Card withBorder radius="md" padding="lg">
                  <ProfileForm user={user} />
                </Card>
                <Card withBorder radius="md" padding="lg">
                  <PasswordForm />
                </Card>
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Stack gap="lg">
                <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="account-title">
                  <Title order={2} size="h4" id="account-title" mb="md">
                    {t('ui.profile.accountTitle')}
                  </Title>
                  <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
                    <Fact label={t('ui.auth.email')} value={user.email} />
                    <Fact label={t('ui.users.status')} value={<StatusBadge namespace="userStatus" status={user.status} />} />
                    <Fact label={t('ui.profile.createdAt')} value={formatDateTime(user.createdAt)} />
                    <Fact label={t('ui.profile.lastLogin')} value={user.lastLoginAt ? formatDateTime(user.lastLoginAt) : '—'} />
                  </SimpleGrid>
                </Card>
                <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="roles-title">
                  <Title order={2} size="h4" id="roles-title" mb="md">
                    {t('ui.profile.rolesTitle')}
                  </Title>
                  <GrantList grants={user.grants} />
                  <Text size="xs" c="dimmed" mt="md">
                    {t('ui.profile.rolesHelp')}
                  </Text>
                </Card>
              </Stack>
            </Grid.Col>
          </Grid>
        )}
      </QueryState>
    </>
  );
}

