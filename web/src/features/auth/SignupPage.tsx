import { Alert, Anchor, Button, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { z } from 'zod';
import { Link } from 'react-router';
import { ZSignupRequest } from '../../../../common/contracts/auth.ts';
import { SELF_SERVICE_ROLES } from '../../../../common/contracts/permissions.ts';
import { useSignup } from '../../api/session.ts';
import { useLocale } from '../../app/locale.tsx';
import { IconCheck } from '../../components/Icons.tsx';
import { useForm } from '../../components/useForm.ts';
import { AuthCard, FormAlert } from './AuthCard.tsx';
import { NewPasswordFields } from './NewPasswordFields.tsx';

const ZSignupForm = ZSignupRequest.extend({ confirmPassword: z.string().min(1) }).superRefine((value, ctx) => {
  if (value.password !== value.confirmPassword) {
    ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'password_mismatch' });
  }
});

export function SignupPage() {
  const { locale, t } = useLocale();
  const signup = useSignup();
  const [done, setDone] = useState(false);
  const form = useForm({
    initial: {
      displayName: '',
      email: '',
      password: '',
      confirmPassword: '',
      requestedRole: 'researcher',
      organisationName: '',
      locale,
    },
    schema: ZSignupForm,
    submit: ({ confirmPassword: _confirm, ...data }) => signup.mutateAsync({ ...data, locale }),
    onSuccess: () => setDone(true),
  });

  if (done) {
    return (
      <AuthCard title={t('ui.auth.signupTitle')}>
        <Alert color="green" variant="light" icon={<IconCheck />} title={t('ui.auth.signupDoneTitle')} role="status">
          {t('ui.auth.signupDoneBody', { email: form.values.email })}
        </Alert>
        <Button component={Link} to="/" variant="light">
          {t('ui.common.backHome')}
        </Button>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('ui.auth.signupTitle')} intro={t('ui.auth.signupIntro')}>
      <form onSubmit={form.onSubmit} noValidate>
        <Stack gap="md">
          <FormAlert message={form.formError} />
          <Radio.Group
            name="requestedRole"
            label={t('ui.auth.requestedRole')}
            value={form.values.requestedRole}
            onChange={(value) => form.setField('requestedRole', value === 'org_representative' ? 'org_representative' : 'researcher')}
            error={form.errorOf('requestedRole')}
            required
          >
            <Stack gap="xs" mt="xs">
              {SELF_SERVICE_ROLES.map((role) => (
                <Radio key={role} value={role} label={t(`ui.roles.${role}`)} description={t(`ui.auth.roleHelp.${role}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <TextInput
            name="displayName"
            label={t('ui.auth.fullName')}
            autoComplete="name"
            required
            value={form.values.displayName}
            onChange={(event) => form.setField('displayName', event.currentTarget.value)}
            error={form.errorOf('displayName')}
          />
          <TextInput
            name="organisationName"
            label={form.values.requestedRole === 'org_representative' ? t('ui.auth.organisationRepresented') : t('ui.auth.organisationWorkplace')}
            autoComplete="organization"
            value={form.values.organisationName}
            onChange={(event) => form.setField('organisationName', event.currentTarget.value)}
            error={form.errorOf('organisationName')}
          />
          <TextInput
            name="email"
            type="email"
            label={t('ui.auth.email')}
            autoComplete="email"
            required
            value={form.values.email}
            onChange={(event) => form.setField('email', event.currentTarget.value)}
            error={form.errorOf('email')}
          />
          <NewPasswordFields form={form} name="password" label={t('ui.auth.password')} />
          <Text size="sm" c="dimmed">
            {t('ui.auth.approvalNotice')}
          </Text>
          <Button type="submit" loading={form.submitting}>
            {t('ui.auth.signupSubmit')}
          </Button>
          <Text size="sm">
            {t('ui.auth.haveAccount')}{' '}
            <Anchor component={Link} to="/login">
              {t('ui.auth.loginLink')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
