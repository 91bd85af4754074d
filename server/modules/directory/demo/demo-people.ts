import type { AcademicTitle, Degree, Gender } from '../../../../common/contracts/directory.ts';
import { foldName } from '../fold.ts';
import type { DemoOrganisation, StaffProfile } from './demo-organisations.ts';
import type { Prng } from './prng.ts';

export interface DemoPerson {
  key: string;
  fullName: string;
  gender: Gender;
  birthYear: number;
  degree: Degree;
  academicTitle: AcademicTitle | null;
  position: string;
  fields: string[];
  organisation: string;
  email: string;
  phone: string;
  /** When the current employment began. */
  since: string;
  role: 'head' | 'deputy' | 'staff';
  previous: { organisation: string; start: string; end: string; position: string } | null;
}

const SURNAMES = [
  'Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Trần', 'Lê', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Ngô', 'Dương', 'Bùi', 'Đặng',
  'Đinh', 'Ma', 'Hà', 'Lương', 'Nông', 'Triệu', 'Lục', 'Đào', 'Trịnh', 'Phan', 'Tạ', 'Mạc', 'Chu',
] as const;
const MIDDLE: Record<'female' | 'male', readonly string[]> = {
  male: ['Văn', 'Văn', 'Đức', 'Quang', 'Minh', 'Hữu', 'Thanh', 'Mạnh', 'Xuân', 'Trọng', 'Công', 'Đình', 'Ngọc'],
  female: ['Thị', 'Thị', 'Thị Thu', 'Thị Minh', 'Thanh', 'Ngọc', 'Thúy', 'Thị Hồng', 'Thu', 'Kim', 'Bích'],
};
const GIVEN: Record<'female' | 'male', readonly string[]> = {
  male: ['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Khánh', 'Long', 'Nam', 'Phong', 'Quân', 'Sơn', 'Thắng', 'Tuấn', 'Việt', 'Hiếu', 'Trung', 'Đạt', 'Kiên', 'Lâm', 'Thành', 'Tùng', 'Huy', 'Toàn'],
  female: ['Anh', 'Hà', 'Hằng', 'Hoa', 'Hương', 'Lan', 'Linh', 'Mai', 'Nga', 'Ngọc', 'Phương', 'Thảo', 'Trang', 'Vân', 'Yến', 'Huyền', 'Nhung', 'Oanh', 'Quyên', 'Thủy', 'Dung', 'Loan'],
};

const POSITIONS: Record<StaffProfile, readonly string[]> = {
  academic: ['Giảng viên', 'Giảng viên', 'Giảng viên chính', 'Giảng viên chính', 'Trưởng bộ môn', 'Phó Trưởng khoa', 'Trưởng khoa', 'Trưởng phòng Khoa học công nghệ và Hợp tác quốc tế'],
  research: ['Nghiên cứu viên', 'Nghiên cứu viên', 'Nghiên cứu viên chính', 'Trưởng phòng Nghiên cứu', 'Kỹ sư'],
  administration: ['Chuyên viên', 'Chuyên viên', 'Chuyên viên chính', 'Phó Trưởng phòng', 'Trưởng phòng'],
  business: ['Kỹ sư', 'Kỹ sư', 'Trưởng phòng Kỹ thuật', 'Phó Giám đốc', 'Chuyên viên nghiên cứu và phát triển'],
  association: ['Phó Chủ tịch', 'Tổng Thư ký', 'Ủy viên Ban Chấp hành'],
};

/** Officers of the Department of Science and Technology work in its named divisions. */
const SKHCN_POSITIONS = [
  'Trưởng phòng Quản lý khoa học',
  'Chuyên viên Phòng Quản lý khoa học',
  'Phó Trưởng phòng Kế hoạch - Tài chính',
  'Chuyên viên Phòng Quản lý công nghệ và Đổi mới sáng tạo',
  'Chuyên viên Phòng Chuyển đổi số',
  'Chuyên viên chính Văn phòng Sở',
];

const DEGREE_WEIGHTS: Record<StaffProfile, readonly [Degree, number][]> = {
  academic: [['doctor', 50], ['master', 42], ['doctor_of_science', 1], ['bachelor', 4], ['engineer', 3]],
  research: [['doctor', 40], ['master', 40], ['engineer', 20]],
  administration: [['master', 55], ['bachelor', 25], ['engineer', 10], ['doctor', 10]],
  business: [['engineer', 45], ['bachelor', 30], ['master', 20], ['doctor', 5]],
  association: [['doctor', 50], ['master', 50]],
};

/** Chance that a doctor holds an academic title (doubled for heads and deputies); one in five is a full professor. */
const TITLE_RATE: Record<StaffProfile, number> = { academic: 0.3, research: 0.15, administration: 0.1, business: 0, association: 0.3 };

/** Real people named by the demo accounts and by tests, so they can be linked to sign-ins. */
export const NAMED_PEOPLE: readonly {
  fullName: string;
  gender: Gender;
  organisation: string;
  degree: Degree;
  role?: DemoPerson['role'];
  position?: string;
}[] = [
  { fullName: 'Nguyễn Thị Thu Hà', gender: 'female', organisation: 'skhcn', degree: 'master', position: 'Chuyên viên chính Phòng Quản lý khoa học' },
  { fullName: 'Hoàng Văn Minh', gender: 'male', organisation: 'ubnd', degree: 'doctor', role: 'deputy' },
  { fullName: 'Phạm Quang Huy', gender: 'male', organisation: 'snnmt', degree: 'engineer', position: 'Chuyên viên Phòng Kế hoạch - Tài chính' },
  { fullName: 'Đỗ Thị Lan', gender: 'female', organisation: 'tuaf', degree: 'doctor' },
  { fullName: 'Nguyễn Văn An', gender: 'male', organisation: 'tnut', degree: 'doctor' },
];

function weighted<T>(prng: Prng, options: readonly [T, number][]): T {
  const total = options.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = prng.next() * total;
  for (const [value, weight] of options) {
    roll -= weight;
    if (roll < 0) {
      return value;
    }
  }
  const last = options[options.length - 1];
  if (!last) {
    throw new Error('no options');
  }
  return last[0];
}

/** Heads of universities and institutes hold doctorates; heads of agencies mostly a master's degree. */
function seniorDegree(prng: Prng, profile: StaffProfile): Degree {
  if (profile === 'academic' || profile === 'research' || profile === 'association') {
    return prng.chance(0.1) ? 'doctor_of_science' : 'doctor';
  }
  return prng.chance(0.4) ? 'doctor' : 'master';
}

/** Named divisions have one head each; a second draw of the same post becomes an ordinary one. */
function positionOf(prng: Prng, org: DemoOrganisation, role: DemoPerson['role'], titled: boolean, taken: Set<string>): string {
  if (role === 'head') {
    return org.head ?? '';
  }
  if (role === 'deputy') {
    return org.deputy ?? '';
  }
  const pool = org.key === 'skhcn' ? SKHCN_POSITIONS : POSITIONS[org.profile];
  let position = prng.pick(pool);
  if (/^(Phó )?Trưởng phòng \S/.test(position) && taken.has(position)) {
    position = POSITIONS[org.profile][0] ?? position;
  }
  taken.add(position);
  return titled && position.startsWith('Giảng viên') ? 'Giảng viên cao cấp' : position;
}

const pad = (n: number): string => String(n).padStart(2, '0');
export const demoDate = (prng: Prng, fromYear: number, toYear: number): string =>
  `${prng.int(fromYear, toYear)}-${pad(prng.int(1, 12))}-${pad(prng.int(1, 28))}`;

function emailOf(fullName: string, taken: Set<string>): string {
  const words = foldName(fullName).split(' ');
  const given = words[words.length - 1] ?? 'demo';
  const initials = words.slice(0, -1).map((w) => w[0]).join('');
  let local = `${given}.${initials}`;
  for (let n = 2; taken.has(local); n += 1) {
    local = `${given}.${initials}${n}`;
  }
  taken.add(local);
  // A reserved demo domain: mail sent to these people can never reach anyone real.
  return `${local}@demo.opensti.vn`;
}

/** The demo staff of every organisation, generated from the seed alone. */
export function generateDemoPeople(prng: Prng, organisations: readonly DemoOrganisation[]): DemoPerson[] {
  const names = new Set<string>();
  const emails = new Set<string>();
  const people: DemoPerson[] = [];
  const byKey = new Map(organisations.map((org) => [org.key, org]));
  const named = [...NAMED_PEOPLE];
  for (const name of named) {
    names.add(name.fullName);
  }

  for (const org of organisations) {
    const taken = new Set<string>();
    for (let index = 0; index < org.staff; index += 1) {
      const role = index === 0 && org.head ? 'head' : index === 1 && org.deputy ? 'deputy' : 'staff';
      const fixedIndex = named.findIndex((p) => p.organisation === org.key && (p.role ?? 'staff') === role);
      const fixed = fixedIndex >= 0 ? named.splice(fixedIndex, 1)[0] : undefined;
      const gender: 'female' | 'male' = fixed ? (fixed.gender === 'female' ? 'female' : 'male') : prng.chance(0.45) ? 'female' : 'male';
      let fullName = fixed?.fullName ?? '';
      while (!fullName || (!fixed && names.has(fullName))) {
        const middle = prng.pick(MIDDLE[gender]);
        const given = prng.pick(GIVEN[gender]);
        fullName = middle.endsWith(given) ? '' : `${prng.pick(SURNAMES)} ${middle} ${given}`;
      }
      names.add(fullName);
      const senior = role !== 'staff';
      const degree = fixed?.degree ?? (senior ? seniorDegree(prng, org.profile) : weighted(prng, DEGREE_WEIGHTS[org.profile]));
      const doctor = degree === 'doctor' || degree === 'doctor_of_science';
      // Titles go with teaching and research; among civil servants only a department head may hold one.
      const titleRate = org.profile === 'administration' && (!senior || org.kind === 'commune_committee') ? 0 : TITLE_RATE[org.profile] * (senior ? 2 : 1);
      const titled = doctor && prng.chance(titleRate);
      const academicTitle: AcademicTitle | null = titled ? (prng.chance(0.2) ? 'professor' : 'associate_professor') : null;
      const birthYear = senior ? prng.int(1963, 1978) : prng.int(1970, 1997);
      const position = fixed?.position ?? positionOf(prng, org, role, academicTitle !== null, taken);
      const sinceYear = Math.min(2024, Math.max(birthYear + 23, prng.int(1998, 2023)));
      const since = `${sinceYear}-${pad(prng.int(1, 12))}-01`;
      const others = organisations.filter((o) => o.key !== org.key && o.profile !== 'association' && (o.profile === org.profile || prng.chance(0.3)));
      const movedFrom = prng.chance(0.25) && sinceYear - birthYear > 28 ? prng.pick(others.length > 0 ? others : organisations) : null;
      const previous = movedFrom
        ? {
            organisation: movedFrom.key,
            start: `${prng.int(Math.max(birthYear + 22, sinceYear - 12), sinceYear - 3)}-${pad(prng.int(1, 12))}-01`,
            end: `${sinceYear - 1}-12-31`,
            position: prng.pick(POSITIONS[byKey.get(movedFrom.key)?.profile ?? 'administration']),
          }
        : null;
      people.push({
        key: `${org.key}-${index}`,
        fullName,
        gender,
        birthYear,
        degree,
        academicTitle,
        position,
        fields: prng.sample(org.fields, prng.int(1, Math.min(3, org.fields.length))),
        organisation: org.key,
        email: emailOf(fullName, emails),
        phone: `0208 0000 ${String(people.length + 100).padStart(3, '0')}`,
        since,
        role,
        previous,
      });
    }
  }
  return people;
}
