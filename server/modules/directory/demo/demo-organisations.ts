import type { OrganisationKind } from '../../../../common/contracts/directory.ts';

/** What kind of staff an organisation employs, which decides degrees, titles and positions. */
export type StaffProfile = 'academic' | 'research' | 'administration' | 'business' | 'association';

export interface DemoOrganisation {
  key: string;
  kind: OrganisationKind;
  nameVi: string;
  nameEn?: string;
  abbreviation?: string;
  parent?: string;
  /** Commune code of the address; commune committees also belong to that commune. */
  commune: string;
  website?: string;
  /** How many demo people work there now. */
  staff: number;
  profile: StaffProfile;
  /** S&T field codes its researchers work in. */
  fields: string[];
  /** Title of the head, for the leadership relation. */
  head?: string;
  deputy?: string;
}

const TN = 'tỉnh Thái Nguyên';

const department = (key: string, name: string, abbreviation: string, staff: number, fields: string[]): DemoOrganisation => ({
  key,
  kind: 'department',
  nameVi: `${name} ${TN}`,
  abbreviation,
  parent: 'ubnd',
  commune: '05443',
  staff,
  profile: 'administration',
  fields,
  head: 'Giám đốc Sở',
  deputy: 'Phó Giám đốc Sở',
});

const memberUniversity = (key: string, name: string, nameEn: string, abbreviation: string, staff: number, fields: string[]): DemoOrganisation => ({
  key,
  kind: 'university',
  nameVi: `Trường Đại học ${name} - Đại học Thái Nguyên`,
  nameEn,
  abbreviation,
  parent: 'dhtn',
  commune: '05455',
  staff,
  profile: 'academic',
  fields,
  head: 'Hiệu trưởng',
  deputy: 'Phó Hiệu trưởng',
});

const communeCommittee = (code: string, unit: 'phường' | 'xã', name: string): DemoOrganisation => ({
  key: `ubnd-${code}`,
  kind: 'commune_committee',
  nameVi: `Ủy ban nhân dân ${unit} ${name}`,
  commune: code,
  staff: 1,
  profile: 'administration',
  fields: ['502'],
  head: 'Chủ tịch Ủy ban nhân dân',
});

/**
 * The demo province's bodies after the 2025 reorganisation (departments under Decree 150/2025),
 * Thái Nguyên University and its member universities, and invented institutes, service providers
 * and enterprises. Parents come before their children.
 */
export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  { key: 'tu', kind: 'party_agency', nameVi: 'Tỉnh ủy Thái Nguyên', nameEn: 'Thai Nguyen Provincial Party Committee', abbreviation: 'TU', commune: '05443', staff: 2, profile: 'administration', fields: ['506'] },
  {
    key: 'ubnd',
    kind: 'state_agency',
    nameVi: `Ủy ban nhân dân ${TN}`,
    nameEn: "Thai Nguyen Provincial People's Committee",
    abbreviation: 'UBND tỉnh',
    commune: '05443',
    staff: 2,
    profile: 'administration',
    fields: ['502'],
    head: 'Chủ tịch Ủy ban nhân dân tỉnh',
    deputy: 'Phó Chủ tịch Ủy ban nhân dân tỉnh',
  },
  { ...department('vp-ubnd', 'Văn phòng Ủy ban nhân dân', 'VP UBND', 2, ['505']), kind: 'state_agency', head: 'Chánh Văn phòng', deputy: 'Phó Chánh Văn phòng' },
  department('skhcn', 'Sở Khoa học và Công nghệ', 'SKHCN', 10, ['102', '202', '502']),
  department('stc', 'Sở Tài chính', 'STC', 3, ['502']),
  department('snv', 'Sở Nội vụ', 'SNV', 2, ['505']),
  department('stp', 'Sở Tư pháp', 'STP', 1, ['505']),
  department('snnmt', 'Sở Nông nghiệp và Môi trường', 'SNNMT', 5, ['401', '404', '207']),
  department('sct', 'Sở Công Thương', 'SCT', 3, ['502', '203']),
  department('sxd', 'Sở Xây dựng', 'SXD', 2, ['201']),
  department('svhttdl', 'Sở Văn hóa, Thể thao và Du lịch', 'SVHTTDL', 1, ['601', '604']),
  department('sgddt', 'Sở Giáo dục và Đào tạo', 'SGDĐT', 2, ['503']),
  department('syt', 'Sở Y tế', 'SYT', 3, ['302', '303']),
  department('sdttg', 'Sở Dân tộc và Tôn giáo', 'SDTTG', 1, ['504']),
  { ...department('thanhtra', 'Thanh tra', 'TTr', 1, ['505']), nameVi: `Thanh tra ${TN}`, head: 'Chánh Thanh tra', deputy: 'Phó Chánh Thanh tra' },
  {
    key: 'bqlkcn',
    kind: 'state_agency',
    nameVi: `Ban Quản lý các khu công nghiệp ${TN}`,
    abbreviation: 'BQL KCN',
    parent: 'ubnd',
    commune: '05860',
    staff: 2,
    profile: 'administration',
    fields: ['502'],
    head: 'Trưởng ban',
  },
  {
    key: 'ttud',
    kind: 'st_service_provider',
    nameVi: 'Trung tâm Ứng dụng và Chuyển giao công nghệ Thái Nguyên',
    abbreviation: 'TTUD',
    parent: 'skhcn',
    commune: '05443',
    staff: 6,
    profile: 'research',
    fields: ['406', '209', '211'],
    head: 'Giám đốc Trung tâm',
  },
  {
    key: 'tdc',
    kind: 'st_service_provider',
    nameVi: 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Thái Nguyên',
    parent: 'skhcn',
    commune: '05443',
    staff: 4,
    profile: 'research',
    fields: ['203', '299'],
    head: 'Giám đốc Trung tâm',
  },
  communeCommittee('05443', 'phường', 'Phan Đình Phùng'),
  communeCommittee('05455', 'phường', 'Quyết Thắng'),
  communeCommittee('05503', 'xã', 'Tân Cương'),
  communeCommittee('05860', 'phường', 'Phổ Yên'),
  communeCommittee('05830', 'xã', 'Đại Từ'),
  communeCommittee('05569', 'xã', 'Định Hóa'),
  communeCommittee('01843', 'phường', 'Bắc Kạn'),
  {
    key: 'dhtn',
    kind: 'university',
    nameVi: 'Đại học Thái Nguyên',
    nameEn: 'Thai Nguyen University',
    abbreviation: 'ĐHTN',
    commune: '05455',
    website: 'https://tnu.edu.vn',
    staff: 4,
    profile: 'academic',
    fields: ['502', '503'],
    head: 'Giám đốc Đại học',
    deputy: 'Phó Giám đốc Đại học',
  },
  memberUniversity('tuaf', 'Nông Lâm', 'University of Agriculture and Forestry', 'TUAF', 16, ['401', '402', '403', '404', '406', '207']),
  memberUniversity('tump', 'Y - Dược', 'University of Medicine and Pharmacy', 'TUMP', 14, ['301', '302', '303', '304', '305']),
  memberUniversity('tnut', 'Kỹ thuật Công nghiệp', 'University of Technology', 'TNUT', 14, ['202', '203', '205', '201', '207']),
  memberUniversity('tue', 'Sư phạm', 'University of Education', 'TUE', 10, ['503', '101', '602', '601', '106']),
  memberUniversity('tnus', 'Khoa học', 'University of Sciences', 'TNUS', 10, ['101', '103', '104', '105', '106', '508']),
  memberUniversity('tueba', 'Kinh tế và Quản trị Kinh doanh', 'University of Economics and Business Administration', 'TUEBA', 8, ['502', '507', '505']),
  memberUniversity('ictu', 'Công nghệ Thông tin và Truyền thông', 'University of Information and Communication Technology', 'ICTU', 10, ['102', '202', '508']),
  {
    key: 'vkhss',
    kind: 'research_institute',
    nameVi: 'Viện Khoa học Sự sống',
    nameEn: 'Institute of Life Sciences',
    parent: 'tuaf',
    commune: '05455',
    staff: 4,
    profile: 'research',
    fields: ['406', '106', '305'],
    head: 'Viện trưởng',
  },
  {
    key: 'vche',
    kind: 'research_institute',
    nameVi: 'Viện Nghiên cứu Chè và Cây đặc sản miền núi Thái Nguyên',
    abbreviation: 'VNCC',
    commune: '05503',
    staff: 5,
    profile: 'research',
    fields: ['401', '406', '211'],
    head: 'Viện trưởng',
    deputy: 'Phó Viện trưởng',
  },
  {
    key: 'vcokhi',
    kind: 'research_institute',
    nameVi: 'Trung tâm Nghiên cứu Vật liệu mới và Cơ khí chính xác',
    parent: 'tnut',
    commune: '05467',
    staff: 3,
    profile: 'research',
    fields: ['205', '203', '210'],
    head: 'Giám đốc Trung tâm',
  },
  {
    key: 'shtt',
    kind: 'st_service_provider',
    nameVi: 'Công ty TNHH Tư vấn Sở hữu trí tuệ và Chuyển giao công nghệ Hoàng Sơn',
    commune: '05443',
    staff: 2,
    profile: 'business',
    fields: ['505', '502'],
    head: 'Giám đốc',
  },
  {
    key: 'uomtao',
    kind: 'st_service_provider',
    nameVi: 'Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo Thái Nguyên',
    parent: 'skhcn',
    commune: '05455',
    staff: 2,
    profile: 'business',
    fields: ['502', '102'],
    head: 'Giám đốc Trung tâm',
  },
  { key: 'chexanh', kind: 'enterprise', nameVi: 'Công ty Cổ phần Chè Tân Cương Xanh', commune: '05503', staff: 3, profile: 'business', fields: ['401', '211'], head: 'Giám đốc' },
  { key: 'cokhigs', kind: 'enterprise', nameVi: 'Công ty TNHH Cơ khí Chính xác Gia Sàng', commune: '05467', staff: 3, profile: 'business', fields: ['203', '205'], head: 'Giám đốc' },
  { key: 'sopy', kind: 'enterprise', nameVi: 'Công ty Cổ phần Công nghệ Số Phổ Yên', commune: '05860', staff: 3, profile: 'business', fields: ['102', '202'], head: 'Tổng Giám đốc' },
  { key: 'duoclieu', kind: 'enterprise', nameVi: 'Công ty TNHH Dược liệu Xanh Bắc Kạn', commune: '01843', staff: 2, profile: 'business', fields: ['304', '406'], head: 'Giám đốc' },
  { key: 'vlxd', kind: 'enterprise', nameVi: 'Công ty Cổ phần Vật liệu Xây dựng Sông Công', commune: '05518', staff: 2, profile: 'business', fields: ['205', '201'], head: 'Giám đốc' },
  { key: 'htxlabang', kind: 'enterprise', nameVi: 'Hợp tác xã Chè hữu cơ La Bằng', commune: '05818', staff: 2, profile: 'business', fields: ['401'], head: 'Giám đốc Hợp tác xã' },
  {
    key: 'lhh',
    kind: 'association',
    nameVi: `Liên hiệp các Hội Khoa học và Kỹ thuật ${TN}`,
    abbreviation: 'LHHKHKT',
    commune: '05443',
    staff: 2,
    profile: 'association',
    fields: ['599'],
    head: 'Chủ tịch Liên hiệp hội',
  },
  { key: 'hoitinhoc', kind: 'association', nameVi: `Hội Tin học ${TN}`, parent: 'lhh', commune: '05455', staff: 0, profile: 'association', fields: ['102'] },
  { key: 'hoiyhoc', kind: 'association', nameVi: `Hội Y học ${TN}`, parent: 'lhh', commune: '05443', staff: 0, profile: 'association', fields: ['302'] },
];
