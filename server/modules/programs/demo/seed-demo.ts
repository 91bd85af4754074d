import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SupportKind } from '../../../../common/contracts/programs.ts';
import { systemActor } from '../../../platform/access/actor.ts';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.ts';
import { newId, nowIso } from '../../../platform/db/ids.ts';
import type { Platform } from '../../../platform/platform.ts';
import { createDirectoryServices } from '../../directory/index.ts';
import { materialiseIndicatorValues } from '../indicators/materialise.ts';
import { importProgram } from '../program-import.ts';
import { communesOf, findProgramRowByCode, jurisdictionsByCodes, organisationsOfKind } from '../programs.repository.ts';
import { attachProgramOwner } from '../reference/seed-reference.ts';
import { PROGRAM_29_CTR_TU_CODE } from '../reference/29-CTr-TU.ts';
import type { SupportRow } from '../support.repository.ts';
import { seedDemoPlansAndRounds } from '../rounds/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const RESOLUTION_57 = join(here, '57-NQ-TW.json');
const RESOLUTION_57_CODE = '57-NQ/TW';
const DEMO_ENTERPRISES = 110;
const SECTORS = ['Chè', 'Cơ khí', 'Thực phẩm', 'Dược liệu', 'Công nghệ số', 'Vật liệu mới', 'Nông sản', 'May mặc', 'Điện tử', 'Môi trường', 'Chế biến gỗ', 'Giống cây trồng', 'Thức ăn chăn nuôi', 'Phần mềm', 'Năng lượng'];
const KINDS: readonly SupportKind[] = ['technology_renewal', 'application', 'research', 'intellectual_property', 'training'];
const DESCRIPTIONS: Record<SupportKind, string> = {
  technology_renewal: 'Hỗ trợ đổi mới dây chuyền, thiết bị sản xuất',
  application: 'Hỗ trợ ứng dụng tiến bộ kỹ thuật vào sản xuất',
  research: 'Hỗ trợ thực hiện nhiệm vụ nghiên cứu cùng viện, trường',
  intellectual_property: 'Hỗ trợ đăng ký bảo hộ nhãn hiệu, sáng chế',
  training: 'Hỗ trợ đào tạo quản trị công nghệ cho cán bộ kỹ thuật',
  other: 'Hỗ trợ khác',
};

/**
 * The year an enterprise was first supported: 25 in 2013, 35 in 2014, 42 in 2015 (102 by the end
 * of 2015, so the "about 100 by 2015" target is met) and 8 in 2016.
 */
function firstYear(index: number): number {
  return index < 25 ? 2013 : index < 60 ? 2014 : index < 102 ? 2015 : 2016;
}

const twoDigits = (value: number): string => String(value).padStart(2, '0');

/** Enough demo enterprises in the province (the directory's demo holds only a few), created through the directory's service. */
async function demoEnterprises(platform: Platform, ctx: AuditContext, provinceId: string, provincePath: string) {
  const existing = await organisationsOfKind(platform.db, 'enterprise', provincePath);
  const missing = DEMO_ENTERPRISES - existing.length;
  if (missing <= 0) {
    return existing.slice(0, DEMO_ENTERPRISES);
  }
  const communes = await communesOf(platform.db, provinceId);
  const organisations = createDirectoryServices(platform).organisations;
  const created = await platform.db.transaction().execute(async (tx) => {
    const rows = [];
    for (let index = 0; index < missing; index += 1) {
      const commune = communes[index % communes.length];
      const sector = SECTORS[index % SECTORS.length] ?? 'Công nghệ';
      const form = index % 3 === 0 ? 'Công ty Cổ phần' : 'Công ty TNHH';
      const row = await organisations.createIn(tx, ctx, {
        kind: 'enterprise',
        nameVi: `${form} ${sector} ${commune?.name ?? 'Thái Nguyên'}`,
        nameEn: null,
        abbreviation: null,
        taxCode: null,
        agencyCode: null,
        address: commune ? `${commune.kind_label} ${commune.name}, tỉnh Thái Nguyên` : null,
        jurisdictionId: provinceId,
        communeId: commune?.id ?? null,
        parentId: null,
        ror: null,
        website: null,
        email: null,
        phone: null,
      });
      rows.push({ id: row.id, name_vi: row.name_vi, path: row.path, jurisdiction_id: row.jurisdiction_id, kind: row.kind });
    }
    return rows;
  });
  return [...existing, ...created];
}

/**
 * Demo of the programs pillar, after the directory's: 29-CTr/TU gets its owner and support
 * records for 110 enterprises spread over 2013–2016, its computed values are materialised for
 * 2013–2025, and the 2030 targets of Resolution 57-NQ/TW arrive as a second program through the
 * same import a user would run, from the JSON file beside this one. Unit plans and reporting
 * rounds with their reports are seeded before the values are materialised.
 */
export async function seedProgramsDemo(platform: Platform): Promise<void> {
  const ctx: AuditContext = { actor: systemActor('Nạp dữ liệu mẫu'), requestId: null };
  await attachProgramOwner(platform);
  const program = await findProgramRowByCode(platform.db, PROGRAM_29_CTR_TU_CODE);
  const province = (await jurisdictionsByCodes(platform.db, ['19'])).get('19');
  if (!program || !province) {
    throw new Error('Reference data must be loaded before the programs demo');
  }
  const already = await platform.db.selectFrom('support_records').select('id').limit(1).executeTakeFirst();
  if (!already) {
    const enterprises = await demoEnterprises(platform, ctx, province.id, province.path);
    await platform.db.transaction().execute(async (tx) => {
      const now = nowIso();
      for (const [index, enterprise] of enterprises.entries()) {
        const years = index % 5 === 0 ? [firstYear(index), Math.min(2016, firstYear(index) + 1)] : [firstYear(index)];
        for (const [round, year] of years.entries()) {
          const kind = KINDS[(index + round) % KINDS.length] ?? 'application';
          const row: SupportRow = {
            id: newId(),
            organisation_id: enterprise.id,
            program_id: program.id,
            kind,
            supported_on: `${year}-${twoDigits(1 + ((index * 5 + round * 3) % 12))}-${twoDigits(1 + ((index * 7) % 28))}`,
            description: `${DESCRIPTIONS[kind]} (dữ liệu minh họa)`,
            amount_vnd: (5 + ((index * 13 + round) % 46)) * 10_000_000,
            origin: 'manual',
            origin_ref: null,
            created_by: null,
            created_at: now,
            updated_at: now,
          };
          await tx.insertInto('support_records').values(row).execute();
          await recordAudit(tx, ctx, { action: 'programs.support.create', subjectType: 'support_record', subjectId: row.id, after: row });
        }
      }
    });
  }
  // The units' reported figures come first: the ratios computed next combine them.
  await seedDemoPlansAndRounds(platform);
  await materialiseIndicatorValues(platform, program.id, { fromYear: 2013, toYear: 2025, context: ctx });

  if (!(await findProgramRowByCode(platform.db, RESOLUTION_57_CODE))) {
    const document: unknown = JSON.parse(readFileSync(RESOLUTION_57, 'utf8'));
    const imported = await importProgram(platform, ctx, document);
    if (imported.programId) {
      await materialiseIndicatorValues(platform, imported.programId, { toYear: 2025, context: ctx });
    }
  }
}
