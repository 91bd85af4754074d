import { z } from 'zod';

// Control characters other than tab and newlines never belong in user text.
// eslint-disable-next-line no-control-regex -- the point of this pattern is to find control characters
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * A user-entered string: rejected when it is not well-formed Unicode (lone surrogates) or holds
 * control characters, then trimmed and NFC-normalised so "hoà" typed two ways is stored one way.
 */
export function text(options: { min?: number; max: number; multiline?: boolean }) {
  const base = z
    .string()
    .refine((value) => value.isWellFormed(), { message: 'invalid_unicode' })
    .refine((value) => !CONTROL_CHARACTERS.test(value), { message: 'control_characters' })
    .refine((value) => options.multiline === true || !/[\r\n]/.test(value), { message: 'single_line_expected' })
    .transform((value) => value.normalize('NFC').trim());
  return base.pipe(
    z
      .string()
      .min(options.min ?? 0)
      .max(options.max),
  );
}

export const requiredText = (max: number) => text({ min: 1, max });
export const optionalText = (max: number) => text({ max }).nullish().transform((value) => (value ? value : null));

export const email = () =>
  z
    .string()
    .trim()
    .toLowerCase()
    .max(254)
    .pipe(z.email());

export const id = () => z.uuid();

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export function paged<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
