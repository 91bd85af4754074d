import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog, type MessageTree } from '../../../common/i18n/index.ts';
import { errorTitle, fieldErrorMessage, hasMessage } from './messages.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return sourceFiles(path);
    }
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

function keysOf(tree: MessageTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));
}

describe('the ui catalog', () => {
  it('has the same keys in Vietnamese and English', () => {
    const vi = keysOf(catalog.vi.ui as MessageTree).sort();
    const en = keysOf(catalog.en.ui as MessageTree).sort();
    expect(en).toEqual(vi);
  });

  it('holds every literal message key the web app uses, in both languages', () => {
    const root = join(import.meta.dirname, '..');
    const used = new Set<string>();
    for (const file of sourceFiles(root)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\((?:locale, )?'((?:ui|directory|errors)\.[\w.]+)'/g)) {
        used.add(match[1] ?? '');
      }
    }
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter((key) => !hasMessage('vi', key) || !hasMessage('en', key));
    expect(missing).toEqual([]);
  });
});

describe('fieldErrorMessage', () => {
  it('finds generic, directory and API codes', () => {
    expect(fieldErrorMessage('vi', 'required')).toBe('Vui lòng nhập thông tin này');
    expect(fieldErrorMessage('vi', 'orcid_invalid')).toBe('Mã ORCID không hợp lệ (sai định dạng hoặc sai số kiểm tra)');
    expect(fieldErrorMessage('en', 'email_taken')).toBe('This email address is already registered');
  });

  it('falls back to a generic sentence for an unknown code', () => {
    expect(fieldErrorMessage('en', 'something_new')).toBe('This value is not valid');
  });
});

describe('errorTitle', () => {
  it('prefers the interface catalog, then the server title, then the error catalog', () => {
    expect(errorTitle('vi', 'network_error')).toMatch(/Không kết nối được/);
    expect(errorTitle('en', 'invalid_credentials', 'Sai mật khẩu')).toBe('Sai mật khẩu');
    expect(errorTitle('en', 'not_found')).toBe('Not found');
    expect(errorTitle('en', 'no_such_code')).toBe('Something went wrong on our side; please try again later');
  });
});
