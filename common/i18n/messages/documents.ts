import type { Catalog } from '../translate.ts';

// Messages of spreadsheet imports and exports: per-cell errors, header problems, progress lines.
export const documentsMessages: Catalog = {
  vi: {
    documents: {
      cell: {
        required: 'Ô này không được để trống',
        invalid_text: 'Giá trị phải là văn bản',
        invalid_number: 'Giá trị phải là số',
        invalid_integer: 'Giá trị phải là số nguyên',
        invalid_date: 'Giá trị phải là ngày hợp lệ (dd/mm/yyyy)',
        invalid_boolean: 'Giá trị phải là Có hoặc Không',
        invalid_choice: 'Giá trị phải là một trong: {values}',
        invalid_format: 'Giá trị không đúng định dạng',
        invalid_value: 'Giá trị không hợp lệ',
        too_short: 'Cần ít nhất {min} ký tự',
        too_long: 'Không được quá {max} ký tự',
        too_small: 'Giá trị phải từ {min} trở lên',
        too_large: 'Giá trị không được lớn hơn {max}',
        invalid_unicode: 'Văn bản chứa ký tự không hợp lệ',
        control_characters: 'Văn bản chứa ký tự điều khiển',
        single_line_expected: 'Văn bản không được xuống dòng',
        cell_error: 'Ô chứa lỗi công thức ({error})',
      },
      columns: {
        missing: 'Thiếu cột “{column}”',
        unknown: 'Cột “{column}” không có trong mẫu nhập liệu',
        duplicate: 'Cột “{column}” xuất hiện nhiều lần',
        no_header: 'Không tìm thấy dòng tiêu đề',
      },
      sheet: {
        example: 'Ví dụ: {example}',
      },
      import: {
        validating: 'Đang kiểm tra dữ liệu: {done} dòng',
        applying: 'Đang ghi dữ liệu: {done}/{total} dòng',
        more_errors: 'Còn {count} lỗi khác không được liệt kê',
      },
    },
  },
  en: {
    documents: {
      cell: {
        required: 'This cell must not be empty',
        invalid_text: 'The value must be text',
        invalid_number: 'The value must be a number',
        invalid_integer: 'The value must be a whole number',
        invalid_date: 'The value must be a valid date (dd/mm/yyyy)',
        invalid_boolean: 'The value must be Yes or No',
        invalid_choice: 'The value must be one of: {values}',
        invalid_format: 'The value is not in the expected format',
        invalid_value: 'The value is not valid',
        too_short: 'At least {min} characters are needed',
        too_long: 'At most {max} characters are allowed',
        too_small: 'The value must be at least {min}',
        too_large: 'The value must be at most {max}',
        invalid_unicode: 'The text contains invalid characters',
        control_characters: 'The text contains control characters',
        single_line_expected: 'The text must fit on one line',
        cell_error: 'The cell holds a formula error ({error})',
      },
      columns: {
        missing: 'Column “{column}” is missing',
        unknown: 'Column “{column}” is not part of the import template',
        duplicate: 'Column “{column}” appears more than once',
        no_header: 'No header row was found',
      },
      sheet: {
        example: 'Example: {example}',
      },
      import: {
        validating: 'Checking data: {done} rows',
        applying: 'Writing data: {done}/{total} rows',
        more_errors: '{count} more errors are not listed',
      },
    },
  },
};
