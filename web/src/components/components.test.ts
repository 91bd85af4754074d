import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZSignupRequest } from '../../../common/contracts/auth.ts';
import { ZOrganisationInput } from '../../../common/contracts/directory.ts';
import { isoToVnDate, parseVnDate, todayInVietnam } from './dates.ts';
import { pageParam, pageRange } from './paging.ts';
import { issueCode, problemFieldCodes, validateWith } from './validation.ts';

describe('pageRange', () => {
  it('gives the rows shown on a middle and on the last page', () => {
    expect(pageRange(2, 25, 134)).toEqual({ from: 26, to: 50, pages: 6 });
    expect(pageRange(6, 25, 134)).toEqual({ from: 126, to: 134, pages: 6 });
  });

  it('clamps a page past the end to the last page', () => {
    expect(pageRange(99, 25, 30)).toEqual({ from: 26, to: 30, pages: 2 });
  });

  it('shows nothing for an empty list', () => {
    expect(pageRange(1, 25, 0)).toEqual({ from: 0, to: 0, pages: 1 });
  });
});

describe('pageParam', () => {
  it('accepts positive integers only', () => {
    expect(pageParam('3')).toBe(3);
    expect(pageParam(null)).toBe(1);
    expect(pageParam('0')).toBe(1);
    expect(pageParam('-2')).toBe(1);
    expect(pageParam('1.5')).toBe(1);
    expect(pageParam('abc')).toBe(1);
  });
});

describe('issueCode', () => {
  it('prefers a message that names a catalog key over the generic zod code', () => {
    expect(issueCode({ code: 'too_small', message: 'password_too_short' })).toBe('password_too_short');
    expect(issueCode({ code: 'custom', message: 'orcid_invalid' })).toBe('orcid_invalid');
  });

  it('keeps the zod code when the message is a sentence', () => {
    expect(issueCode({ code: 'invalid_format', message: 'Invalid email address' })).toBe('invalid_format');
  });

  it('calls an empty required string "required"', () => {
    expect(issueCode({ code: 'too_small', message: 'Too small', origin: 'string', minimum: 1 })).toBe('required');
    expect(issueCode({ code: 'too_small', message: 'Too small', origin: 'string', minimum: 3 })).toBe('too_small');
  });
});

describe('problemFieldCodes', () => {
  it('keys errors by the field inside the body and keeps the first per field', () => {
    expect(
      problemFieldCodes([
        { path: 'body.email', code: 'email_taken', message: 'email_taken' },
        { path: 'body.email', code: 'invalid_format', message: 'x' },
        { path: 'body.grants.0.scopeId', code: 'unknown_scope', message: 'No jurisdiction with this id' },
        { path: 'query.page', code: 'too_small', message: 'x' },
      ]),
    ).toEqual({ email: 'email_taken', 'grants.0.scopeId': 'unknown_scope' });
  });
});

describe('validateWith', () => {
  it('returns the parsed data of valid input', () => {
    const result = validateWith(z.object({ name: z.string().min(1) }), { name: 'An' });
    expect(result).toEqual({ ok: true, data: { name: 'An' } });
  });

  it('reports blank required fields as required and others by their code', () => {
    const result = validateWith(ZSignupRequest, {
      email: 'not-an-email',
      password: 'short',
      displayName: '',
      requestedRole: 'researcher',
      organisationName: '',
      locale: 'vi',
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.errors).toEqual({ email: 'invalid_format', password: 'password_too_short', displayName: 'required' });
  });

  it('reports an unselected required id as required rather than a format error', () => {
    const result = validateWith(ZOrganisationInput, { kind: '', nameVi: 'Sở Khoa học và Công nghệ', jurisdictionId: '', taxCode: '12' });
    expect(result.ok ? null : result.errors).toMatchObject({ kind: 'required', jurisdictionId: 'required', taxCode: 'tax_code_invalid' });
  });
});

describe('parseVnDate', () => {
  it('reads dd/MM/yyyy and its loose variants', () => {
    expect(parseVnDate('05/02/2026')).toBe('2026-02-05');
    expect(parseVnDate('5/2/2026')).toBe('2026-02-05');
    expect(parseVnDate(' 15-03-2026 ')).toBe('2026-03-15');
  });

  it('refuses impossible dates and other formats', () => {
    expect(parseVnDate('31/02/2026')).toBeNull();
    expect(parseVnDate('2026-02-05')).toBeNull();
    expect(parseVnDate('')).toBeNull();
  });
});

describe('isoToVnDate', () => {
  it('writes an ISO date as dd/MM/yyyy and ignores anything else', () => {
    expect(isoToVnDate('2026-02-05')).toBe('05/02/2026');
    expect(isoToVnDate('soon')).toBe('');
  });
});

describe('todayInVietnam', () => {
  it('turns the date at midnight Vietnam time, seven hours before UTC', () => {
    expect(todayInVietnam(new Date('2026-03-14T16:59:00Z'))).toBe('2026-03-14');
    expect(todayInVietnam(new Date('2026-03-14T17:00:00Z'))).toBe('2026-03-15');
  });
});
