import { Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ZLoginRequest, type TSession } from '../../../../common/contracts/auth.ts';
import { useLogin, useSession } from '../../api/session.ts';
import { useT } from '../../app/locale.tsx';
import { useForm } from '../../components/useForm.ts';
import { AuthCard, FormAlert } from './AuthCard.tsx';
import { passwordToggleProps } from './passwordToggle.ts';
import { safeNextPath } from './safeNext.ts';

export function LoginPage() {
  const t = useT();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const navigate = useNavigate();
  const session = useSession();
  const login = useLogin();
  const form = useForm({
    initial: { email: '', password: '' },
    schema: ZLoginRequest,
    submit: (data) => login.mutateAsync(data),
    onSuccess: (result) => {
      const user = (result as TSession).user;
      notifications.show({ color: 'green', message: t('ui.auth.welcome', { name: user?.displayName ?? '' }) });
      void navigate(next, { replace: true });
    },
  });

  if (session.data?.user && !login.isSuccess) {
    return <Navigate to={next} replace />;
  }

  return (
    <AuthCard title={t('ui.auth.loginTitle')} intro={t('ui.auth.loginIntro')}>
      <form onSubmit={form.onSubmit} noValidate>
        <Stack gap="md">
          <FormAlert message={form.formError} />
          <TextInput
            name="email"
            type="email"
            label={t('ui.auth.email')}
            autoComplete="username"
            required
            value={form.values.email}
            onChange={(event) => form.setField('email', event.currentTarget.value)}
            error={form.errorOf('email')}
          />
          <PasswordInput
            name="password"
            label={t('ui.auth.password')}
            autoComplete="current-password"
            required
            value={form.values.password}
            onChange={(event) => form.setField('password', event.currentTarget.value)}
            error={form.errorOf('password')}
            {...passwordToggleProps(t)}
          />
          <Group justify="space-between" wrap="wrap">
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('ui.auth.forgotLink')}
            </Anchor>
            <Button type="submit" loading={form.submitting}>
              {t('ui.auth.loginSubmit')}
            </Button>
          </Group>
          <Text size="sm">
            {t('ui.auth.noAccount')}{' '}
            <Anchor component={Link} to="/signup">
              {t('ui.auth.signupLink')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
