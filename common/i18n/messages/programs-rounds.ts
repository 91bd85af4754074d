import type { ProgressStatus } from '../../contracts/programs-plans.ts';
import type { ReportEvent, ReportStatus, RoundKind } from '../../contracts/programs.ts';
import type { Catalog, MessageTree } from '../translate.ts';

/** Field error codes of plans and rounds; every one has a message here in both languages. */
export type RoundsFieldCode =
  | 'organisation_unknown'
  | 'action_unknown'
  | 'parent_unknown'
  | 'parent_cycle'
  | 'person_unknown'
  | 'indicator_unknown'
  | 'indicator_not_reported'
  | 'indicator_province_level'
  | 'unit_mismatch'
  | 'period_mismatch'
  | 'period_invalid_for_kind'
  | 'completed_in_future'
  | 'file_unknown'
  | 'file_type_rejected'
  | 'file_too_large'
  | 'duplicate_in_file'
  | 'report_unknown'
  | 'value_locked'
  | 'plan_exists'
  | 'round_exists'
  | 'item_unknown'
  | 'code_taken';

interface RoundsMessages extends MessageTree {
  fieldErrors: Record<RoundsFieldCode, string>;
  roundKinds: Record<RoundKind, string>;
  reportStatuses: Record<ReportStatus, string>;
  reportEvents: Record<ReportEvent, string>;
  progressStatuses: Record<ProgressStatus, string>;
  /** Default round titles; `{period}` as the user typed it, `{year}` and `{half}` taken from it. */
  roundTitles: Record<RoundKind, string>;
  jobs: {
    validating: string;
    imported: string;
    dryRun: string;
    rejected: string;
    exportReading: string;
    exportWriting: string;
    remindersDone: string;
  };
  columns: {
    organisationId: string;
    organisationName: string;
    indicatorCode: string;
    indicatorName: string;
    period: string;
    value: string;
    unit: string;
    sourceNote: string;
    status: string;
    planCode: string;
    itemCode: string;
    parentCode: string;
    actionRef: string;
    title: string;
    ownerName: string;
    weight: string;
    deadline: string;
  };
}

const vi: RoundsMessages = {
  fieldErrors: {
    organisation_unknown: 'Không tìm thấy đơn vị',
    action_unknown: 'Nhiệm vụ không thuộc chương trình này',
    parent_unknown: 'Mục cha không thuộc kế hoạch này',
    parent_cycle: 'Không thể chuyển một mục vào chính nó hoặc vào mục con của nó',
    person_unknown: 'Không tìm thấy cá nhân phụ trách',
    indicator_unknown: 'Chỉ tiêu không có trong chương trình',
    indicator_not_reported: 'Chỉ tiêu này được hệ thống tự tính, đơn vị không báo cáo',
    indicator_province_level: 'Chỉ tiêu này là số liệu chung của toàn tỉnh, do cơ quan thường trực của chương trình cập nhật; đơn vị không báo cáo chỉ tiêu này',
    unit_mismatch: 'Đơn vị tính không khớp với đơn vị tính của chỉ tiêu ({unit})',
    period_mismatch: 'Kỳ số liệu không khớp với kỳ báo cáo ({period})',
    period_invalid_for_kind: 'Kỳ báo cáo không đúng với loại đợt báo cáo (ví dụ: 2024-H1 cho báo cáo 6 tháng, 2024 cho báo cáo năm, sơ kết, tổng kết)',
    completed_in_future: 'Ngày hoàn thành không được sau ngày hôm nay',
    file_unknown: 'Không tìm thấy tệp minh chứng do Ông/Bà tải lên',
    file_type_rejected: 'Tệp minh chứng phải là PDF, Word, Excel hoặc ảnh PNG, JPEG',
    file_too_large: 'Tệp minh chứng vượt quá dung lượng cho phép ({max})',
    duplicate_in_file: 'Trùng với dòng {row} trong cùng tệp',
    report_unknown: 'Đơn vị không có báo cáo trong đợt này hoặc nằm ngoài phạm vi được phân quyền',
    value_locked: 'Số liệu đã được phê duyệt và khóa',
    plan_exists: 'Đơn vị đã có kế hoạch thực hiện chương trình này',
    round_exists: 'Đợt báo cáo cùng loại cho kỳ này đã được mở',
    item_unknown: 'Không tìm thấy mục trong kế hoạch',
    code_taken: 'Mã mục đã được sử dụng trong kế hoạch này',
  },
  roundKinds: {
    half_year: 'Báo cáo 6 tháng',
    annual: 'Báo cáo năm',
    mid_term: 'Sơ kết',
    final: 'Tổng kết',
  },
  reportStatuses: {
    not_started: 'Chưa thực hiện',
    draft: 'Đang soạn',
    submitted: 'Đã gửi',
    returned: 'Trả lại để hoàn thiện',
    approved: 'Đã phê duyệt',
  },
  reportEvents: {
    saved: 'Cập nhật báo cáo',
    submitted: 'Gửi báo cáo',
    returned: 'Trả lại báo cáo',
    approved: 'Phê duyệt báo cáo',
    restated: 'Đính chính số liệu',
    reminded: 'Nhắc hạn báo cáo',
  },
  progressStatuses: {
    not_started: 'Chưa triển khai',
    in_progress: 'Đang thực hiện',
    late: 'Chậm tiến độ',
    done: 'Hoàn thành',
  },
  roundTitles: {
    half_year: 'Báo cáo kết quả thực hiện 6 tháng {half} năm {year}',
    annual: 'Báo cáo kết quả thực hiện năm {year}',
    mid_term: 'Báo cáo sơ kết thực hiện chương trình (đến năm {year})',
    final: 'Báo cáo tổng kết thực hiện chương trình (đến năm {year})',
  },
  jobs: {
    validating: 'Đang kiểm tra dữ liệu',
    imported: 'Đã nhập dữ liệu',
    dryRun: 'Đã kiểm tra xong, chưa ghi dữ liệu (chạy thử)',
    rejected: 'Tệp có lỗi, chưa dữ liệu nào được ghi',
    exportReading: 'Đang đọc dữ liệu',
    exportWriting: 'Đang ghi tệp',
    remindersDone: 'Đã gửi nhắc hạn tới {reports} đơn vị',
  },
  columns: {
    organisationId: 'Mã đơn vị',
    organisationName: 'Tên đơn vị',
    indicatorCode: 'Mã chỉ tiêu',
    indicatorName: 'Tên chỉ tiêu',
    period: 'Kỳ số liệu',
    value: 'Giá trị',
    unit: 'Đơn vị tính',
    sourceNote: 'Nguồn số liệu',
    status: 'Trạng thái',
    planCode: 'Mã kế hoạch',
    itemCode: 'Mã mục',
    parentCode: 'Mã mục cha',
    actionRef: 'Số hiệu nhiệm vụ',
    title: 'Nội dung',
    ownerName: 'Người/bộ phận phụ trách',
    weight: 'Trọng số',
    deadline: 'Thời hạn',
  },
};

const en: RoundsMessages = {
  fieldErrors: {
    organisation_unknown: 'Unit not found',
    action_unknown: 'The action does not belong to this program',
    parent_unknown: 'The parent item is not in this plan',
    parent_cycle: 'An item cannot be moved under itself or one of its sub-items',
    person_unknown: 'The responsible person was not found',
    indicator_unknown: 'The indicator is not one of the program’s',
    indicator_not_reported: 'This indicator is computed by the system; units do not report it',
    indicator_province_level: 'This indicator is a province-wide figure that the program’s standing body enters; units do not report it',
    unit_mismatch: 'The unit does not match the indicator’s unit ({unit})',
    period_mismatch: 'The period does not match the round’s period ({period})',
    period_invalid_for_kind: 'The period does not fit the kind of round (e.g. 2024-H1 for a half-year round, 2024 for annual, mid-term and final rounds)',
    completed_in_future: 'The completion date cannot be after today',
    file_unknown: 'No evidence file uploaded by you was found',
    file_type_rejected: 'Evidence must be a PDF, Word or Excel file, or a PNG or JPEG image',
    file_too_large: 'The evidence file is larger than allowed ({max})',
    duplicate_in_file: 'Same as row {row} of this file',
    report_unknown: 'The unit has no report in this round, or it is outside your scope',
    value_locked: 'The value is approved and locked',
    plan_exists: 'The unit already has a plan for this program',
    round_exists: 'A round of this kind is already open for this period',
    item_unknown: 'Plan item not found',
    code_taken: 'This item code is already used in the plan',
  },
  roundKinds: {
    half_year: 'Half-year report',
    annual: 'Annual report',
    mid_term: 'Mid-term review',
    final: 'Final review',
  },
  reportStatuses: {
    not_started: 'Not started',
    draft: 'Draft',
    submitted: 'Submitted',
    returned: 'Returned for changes',
    approved: 'Approved',
  },
  reportEvents: {
    saved: 'Report updated',
    submitted: 'Report submitted',
    returned: 'Report returned',
    approved: 'Report approved',
    restated: 'Value restated',
    reminded: 'Reminder sent',
  },
  progressStatuses: {
    not_started: 'Not started',
    in_progress: 'In progress',
    late: 'Late',
    done: 'Done',
  },
  roundTitles: {
    half_year: 'Report on implementation, half {half} of {year}',
    annual: 'Report on implementation in {year}',
    mid_term: 'Mid-term review of the program (up to {year})',
    final: 'Final review of the program (up to {year})',
  },
  jobs: {
    validating: 'Checking the data',
    imported: 'Data imported',
    dryRun: 'Checked; nothing written (dry run)',
    rejected: 'The file has errors; nothing was written',
    exportReading: 'Reading the data',
    exportWriting: 'Writing the file',
    remindersDone: 'Reminders sent to {reports} units',
  },
  columns: {
    organisationId: 'Unit ID',
    organisationName: 'Unit name',
    indicatorCode: 'Indicator code',
    indicatorName: 'Indicator name',
    period: 'Period',
    value: 'Value',
    unit: 'Unit of measure',
    sourceNote: 'Source',
    status: 'Status',
    planCode: 'Plan ID',
    itemCode: 'Item code',
    parentCode: 'Parent item code',
    actionRef: 'Action number',
    title: 'Description',
    ownerName: 'Responsible',
    weight: 'Weight',
    deadline: 'Deadline',
  },
};

export const programsRoundsMessages: Catalog = { vi: { programsRounds: vi }, en: { programsRounds: en } };
