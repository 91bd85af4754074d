import { useCallback, useRef, useState, type FormEvent } from 'react';
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
  const formRef = useRef<HTMLFormElement>(null);

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

  const focusFirstError = (fields: Record<string, string>) => {
    const form = formRef.current;
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

  const handleSubmit = async (event?: FormEvent) => {
    event?.preventDefault();
    const current = options;
    setFormError(null);
    let data: unknown = values;
    if (current.schema) {
      const checked = validateWith(current.schema, values);
      if (!checked.ok) {
        setErrors(checked.errors);
        focusFirstError(checked.errors);
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
        const fields = problemFieldCodes(error.fieldErrors);
        const mapped = current.fieldOfCode?.[error.code];
        if (mapped) {
          fields[mapped] = error.code;
        }
        const known = Object.fromEntries(Object.entries(fields).filter(([name]) => name in values));
        setErrors(known);
        if (Object.keys(known).length > 0) {
          focusFirstError(known);
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
    formRef,
    onSubmit: (event: FormEvent) => void handleSubmit(event),
    submit: handleSubmit,
  };
}
