import { newId, nowIso } from '../server/platform/db/ids.ts';
import type { Platform } from '../server/platform/platform.ts';
import { findJurisdictionByCode, foldText, indexPeople, type PersonRow } from '../server/modules/directory/index.ts';

// Name parts with a realistic skew: a handful of family names cover most people in Vietnam.
const FAMILY = ['Nguyễn', 'Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Trần', 'Lê', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Đào', 'Hà', 'Lương', 'Triệu', 'Ma', 'Nông'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Hữu', 'Quang', 'Thanh', 'Ngọc', 'Xuân', 'Thế', 'Kim', 'Hồng', 'Mạnh', 'Phương', 'Anh', 'Bảo', 'Đình'];
const GIVEN = ['An', 'Anh', 'Bình', 'Cường', 'Dũng', 'Duy', 'Giang', 'Hà', 'Hải', 'Hằng', 'Hiếu', 'Hoa', 'Hùng', 'Hương', 'Huy', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Minh', 'Nam', 'Nga', 'Ngân', 'Nhung', 'Phong', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Thắng', 'Thủy', 'Trang', 'Trung', 'Tú', 'Tuấn', 'Vân', 'Việt', 'Yến', 'Đạt', 'Đông'];
const DEGREES = ['bachelor', 'engineer', 'master', 'master', 'doctor', 'doctor', 'doctor_of_science'] as const;
const POSITIONS = ['Giảng viên', 'Nghiên cứu viên', 'Trưởng phòng', 'Phó Viện trưởng', 'Kỹ sư', 'Chuyên viên'];

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Zipf-like skew: low indexes far more often than high ones. */
function skewedPick<T>(random: () => number, items: readonly T[]): T {
  const index = Math.min(items.length - 1, Math.floor(items.length * random() ** 2.2));
  return items[index] as T;
}

export function generatedName(random: () => number): string {
  return `${skewedPick(random, FAMILY)} ${skewedPick(random, MIDDLE)} ${skewedPick(random, GIVEN)}`;
}

/**
 * Inserts `count` generated people straight into the directory tables and the search index, in
 * batches of one transaction each. A data generator for benchmarks: it writes no audit entries.
 */
export async function generatePeople(platform: Platform, count: number, seed = 42): Promise<void> {
  const random = mulberry32(seed);
  const province = await findJurisdictionByCode(platform, '19');
  if (!province) {
    throw new Error('Reference data is missing: load it before generating people');
  }
  const communes = await platform.db
    .selectFrom('jurisdictions')
    .select('id')
    .where('kind', '=', 'commune')
    .where('path', 'like', `${province.path}%`)
    .execute();
  const organisations = await platform.db.selectFrom('organisations').select('id').execute();
  const fields = await platform.db.selectFrom('st_fields').select('code').where('level', '=', 2).execute();
  const batchSize = 1000;
  for (let start = 0; start < count; start += batchSize) {
    const rows: PersonRow[] = [];
    const fieldRows: { person_id: string; field_code: string; sort_order: number }[] = [];
    for (let i = start; i < Math.min(count, start + batchSize); i += 1) {
      const fullName = generatedName(random);
      const now = nowIso();
      const row: PersonRow = {
        id: newId(),
        jurisdiction_id: skewedPick(random, communes).id,
        organisation_id: organisations.length > 0 ? skewedPick(random, organisations).id : null,
        full_name: fullName,
        name_folded: foldText(fullName),
        birth_year: 1955 + Math.floor(random() * 45),
        gender: random() < 0.5 ? 'female' : 'male',
        degree: skewedPick(random, DEGREES),
        academic_title: null,
        orcid: null,
        email: null,
        phone: null,
        position: skewedPick(random, POSITIONS),
        version: 1,
        created_at: now,
        updated_at: now,
      };
      rows.push(row);
      const field = skewedPick(random, fields);
      fieldRows.push({ person_id: row.id, field_code: field.code, sort_order: 0 });
    }
    await platform.db.transaction().execute(async (tx) => {
      await tx.insertInto('people').values(rows).execute();
      await tx.insertInto('person_fields').values(fieldRows).execute();
      await indexPeople(platform.search, tx, rows);
    });
  }
}
