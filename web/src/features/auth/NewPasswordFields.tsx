import { PasswordInput } from '@mantine/core';
import { useT } from '../../app/locale.tsx';
import { passwordToggleProps } from './passwordToggle.ts';

/** The slice of a `useForm` result these fields read and write. */
export interface NewPasswordForm<N extends string> {
  values: Record<N | 'confirmPassword', string>;
  setField: (name: N | 'confirmPassword', value: string) => void;
  errorOf: (name: N | 'confirmPassword') => string | undefined;
}

/**
 * A new password with its rule, then the repeat that must match it (checked by the form's schema
 * under `confirmPassword`). Both ask the browser to suggest a fresh password rather than fill a saved one.
 */
export function NewPasswordFields<N extends string>({ form, name, label }: { form: NewPasswordForm<N>; name: N; label: string }) {
  const t = useT();
  return (
    <>
      <PasswordInput
        name={name}
        label={label}
        description={t('ui.auth.passwordRule')}
        autoComplete="new-password"
        required
        value={form.values[name]}
        onChange={(event) => form.setField(name, event.currentTarget.value)}
        error={form.errorOf(name)}
        {...passwordToggleProps(t)}
      />
      <PasswordInput
        name="confirmPassword"
        label={t('ui.auth.confirmPassword')}
        autoComplete="new-password"
        required
        value={form.values.confirmPassword}
        onChange={(event) => form.setField('confirmPassword', event.currentTarget.value)}
        error={form.errorOf('confirmPassword')}
        {...passwordToggleProps(t)}
      />
    </>
  );
}
