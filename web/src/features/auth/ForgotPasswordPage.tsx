import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { ZPasswordResetRequest } from '../../../../common/contracts/auth.ts';
import { useRequestPasswordReset } from '../../api/session.ts';
import { useT } from '../../app/locale.tsx';
import { IconCheck } from '../../components/Icons.tsx';
import { useForm } from '../../components/useForm.ts';
import { AuthCard, FormAlert } from './AuthCard.tsx';

export function ForgotPasswordPage() {
  const t = useT();
  const request = useRequestPasswordReset();
  const [sent, setSent] = useState(false);
  const form = useForm({
    initial: { email: '' },
    schema: ZPasswordResetRequest,
    submit: (data) => request.mutateAsync(data),
    onSuccess: () => setSent(true),
  });

  return (
    <AuthCard title={t('ui.auth.forgotTitle')} intro={sent ? undefined : t('ui.auth.forgotIntro')}>
      {sent ? (
        <Stack gap="md">
          <Alert color="green" variant="light" icon={<IconCheck />} role="status">
            {t('ui.auth.forgotSent')}
          </Alert>
          <Anchor component={Link} to="/login">
            {t('ui.auth.backToLogin')}
          </Anchor>
        </Stack>
      ) : (
        <form onSubmit={form.onSubmit} noValidate>
          <Stack gap="md">
            <FormAlert message={form.formError} />
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
            <Button type="submit" loading={form.submitting}>
              {t('ui.auth.forgotSubmit')}
            </Button>
            <Anchor component={Link} to="/login" size="sm">
              {t('ui.auth.backToLogin')}
            </Anchor>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
