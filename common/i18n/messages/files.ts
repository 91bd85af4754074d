import type { FileVisibility, UploadPurpose } from '../../contracts/files.ts';
import type { Catalog, MessageTree } from '../translate.ts';

interface FilesMessages extends MessageTree {
  purposes: Record<UploadPurpose, string>;
  purposeHints: Record<UploadPurpose, string>;
  visibilities: Record<FileVisibility, string>;
  download: string;
  upload: string;
  maxSize: string;
}

const vi: FilesMessages = {
  purposes: {
    attachment: 'Tài liệu đính kèm',
    image: 'Hình ảnh',
    import: 'Tệp nhập liệu',
  },
  purposeHints: {
    attachment: 'Chấp nhận tệp PDF, Word (.doc, .docx), Excel (.xls, .xlsx), PowerPoint (.pptx), văn bản (.txt, .csv) và ảnh PNG, JPEG',
    image: 'Chấp nhận ảnh PNG hoặc JPEG',
    import: 'Chấp nhận tệp CSV (mã hóa UTF-8) hoặc Excel (.xlsx)',
  },
  visibilities: {
    public: 'Công khai',
    authenticated: 'Người dùng đã đăng nhập',
    owner: 'Chỉ người tải lên',
  },
  download: 'Tải xuống',
  upload: 'Tải tệp lên',
  maxSize: 'Dung lượng tối đa {size}',
};

const en: FilesMessages = {
  purposes: {
    attachment: 'Attachment',
    image: 'Image',
    import: 'Import file',
  },
  purposeHints: {
    attachment: 'PDF, Word (.doc, .docx), Excel (.xls, .xlsx), PowerPoint (.pptx), text (.txt, .csv) and PNG or JPEG images are accepted',
    image: 'PNG or JPEG images are accepted',
    import: 'CSV (UTF-8) or Excel (.xlsx) files are accepted',
  },
  visibilities: {
    public: 'Public',
    authenticated: 'Signed-in users',
    owner: 'Uploader only',
  },
  download: 'Download',
  upload: 'Upload a file',
  maxSize: 'Up to {size}',
};

export const filesMessages: Catalog = { vi: { files: vi }, en: { files: en } };
