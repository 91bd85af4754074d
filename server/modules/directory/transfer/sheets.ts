import { z } from 'zod';
import {
  ACADEMIC_TITLES,
  DEGREES,
  GENDERS,
  ORGANISATION_KINDS,
  ZOrcid,
  ZPhone,
  ZRor,
  ZTaxCode,
} from '../../../../common/contracts/directory.ts';
import { email, optionalText, requiredText } from '../../../../common/contracts/text.ts';
import { t } from '../../../../common/i18n/index.ts';
import { LOCALES, type Locale } from '../../../../common/i18n/locale.ts';
import { defineSheet, type ColumnSpec } from '../../../platform/documents/index.ts';
import { foldName } from '../fold.ts';

/** An empty cell arrives as `undefined`; optional columns turn it into null. */
const optional = <T extends z.ZodType>(schema: T) => schema.optional().transform((value): z.output<T> | null => value ?? null);

/**
 * A column holding one of `values`, written as its label in the export's language and read back
 * from the key or from the Vietnamese or English label, with or without diacritics.
 */
function choice<const V extends string>(values: readonly V[], namespace: string) {
  const lookup = new Map<string, V>();
  for (const value of values) {
    lookup.set(foldName(value), value);
    for (const locale of LOCALES) {
      lookup.set(foldName(t(locale, `directory.${namespace}.${value}`)), value);
    }
  }
  return z.string().transform((raw, ctx): V => {
    const value = lookup.get(foldName(raw));
    if (value === undefined) {
      ctx.addIssue({ code: 'custom', message: 'value_invalid' });
      return z.NEVER;
    }
    return value;
  });
}

export function choiceLabel(namespace: string, value: string | null, locale: Locale): string | null {
  return value === null ? null : t(locale, `directory.${namespace}.${value}`);
}

/** Statistics-office codes lose their leading zeros when a spreadsheet takes them for numbers. */
const jurisdictionCode = z
  .string()
  .trim()
  .regex(/^\d{1,5}$/)
  .transform((code) => (code.length <= 2 ? code.padStart(2, '0') : code.padStart(5, '0')));

const fieldCodes = z
  .string()
  .transform((raw) => raw.split(/[;,\s]+/).filter(Boolean))
  .pipe(z.array(z.string().regex(/^\d{1,5}$/)).max(10));

const header = (key: string) => ({ vi: t('vi', `directory.columns.${key}`), en: t('en', `directory.columns.${key}`) });

function column<K extends string, S extends z.ZodType>(key: K, schema: S, extra: Pick<ColumnSpec, 'type' | 'width' | 'example'> = {}): ColumnSpec<K, S> {
  return { key, header: header(key), schema, ...extra };
}

const year = new Date().getUTCFullYear();

export const organisationSheet = defineSheet({
  name: 'Tổ chức',
  columns: [
    column('id', optional(z.uuid()), { width: 38 }),
    column('kind', choice(ORGANISATION_KINDS, 'organisationKinds'), { width: 28, example: t('vi', 'directory.organisationKinds.university') }),
    column('nameVi', requiredText(300), { width: 50 }),
    column('nameEn', optionalText(300), { width: 40 }),
    column('abbreviation', optionalText(50)),
    column('taxCode', optional(ZTaxCode), { width: 16 }),
    column('agencyCode', optionalText(50)),
    column('address', optionalText(500), { width: 40 }),
    column('jurisdictionCode', jurisdictionCode, { example: '19' }),
    column('communeCode', optional(jurisdictionCode), { example: '05443' }),
    column('parentId', optional(z.uuid()), { width: 38 }),
    column('ror', optional(ZRor)),
    column('website', optional(z.url({ protocol: /^https?$/ }).max(300)), { width: 30 }),
    column('email', optional(email()), { width: 30 }),
    column('phone', optional(ZPhone)),
  ],
});

export const personSheet = defineSheet({
  name: 'Cá nhân',
  columns: [
    column('id', optional(z.uuid()), { width: 38 }),
    column('fullName', requiredText(200), { width: 30 }),
    column('jurisdictionCode', jurisdictionCode, { example: '19' }),
    column('organisationId', optional(z.uuid()), { width: 38 }),
    column('birthYear', optional(z.number().int().min(1900).max(year)), { type: 'number' }),
    column('gender', optional(choice(GENDERS, 'genders'))),
    column('degree', optional(choice(DEGREES, 'degrees')), { example: t('vi', 'directory.degrees.doctor') }),
    column('academicTitle', optional(choice(ACADEMIC_TITLES, 'academicTitles'))),
    column('fieldCodes', optional(fieldCodes), { example: '401; 406' }),
    column('orcid', optional(ZOrcid), { width: 22 }),
    column('email', optional(email()), { width: 30 }),
    column('phone', optional(ZPhone)),
    column('position', optionalText(200), { width: 30 }),
  ],
});
