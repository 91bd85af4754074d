import { useCallback, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { ApiError } from '../api/client.ts';
import { useLocale } from '../app/locale.tsx';
import { errorTitle, fieldErrorMessage } from '../app/messages.ts';
import { problemFieldCodes, validateWith } from './validation.ts';

interface FormOptions<V, S extends z.ZodType> {
  initial: V;
  /** The contract the server validates with; checked first so most mistakes show without a round trip. */
  schema?: S;
  submit(data: S extends z.ZodType ? z.output<S> : V, values: V): Promise<unknown>;
  onSuccess?(result: unknown): void;
  /** Maps a field error code that is not tied to a visible field onto one (e.g. `email_taken` → `email`). */
  fieldOfCode?: Record<string, string>;
  /** Maps server field paths onto form fields when the body nests them (`grants.0.role` → `role`). */
  fieldAlias?: Record<string, string>;
}

/**
 * Controlled form state with errors shown next to each field, whether the browser or the server
 * found them. On a failed submit, focus moves to the first field in error so keyboard and screen
 * reader users land on the problem.
 */
export function useForm<V extends Record<string, unknown>, S extends z.ZodType = z.ZodType>(options: FormOptions<V, S>) {
  const { locale } = useLocale();
  const [values, setValues] = useState<V>(options.initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const setField = useCallback(<K extends keyof V>(name: K, value: V[K]) => {
    setValues((current) => ({ ...current, [name]: value }));
    setErrors((current) => {
      if (!(name in current)) {
        return current;
      }
      const next = { ...current };
      delete next[name as string];
      return next;
    });
  }, []);

  const focusFirstError = (form: HTMLFormElement | null, fields: Record<string, string>) => {
    if (!form) {
      return;
    }
    for (const element of Array.from(form.elements)) {
      const name = element.getAttribute('name');
      if (name && name in fields && element instanceof HTMLElement) {
        element.focus();
        return;
      }
    }
  };

  const handleSubmit = async (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    // Kept before any await: the form element to move focus into when errors come back.
    const formElement = event?.currentTarget ?? null;
    const current = options;
    setFormError(null);
    let data: unknown = values;
    if (current.schema) {
      const checked = validateWith(current.schema, values);
      if (!checked.ok) {
        setErrors(checked.errors);
        focusFirstError(formElement, checked.errors);
        return;
      }
      data = checked.data;
    }
    setErrors({});
    setSubmitting(true);
    try {
      const result = await current.submit(data as never, values);
      current.onSuccess?.(result);
    } catch (error) {
      if (error instanceof ApiError) {
        const fields: Record<string, string> = {};
        for (const [path, code] of Object.entries(problemFieldCodes(error.fieldErrors))) {
          fields[current.fieldAlias?.[path] ?? path] = code;
        }
        const mapped = current.fieldOfCode?.[error.code];
        if (mapped) {
          fields[mapped] = error.code;
        }
        const known = Object.fromEntries(Object.entries(fields).filter(([name]) => name in values));
        setErrors(known);
        if (Object.keys(known).length > 0) {
          focusFirstError(formElement, known);
        } else {
          setFormError(errorTitle(locale, error.code, error.message));
        }
      } else {
        setFormError(errorTitle(locale, 'internal_error'));
      }
    } finally {
      setSubmitting(false);
    }
  };

  const errorOf = (name: keyof V & string): string | undefined => {
    const code = errors[name];
    return code ? fieldErrorMessage(locale, code) : undefined;
  };

  return {
    values,
    setValues,
    setField,
    errors,
    errorOf,
    formError,
    setFormError,
    submitting,
    onSubmit: (event: FormEvent<HTMLFormElement>) => void handleSubmit(event),
    submit: handleSubmit,
  };
}
