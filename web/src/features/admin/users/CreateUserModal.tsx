import { Button, Group, Modal, PasswordInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { ZCreateUser, type TUser } from '../../../../../common/contracts/accounts.ts';
import { ROLES, SCOPE_KINDS } from '../../../../../common/contracts/permissions.ts';
import { isLocale } from '../../../../../common/i18n/index.ts';
import { useCreateUser } from '../../../api/users.ts';
import { useT } from '../../../app/locale.tsx';
import { useForm } from '../../../components/useForm.ts';
import { FormAlert } from '../../auth/AuthCard.tsx';
import { passwordToggleProps } from '../../auth/passwordToggle.ts';
import { EMPTY_GRANT, GrantFields } from './GrantFields.tsx';

const ZCreateUserForm = ZCreateUser.omit({ grants: true, personId: true })
  .extend({
    role: z.union([z.enum(ROLES), z.literal('')]),
    scopeKind: z.enum(SCOPE_KINDS),
    scopeId: z.string().nullable(),
  })
  .superRefine((value, ctx) => {
    if (value.role !== '' && value.scopeKind !== 'global' && !value.scopeId) {
      ctx.addIssue({ code: 'custom', path: ['scopeId'], message: 'required' });
    }
  });

export function CreateUserModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  return (
    <Modal opened={opened} onClose={onClose} title={t('ui.users.createTitle')} size="lg" closeButtonProps={{ 'aria-label': t('ui.common.close') }}>
      {/* The form lives inside the modal so that every opening starts from empty fields. */}
      <CreateUserForm onClose={onClose} />
    </Modal>
  );
}

function CreateUserForm({ onClose }: { onClose: () => void }) {
  const t = useT();
  const create = useCreateUser();
  const navigate = useNavigate();
  const form = useForm({
    initial: { displayName: '', email: '', password: '', locale: 'vi', ...EMPTY_GRANT },
    schema: ZCreateUserForm,
    submit: ({ role, scopeKind, scopeId, ...account }) =>
      create.mutateAsync({
        ...account,
        personId: null,
        grants: role === '' ? [] : [{ role, scopeKind, scopeId: scopeKind === 'global' ? null : scopeId }],
      }),
    fieldAlias: { 'grants.0.role': 'role', 'grants.0.scopeKind': 'scopeKind', 'grants.0.scopeId': 'scopeId' },
    onSuccess: (result) => {
      const user = result as TUser;
      notifications.show({ color: 'green', message: t('ui.users.created', { name: user.displayName }) });
      onClose();
      void navigate(`/admin/users/${user.id}`);
    },
  });

  return (
    <form onSubmit={form.onSubmit} noValidate>
      <Stack gap="md">
        <FormAlert message={form.formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            name="displayName"
            label={t('ui.auth.fullName')}
            required
            value={form.values.displayName}
            onChange={(event) => form.setField('displayName', event.currentTarget.value)}
            error={form.errorOf('displayName')}
          />
          <TextInput
            name="email"
            type="email"
            label={t('ui.auth.email')}
            required
            value={form.values.email}
            onChange={(event) => form.setField('email', event.currentTarget.value)}
            error={form.errorOf('email')}
          />
          <PasswordInput
            name="password"
            label={t('ui.users.initialPassword')}
            description={t('ui.auth.passwordRule')}
            autoComplete="new-password"
            required
            value={form.values.password}
            onChange={(event) => form.setField('password', event.currentTarget.value)}
            error={form.errorOf('password')}
            {...passwordToggleProps(t)}
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
        </SimpleGrid>
        <GrantFields
          allowNoRole
          value={{ role: form.values.role, scopeKind: form.values.scopeKind, scopeId: form.values.scopeId }}
          onChange={(grant) => {
            form.setField('role', grant.role);
            form.setField('scopeKind', grant.scopeKind);
            form.setField('scopeId', grant.scopeId);
          }}
          errors={{ role: form.errorOf('role'), scopeKind: form.errorOf('scopeKind'), scopeId: form.errorOf('scopeId') }}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('ui.common.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t('ui.users.createSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
