import type { LibraryRecordType } from '../../contracts/library.ts';
import type { Catalog, MessageTree } from '../translate.ts';

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
};

export const libraryExchangeMessages: Catalog = { vi: { libraryExchange: vi }, en: { libraryExchange: en } };
