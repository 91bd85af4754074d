import type { LibraryRecordType } from '../../contracts/library.ts';
import type { Catalog, MessageTree } from '../translate.ts';

/** Columns of the library's import and export files, the same for CSV and Excel. */
export const TRANSFER_COLUMNS = [
  'externalId',
  'type',
  'title',
  'titleEn',
  'abstract',
  'keywords',
  'language',
  'licence',
  'issuedYear',
  'issuedDate',
  'publisher',
  'fieldCodes',
  'programArea',
  'taskCode',
  'doi',
  'isbn',
  'patentNo',
  'resultNo',
  'accessLevel',
  'embargoUntil',
  'organisationId',
  'jurisdictionCode',
  'contributors',
  'details',
] as const;

/** Texts of the library's public faces: OAI-PMH, the portal's server-rendered pages, bulk transfer. */
interface LibraryExchangeMessages extends MessageTree {
  repositoryName: string;
  sets: { type: string; field: string; program: string };
  types: Record<LibraryRecordType, string>;
  portal: {
    withdrawnTitle: string;
    withdrawnBody: string;
    withdrawnReason: string;
    withdrawnAt: string;
    feedTitle: string;
    feedSubtitle: string;
  };
  columns: Record<(typeof TRANSFER_COLUMNS)[number], string>;
  transfer: {
    reading: string;
    writing: string;
    done: string;
    dryRun: string;
    rejected: string;
    tooManyRows: string;
    csvSyntax: string;
    duplicateInFile: string;
    notJson: string;
    xmlMalformed: string;
  };
}

const vi: LibraryExchangeMessages = {
  repositoryName: 'Thư viện điện tử khoa học và công nghệ',
  sets: {
    type: 'Loại tài liệu',
    field: 'Lĩnh vực khoa học và công nghệ',
    program: 'Chương trình khoa học và công nghệ',
  },
  types: {
    task_result: 'Kết quả thực hiện nhiệm vụ khoa học và công nghệ',
    article: 'Bài báo khoa học',
    book: 'Sách, chuyên khảo',
    thesis: 'Luận văn, luận án',
    patent: 'Sáng chế, giải pháp hữu ích',
    industrial_design: 'Kiểu dáng công nghiệp',
    plant_variety: 'Giống cây trồng',
    standard: 'Tiêu chuẩn, quy chuẩn kỹ thuật',
    dataset: 'Bộ dữ liệu',
    software: 'Phần mềm',
    technology: 'Quy trình, mô tả công nghệ',
  },
  portal: {
    withdrawnTitle: 'Tài liệu đã bị thu hồi',
    withdrawnBody: 'Tài liệu “{title}” đã được thu hồi khỏi Thư viện điện tử khoa học và công nghệ và không còn được phổ biến.',
    withdrawnReason: 'Lý do thu hồi: {reason}',
    withdrawnAt: 'Ngày thu hồi: {date}',
    feedTitle: 'Tài liệu mới - Thư viện điện tử khoa học và công nghệ',
    feedSubtitle: 'Các tài liệu khoa học và công nghệ mới được công bố',
  },
  columns: {
    externalId: 'Mã định danh ngoài',
    type: 'Loại tài liệu',
    title: 'Nhan đề',
    titleEn: 'Nhan đề tiếng Anh',
    abstract: 'Tóm tắt',
    keywords: 'Từ khóa',
    language: 'Ngôn ngữ',
    licence: 'Giấy phép',
    issuedYear: 'Năm công bố',
    issuedDate: 'Ngày công bố',
    publisher: 'Nhà xuất bản, đơn vị công bố',
    fieldCodes: 'Mã lĩnh vực',
    programArea: 'Nhóm lĩnh vực chương trình',
    taskCode: 'Mã số nhiệm vụ',
    doi: 'DOI',
    isbn: 'ISBN',
    patentNo: 'Số bằng sáng chế',
    resultNo: 'Số đăng ký kết quả',
    accessLevel: 'Mức độ truy cập',
    embargoUntil: 'Hạn chế phổ biến đến ngày',
    organisationId: 'Mã tổ chức chủ trì',
    jurisdictionCode: 'Mã địa bàn',
    contributors: 'Tác giả',
    details: 'Thông tin riêng theo loại (JSON)',
  },
  transfer: {
    reading: 'Đang đọc dữ liệu thư viện',
    writing: 'Đang ghi tệp kết xuất',
    done: 'Đã hoàn thành',
    dryRun: 'Đã kiểm tra xong, chưa ghi dữ liệu (chạy thử)',
    rejected: 'Tệp có lỗi, không có bản ghi nào được nhập',
    tooManyRows: 'Tệp có quá {max} dòng dữ liệu; đề nghị chia nhỏ tệp trước khi nhập',
    csvSyntax: 'Tệp CSV không đúng định dạng: trường dữ liệu mở ngoặc kép ở dòng {line} không được đóng',
    duplicateInFile: 'Mã định danh ngoài trùng với dòng {row}',
    notJson: 'Giá trị không phải là JSON hợp lệ',
    xmlMalformed: 'Tệp XML không đúng định dạng, không đọc được các bản ghi Dublin Core',
  },
};

const en: LibraryExchangeMessages = {
  repositoryName: 'Electronic S&T Library',
  sets: {
    type: 'Type of work',
    field: 'S&T field',
    program: 'S&T program',
  },
  types: {
    task_result: 'S&T task result',
    article: 'Journal article',
    book: 'Book or monograph',
    thesis: 'Thesis or dissertation',
    patent: 'Patent or utility solution',
    industrial_design: 'Industrial design',
    plant_variety: 'Plant variety',
    standard: 'Standard or technical regulation',
    dataset: 'Dataset',
    software: 'Software',
    technology: 'Technology or process description',
  },
  portal: {
    withdrawnTitle: 'This record has been withdrawn',
    withdrawnBody: 'The record “{title}” has been withdrawn from the Electronic S&T Library and is no longer disseminated.',
    withdrawnReason: 'Reason: {reason}',
    withdrawnAt: 'Withdrawn on {date}',
    feedTitle: 'New records - Electronic S&T Library',
    feedSubtitle: 'S&T works recently published in the library',
  },
  columns: {
    externalId: 'External identifier',
    type: 'Type',
    title: 'Title',
    titleEn: 'English title',
    abstract: 'Abstract',
    keywords: 'Keywords',
    language: 'Language',
    licence: 'Licence',
    issuedYear: 'Year issued',
    issuedDate: 'Date issued',
    publisher: 'Publisher',
    fieldCodes: 'Field codes',
    programArea: 'Program area',
    taskCode: 'Task code',
    doi: 'DOI code',
    isbn: 'ISBN code',
    patentNo: 'Patent number',
    resultNo: 'Result registration number',
    accessLevel: 'Access level',
    embargoUntil: 'Embargo until',
    organisationId: 'Organisation ID',
    jurisdictionCode: 'Jurisdiction code',
    contributors: 'Authors',
    details: 'Type-specific details (JSON)',
  },
  transfer: {
    reading: 'Reading library records',
    writing: 'Writing the export file',
    done: 'Done',
    dryRun: 'Checked; nothing written (dry run)',
    rejected: 'The file has errors; no record was imported',
    tooManyRows: 'The file has more than {max} data rows; split it before importing',
    csvSyntax: 'The CSV file is malformed: the quoted field opened on line {line} is never closed',
    duplicateInFile: 'Same external identifier as row {row}',
    notJson: 'Not valid JSON',
    xmlMalformed: 'The XML file is malformed; its Dublin Core records cannot be read',
  },
};

export const libraryExchangeMessages: Catalog = { vi: { libraryExchange: vi }, en: { libraryExchange: en } };
