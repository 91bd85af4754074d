import type {
  IndicatorAggregation,
  IndicatorMethod,
  PeriodType,
  ProgramStatus,
  SupportKind,
  TargetApplies,
  TargetDirection,
} from '../../contracts/programs.ts';
import type { Catalog, MessageTree } from '../translate.ts';

interface ProgramsMessages extends MessageTree {
  statuses: Record<ProgramStatus, string>;
  periodTypes: Record<PeriodType, string>;
  methods: Record<IndicatorMethod, string>;
  aggregations: Record<IndicatorAggregation, string>;
  directions: Record<TargetDirection, string>;
  applies: Record<TargetApplies, string>;
  supportKinds: Record<SupportKind, string>;
  fieldErrors: Record<string, string>;
  jobs: Record<string, string>;
}

const vi: ProgramsMessages = {
  statuses: { draft: 'Dự thảo', active: 'Đang triển khai', closed: 'Đã kết thúc' },
  periodTypes: { year: 'Năm', half_year: '6 tháng', quarter: 'Quý' },
  methods: { computed: 'Tính từ dữ liệu hệ thống', ratio: 'Tỷ lệ giữa hai chỉ tiêu', reported: 'Đơn vị báo cáo' },
  aggregations: { sum: 'Cộng các đơn vị', mean: 'Bình quân các đơn vị', max: 'Giá trị lớn nhất', province_only: 'Chỉ số liệu cấp tỉnh' },
  directions: { at_least: 'Đạt tối thiểu', at_most: 'Không vượt quá', range: 'Trong khoảng' },
  applies: { by_deadline: 'Đến thời hạn', every_period: 'Hằng kỳ' },
  supportKinds: {
    research: 'Hỗ trợ nghiên cứu',
    application: 'Hỗ trợ ứng dụng kết quả khoa học và công nghệ',
    technology_renewal: 'Hỗ trợ đổi mới công nghệ, thiết bị',
    intellectual_property: 'Hỗ trợ sở hữu trí tuệ',
    training: 'Hỗ trợ đào tạo, tập huấn',
    other: 'Hỗ trợ khác',
  },
  fieldErrors: {
    code_invalid: 'Mã chỉ gồm chữ, số và các ký tự . _ / -',
    ref_invalid: 'Số hiệu mục chỉ gồm chữ, số và các ký tự . _ -',
    date_invalid: 'Ngày không hợp lệ (định dạng NNNN-TT-NN)',
    end_before_start: 'Thời điểm kết thúc phải sau thời điểm bắt đầu',
    national_code_invalid: 'Mã chỉ tiêu thống kê quốc gia gồm 4 chữ số',
    target_bound_missing: 'Chưa nhập giá trị mục tiêu theo chiều đánh giá đã chọn',
    target_range_inverted: 'Giá trị tối đa phải lớn hơn hoặc bằng giá trị tối thiểu',
    jurisdiction_unknown: 'Không tìm thấy đơn vị hành chính',
    organisation_unknown: 'Không tìm thấy tổ chức',
    organisation_ambiguous: 'Có nhiều tổ chức trùng tên, vui lòng dùng mã định danh của tổ chức',
    section_unknown: 'Không tìm thấy mục trong chương trình',
    indicator_unknown: 'Không tìm thấy chỉ tiêu',
    program_unknown: 'Không tìm thấy chương trình',
    duplicate_ref: 'Số hiệu bị trùng trong cùng chương trình',
    duplicate_code: 'Mã bị trùng',
    program_code_taken: 'Mã chương trình đã tồn tại',
    section_cycle: 'Cây mục có vòng lặp: mục là cha của chính nó hoặc của mục cấp trên',
    ratio_inputs_required: 'Chỉ tiêu dạng tỷ lệ cần chỉ tiêu tử số và chỉ tiêu mẫu số',
    ratio_inputs_forbidden: 'Chỉ chỉ tiêu dạng tỷ lệ mới có tử số, mẫu số và hệ số nhân',
    ratio_cycle: 'Tỷ lệ tạo thành vòng lặp: chỉ tiêu phụ thuộc vào chính nó',
    computation_required: 'Chỉ tiêu tính từ dữ liệu cần chọn phép tính đã đăng ký',
    computation_unknown: 'Phép tính chưa được phân hệ nào đăng ký',
    computation_forbidden: 'Chỉ chỉ tiêu tính từ dữ liệu mới có phép tính',
    year_outside_program: 'Năm nằm ngoài thời gian thực hiện chương trình',
  },
  jobs: {
    materialise: 'Đang tính lại giá trị các chỉ tiêu của chương trình',
    materialised: 'Đã tính xong: {created} giá trị mới, {updated} giá trị được cập nhật',
  },
};

const en: ProgramsMessages = {
  statuses: { draft: 'Draft', active: 'Under way', closed: 'Closed' },
  periodTypes: { year: 'Year', half_year: 'Half year', quarter: 'Quarter' },
  methods: { computed: 'Computed from records', ratio: 'Ratio of two indicators', reported: 'Reported by units' },
  aggregations: { sum: 'Sum of units', mean: 'Mean of units', max: 'Largest value', province_only: 'Province figure only' },
  directions: { at_least: 'At least', at_most: 'At most', range: 'Within range' },
  applies: { by_deadline: 'By the deadline', every_period: 'Every period' },
  supportKinds: {
    research: 'Research support',
    application: 'Support for applying S&T results',
    technology_renewal: 'Technology and equipment renewal',
    intellectual_property: 'Intellectual property support',
    training: 'Training',
    other: 'Other support',
  },
  fieldErrors: {
    code_invalid: 'A code holds letters, digits and . _ / - only',
    ref_invalid: 'A section reference holds letters, digits and . _ - only',
    date_invalid: 'Not a valid date (YYYY-MM-DD)',
    end_before_start: 'The end must come after the start',
    national_code_invalid: 'A national statistics code has 4 digits',
    target_bound_missing: 'The target value this direction needs is missing',
    target_range_inverted: 'The maximum must be at least the minimum',
    jurisdiction_unknown: 'Unknown jurisdiction',
    organisation_unknown: 'Unknown organisation',
    organisation_ambiguous: 'Several organisations have this name; use the organisation id',
    section_unknown: 'No such section in the program',
    indicator_unknown: 'Unknown indicator',
    program_unknown: 'Unknown program',
    duplicate_ref: 'This reference is used twice in the program',
    duplicate_code: 'This code is used twice',
    program_code_taken: 'A program with this code already exists',
    section_cycle: 'The section tree has a cycle: a section is its own ancestor',
    ratio_inputs_required: 'A ratio needs a numerator and a denominator indicator',
    ratio_inputs_forbidden: 'Only a ratio has a numerator, a denominator and a multiplier',
    ratio_cycle: 'The ratio depends on itself',
    computation_required: 'A computed indicator needs a registered computation',
    computation_unknown: 'No module registered this computation',
    computation_forbidden: 'Only a computed indicator names a computation',
    year_outside_program: 'The year is outside the program period',
  },
  jobs: {
    materialise: "Recomputing the program's indicator values",
    materialised: 'Done: {created} new values, {updated} updated',
  },
};

export const programsMessages: Catalog = { vi: { programs: vi }, en: { programs: en } };
