import { describe, expect, it } from 'vitest';
import { t } from '../../../common/i18n/index.ts';
import { documentsMessages } from '../../../common/i18n/messages/documents.ts';
import type { MessageTree } from '../../../common/i18n/translate.ts';
import { CELL_ERROR_CODES } from './excel/cells.ts';

function keys(tree: MessageTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

describe('documents messages', () => {
  it('has the same keys in Vietnamese and English', () => {
    expect(keys(documentsMessages.en).sort()).toEqual(keys(documentsMessages.vi).sort());
  });

  it('has a message for every cell error code in both languages', () => {
    for (const code of CELL_ERROR_CODES) {
      for (const locale of ['vi', 'en'] as const) {
        expect(t(locale, `documents.cell.${code}`), `${locale} ${code}`).not.toBe(`documents.cell.${code}`);
      }
    }
    expect(t('vi', 'documents.cell.too_long', { max: 200 })).toBe('Không được quá 200 ký tự');
  });

  it('titles the new refusal codes in both languages', () => {
    expect(t('vi', 'errors.import_too_many_rows', { max: 100 })).toBe('Tệp có quá 100 dòng dữ liệu, vui lòng chia thành nhiều tệp');
    expect(t('en', 'errors.import_columns_mismatch')).toBe('The columns of the file do not match the import template');
  });
});
