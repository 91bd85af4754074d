import { Alert, Anchor, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { z } from 'zod';
import { ZPassword } from '../../../../common/contracts/auth.ts';
import { useConfirmPasswordReset } from '../../api/session.ts';
import { useT } from '../../app/locale.tsx';
import { IconCheck } from '../../components/Icons.tsx';
import { useForm } from '../../components/useForm.ts';
import { AuthCard, FormAlert } from './AuthCard.tsx';
import { NewPasswordFields } from './NewPasswordFields.tsx';

const ZResetForm = z.object({ password: ZPassword, confirmPassword: z.string().min(1) }).superRefine((value, ctx) => {
  if (value.password !== value.confirmPassword) {
    ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'password_mismatch' });
  }
});

export function ResetPasswordPage() {
  const t = useT();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirm = useConfirmPasswordReset();
  const [done, setDone] = useState(false);
  const form = useForm({
    initial: { password: '', confirmPassword: '' },
    schema: ZResetForm,
    submit: (data) => confirm.mutateAsync({ token, password: data.password }),
    onSuccess: () => setDone(true),
  });

  if (token.length < 20) {
    return (
      <AuthCard title={t('ui.auth.resetTitle')}>
        <Alert color="red" variant="light" role="alert">
          {t('errors.reset_token_invalid')}
        </Alert>
        <Anchor component={Link} to="/forgot-password">
          {t('ui.auth.requestNewLink')}
        </Anchor>
      </AuthCard>
    );
  }

  if (done) {
    return (
      <AuthCard title={t('ui.auth.resetTitle')}>
        <Alert color="green" variant="light" icon={<IconCheck />} role="status">
          {t('ui.auth.resetDone')}
        </Alert>
        <Button component={Link} to="/login">
          {t('ui.auth.loginLink')}
        </Button>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('ui.auth.resetTitle')} intro={t('ui.auth.resetIntro')}>
      <form onSubmit={form.onSubmit} noValidate>
        <Stack gap="md">
          <FormAlert message={form.formError} />
          {form.formError && confirm.error ? (
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('ui.auth.requestNewLink')}
            </Anchor>
          ) : null}
          <NewPasswordFields form={form} name="password" label={t('ui.auth.newPassword')} />
          <Button type="submit" loading={form.submitting}>
            {t('ui.auth.resetSubmit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
