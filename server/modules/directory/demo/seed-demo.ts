import type { TRelationInput } from '../../../../common/contracts/directory.ts';
import { systemActor } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { nowIso } from '../../../platform/db/ids.ts';
import type { Platform } from '../../../platform/platform.ts';
import type { DirectoryServices } from '../directory.routes.ts';
import { jurisdictionsByCodes, listJurisdictions, setPopulations, type JurisdictionRow } from '../jurisdictions.repository.ts';
import { countOrganisations } from '../organisations.repository.ts';
import type { ServiceContext } from '../organisations.service.ts';
import { DEMO_ORGANISATIONS, type DemoOrganisation } from './demo-organisations.ts';
import { demoDate, generateDemoPeople, type DemoPerson } from './demo-people.ts';
import { Prng } from './prng.ts';

export const DEMO_PROVINCE_CODE = '19';
const SEED = 20_261_128;
const SOURCE = 'Dữ liệu minh họa';

/** Round commune figures, clearly labelled as demo values; the province total is their sum. */
async function seedPopulations(tx: Tx, ctx: ServiceContext, prng: Prng, province: JurisdictionRow): Promise<void> {
  const communes = await listJurisdictions(tx, { parentId: province.id, page: 1, pageSize: 1000 });
  const figures = communes.rows.map((commune) => ({
    id: commune.id,
    population: (commune.kind_label === 'Phường' ? prng.int(18, 60) : prng.int(7, 28)) * 1000,
    year: 2025,
    source: 'demo',
  }));
  const total = figures.reduce((sum, figure) => sum + figure.population, 0);
  await setPopulations(tx, [...figures, { id: province.id, population: total, year: 2025, source: 'demo' }], nowIso());
  await recordAudit(tx, ctx, {
    action: 'directory.jurisdiction.population',
    subjectType: 'jurisdiction',
    subjectId: province.id,
    after: { communes: figures.length, total, source: 'demo' },
  });
}

function partnerships(): [string, string, string][] {
  return [
    ['tuaf', 'chexanh', 'Hợp tác nghiên cứu giống chè và quy trình chế biến'],
    ['vche', 'htxlabang', 'Chuyển giao quy trình sản xuất chè hữu cơ'],
    ['tnut', 'cokhigs', 'Đào tạo kỹ sư và nghiên cứu gia công chính xác'],
    ['ictu', 'sopy', 'Phát triển nền tảng số cho doanh nghiệp'],
    ['tump', 'duoclieu', 'Nghiên cứu chuẩn hóa dược liệu'],
    ['vkhss', 'duoclieu', 'Nhân giống cây dược liệu bằng nuôi cấy mô'],
    ['vcokhi', 'vlxd', 'Nghiên cứu vật liệu xây dựng không nung'],
  ];
}

/** Relations of the demo graph: employment histories, leadership, membership, ownership, partnerships, co-authorship and one family tie. */
function demoRelations(prng: Prng, people: readonly DemoPerson[], orgId: (key: string) => string, personId: (key: string) => string): TRelationInput[] {
  const relation = (input: Omit<TRelationInput, 'source' | 'role' | 'endDate'> & Partial<TRelationInput>): TRelationInput => ({
    role: null,
    endDate: null,
    source: SOURCE,
    ...input,
  });
  const out: TRelationInput[] = [];
  for (const person of people) {
    const fromId = personId(person.key);
    out.push(relation({ kind: 'employment', fromKind: 'person', fromId, toKind: 'organisation', toId: orgId(person.organisation), role: person.position, startDate: person.since }));
    if (person.previous) {
      out.push(
        relation({
          kind: 'employment',
          fromKind: 'person',
          fromId,
          toKind: 'organisation',
          toId: orgId(person.previous.organisation),
          role: person.previous.position,
          startDate: person.previous.start,
          endDate: person.previous.end,
        }),
      );
    }
    if (person.role !== 'staff') {
      const year = Math.min(2025, Number(person.since.slice(0, 4)) + prng.int(2, 10));
      out.push(relation({ kind: 'leadership', fromKind: 'person', fromId, toKind: 'organisation', toId: orgId(person.organisation), role: person.position, startDate: `${year}-07-01` }));
    }
  }
  const scientists = people.filter((p) => p.degree === 'doctor' || p.degree === 'doctor_of_science');
  for (const person of prng.sample(scientists, 30)) {
    const society = person.organisation === 'ictu' ? 'hoitinhoc' : person.organisation === 'tump' ? 'hoiyhoc' : 'lhh';
    out.push(relation({ kind: 'membership', fromKind: 'person', fromId: personId(person.key), toKind: 'organisation', toId: orgId(society), role: 'Hội viên', startDate: demoDate(prng, 2012, 2024) }));
  }
  for (const org of ['hoitinhoc', 'hoiyhoc']) {
    out.push(relation({ kind: 'membership', fromKind: 'organisation', fromId: orgId(org), toKind: 'organisation', toId: orgId('lhh'), role: 'Hội thành viên', startDate: demoDate(prng, 2005, 2015) }));
  }
  for (const head of people.filter((p) => p.role === 'head' && ['chexanh', 'cokhigs', 'sopy', 'duoclieu', 'shtt'].includes(p.organisation))) {
    out.push(relation({ kind: 'ownership', fromKind: 'person', fromId: personId(head.key), toKind: 'organisation', toId: orgId(head.organisation), role: 'Cổ đông sáng lập', startDate: demoDate(prng, 2010, 2019) }));
  }
  for (const [a, b, role] of partnerships()) {
    out.push(relation({ kind: 'partnership', fromKind: 'organisation', fromId: orgId(a), toKind: 'organisation', toId: orgId(b), role, startDate: demoDate(prng, 2018, 2024) }));
  }
  for (const university of ['tuaf', 'tump', 'tnut', 'tnus', 'ictu']) {
    const pool = scientists.filter((p) => p.organisation === university);
    for (let i = 0; i + 1 < pool.length && i < 4; i += 2) {
      const [a, b] = [pool[i], pool[i + 1]];
      if (a && b) {
        out.push(relation({ kind: 'co_authorship', fromKind: 'person', fromId: personId(a.key), toKind: 'person', toId: personId(b.key), role: 'Đồng tác giả bài báo khoa học', startDate: demoDate(prng, 2019, 2025) }));
      }
    }
  }
  const researcher = people.find((p) => p.organisation === 'tuaf' && p.role === 'staff' && p.gender === 'male');
  const officer = people.find((p) => p.organisation === 'skhcn' && p.role === 'staff' && p.gender === 'female');
  if (researcher && officer) {
    out.push(relation({ kind: 'family', fromKind: 'person', fromId: personId(researcher.key), toKind: 'person', toId: personId(officer.key), role: 'Vợ - chồng', startDate: demoDate(prng, 2000, 2015), source: 'Bản kê khai của cá nhân (dữ liệu minh họa)' }));
  }
  return out;
}

/**
 * The demo province's identity graph: bodies, universities, institutes, enterprises, about 180
 * people with degrees, fields and dated relations. Generated from a fixed seed, written through
 * the same services as user edits (audit entries and search documents included), once.
 */
export async function seedDemoDirectory(platform: Platform, services: DirectoryServices): Promise<void> {
  if ((await countOrganisations(platform.db)) > 0) {
    return;
  }
  const prng = new Prng(SEED);
  const codes = [DEMO_PROVINCE_CODE, ...new Set(DEMO_ORGANISATIONS.map((org) => org.commune))];
  const jurisdictions = await jurisdictionsByCodes(platform.db, codes);
  const province = jurisdictions.get(DEMO_PROVINCE_CODE);
  if (!province) {
    throw new Error('Reference data must be loaded before the demo directory');
  }
  const commune = (code: string): JurisdictionRow => {
    const row = jurisdictions.get(code);
    if (!row) {
      throw new Error(`Demo commune ${code} is not in the reference data`);
    }
    return row;
  };
  const people = generateDemoPeople(prng, DEMO_ORGANISATIONS);
  const ctx: ServiceContext = { actor: systemActor('Nạp dữ liệu mẫu'), requestId: null };

  await platform.db.transaction().execute(async (tx) => {
    await seedPopulations(tx, ctx, prng, province);
    const orgIds = new Map<string, string>();
    const orgId = (key: string): string => {
      const id = orgIds.get(key);
      if (!id) {
        throw new Error(`Demo organisation ${key} is not defined before use`);
      }
      return id;
    };
    for (const org of DEMO_ORGANISATIONS) {
      const address = commune(org.commune);
      const row = await services.organisations.createIn(tx, ctx, organisationInput(org, org.kind === 'commune_committee' ? address.id : province.id, address, org.parent ? orgId(org.parent) : null));
      orgIds.set(org.key, row.id);
    }
    const personIds = new Map<string, string>();
    for (const person of people) {
      const row = await services.people.createIn(tx, ctx, {
        fullName: person.fullName,
        jurisdictionId: province.id,
        organisationId: orgId(person.organisation),
        birthYear: person.birthYear,
        gender: person.gender,
        degree: person.degree,
        academicTitle: person.academicTitle,
        fieldCodes: person.fields,
        orcid: null,
        email: person.email,
        phone: person.phone,
        position: person.position,
      });
      personIds.set(person.key, row.id);
    }
    const personId = (key: string): string => personIds.get(key) ?? '';
    for (const input of demoRelations(prng, people, orgId, personId)) {
      await services.relations.createIn(tx, ctx, input);
    }
  });
}

function organisationInput(org: DemoOrganisation, jurisdictionId: string, address: JurisdictionRow, parentId: string | null) {
  return {
    kind: org.kind,
    nameVi: org.nameVi,
    nameEn: org.nameEn ?? null,
    abbreviation: org.abbreviation ?? null,
    taxCode: null,
    agencyCode: null,
    address: `${address.kind_label} ${address.name}, tỉnh Thái Nguyên`,
    jurisdictionId,
    communeId: address.id,
    parentId,
    ror: null,
    website: org.website ?? null,
    email: null,
    phone: null,
  };
}
