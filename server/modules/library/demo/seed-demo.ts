import { Document, Packer, Paragraph, TextRun } from 'docx';
import type { LibraryRecordType, TContributorInput, TLibraryRecordInput } from '../../../../common/contracts/library.ts';
import { systemActor } from '../../../platform/access/actor.ts';
import type { Platform } from '../../../platform/platform.ts';
import { createLibraryService, type ServiceContext } from '../library.service.ts';
import { ABSTRACT_CLOSINGS, ABSTRACT_OPENINGS, JOURNALS, PUBLISHERS, THEMES, type ProductType, type Theme } from './corpus.ts';
import { writePdf } from './pdf-writer.ts';

/** A small seeded generator (xorshift32), so the demo library is the same on every installation. */
export class DemoRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 1;
  }

  next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 0x1_0000_0000;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) {
      out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0] as T);
    }
    return out;
  }
}

const SEED = 4_2026_1128;
const RECORDS = 330;

/** How many records of each type, in the proportions a provincial library holds them. */
const TYPE_WEIGHTS: [LibraryRecordType, number][] = [
  ['task_result', 22],
  ['article', 30],
  ['book', 7],
  ['thesis', 10],
  ['patent', 6],
  ['industrial_design', 3],
  ['plant_variety', 3],
  ['standard', 4],
  ['dataset', 5],
  ['software', 5],
  ['technology', 5],
];

function pickType(random: DemoRandom): LibraryRecordType {
  const total = TYPE_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [type, weight] of TYPE_WEIGHTS) {
    roll -= weight;
    if (roll < 0) {
      return type;
    }
  }
  return 'article';
}

function isbn13(random: DemoRandom): string {
  const body = `978604${String(random.int(0, 999_999)).padStart(6, '0')}`;
  const total = [...body].reduce((sum, char, index) => sum + Number(char) * (index % 2 === 0 ? 1 : 3), 0);
  return `${body}${(10 - (total % 10)) % 10}`;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

interface DemoPerson {
  id: string;
  organisation_id: string | null;
}

interface Draft {
  input: TLibraryRecordInput & { externalId: string };
  theme: Theme;
  fate: 'published' | 'draft' | 'submitted' | 'changes_requested' | 'withdrawn';
  file: 'pdf' | 'docx' | 'encrypted' | null;
  paragraphs: string[];
}

const SPECIES: [string, string][] = [
  ['chè', 'Chè (Camellia sinensis)'],
  ['lúa', 'Lúa (Oryza sativa)'],
  ['ngô', 'Ngô (Zea mays)'],
  ['ba kích', 'Ba kích tím (Morinda officinalis)'],
];

function details(type: LibraryRecordType, random: DemoRandom, year: number, theme: Theme, serial: number, title: string): Record<string, unknown> {
  const date = (y: number) => `${y}-${pad(random.int(1, 12), 2)}-${pad(random.int(1, 28), 2)}`;
  switch (type) {
    case 'task_result':
      return {
        taskLevel: random.pick(['provincial', 'provincial', 'provincial', 'grassroots', 'ministerial'] as const),
        startDate: date(year - 2),
        endDate: date(year),
        fundingVnd: random.int(3, 30) * 100_000_000,
        acceptanceDate: date(year),
        acceptanceGrade: random.pick(['pass', 'pass', 'excellent'] as const),
        registrationNo: `${year}-19-${pad(serial, 3)}/KQNC`,
        archiveNo: `${year}-02-${pad(random.int(100, 999), 3)}/KQNC`,
      };
    case 'article': {
      const journal = random.pick(JOURNALS);
      return { journal: journal.name, issn: journal.issn, volume: String(year - 1995), issue: String(random.int(1, 12)), pages: `${random.int(10, 180)}-${random.int(181, 200)}`, peerReviewed: true };
    }
    case 'book':
      return { edition: random.pick(['Lần thứ nhất', 'Tái bản lần thứ hai']), pageCount: random.int(120, 420), series: null, placeOfPublication: 'Thái Nguyên' };
    case 'thesis':
      return {
        degree: random.pick(['master', 'master', 'doctor'] as const),
        institution: theme.organisations.find((name) => name.startsWith('Trường Đại học')) ?? 'Đại học Thái Nguyên',
        supervisors: null,
        defenceDate: date(year),
        speciality: null,
        specialityCode: null,
      };
    case 'patent':
      return { kind: random.pick(['invention', 'utility_solution'] as const), applicationNo: `1-${year - 2}-${pad(random.int(1, 9999), 5)}`, filingDate: date(year - 2), grantDate: date(year), holder: theme.organisations[0] ?? null, ipcClasses: [] };
    case 'industrial_design':
      return { applicationNo: `3-${year - 1}-${pad(random.int(1, 9999), 5)}`, filingDate: date(year - 1), grantDate: date(year), holder: theme.organisations[0] ?? null, locarnoClass: '09-03' };
    case 'plant_variety':
      return { species: SPECIES.find(([word]) => title.toLocaleLowerCase('vi').includes(word))?.[1] ?? 'Cây trồng nông nghiệp', applicationNo: null, filingDate: date(year - 2), grantDate: date(year), holder: theme.organisations[0] ?? null, recognitionDecision: `${random.int(100, 900)}/QĐ-TT-CLT` };
    case 'standard':
      return { kind: 'tccs', code: `TCCS ${pad(serial % 50, 2)}:${year}/TN`, issuingBody: theme.organisations[0] ?? 'Sở Khoa học và Công nghệ tỉnh Thái Nguyên', effectiveDate: date(year), supersedes: null };
    case 'dataset':
      return { format: 'CSV, XLSX', size: `${random.int(2, 80)} MB`, temporalCoverage: `${year - 5}–${year}`, spatialCoverage: 'Tỉnh Thái Nguyên', accessUrl: null };
    case 'software':
      return { softwareVersion: `${random.int(1, 3)}.${random.int(0, 9)}`, programmingLanguages: random.pick(['Python', 'TypeScript', 'Java, Kotlin']), platform: 'Web, Android', repositoryUrl: null, copyrightNo: `${random.int(1000, 9999)}/${year}/QTG` };
    case 'technology':
      return { readinessLevel: random.int(5, 9), applicationArea: theme.keywords[0] ?? null, transferable: random.next() < 0.6, transferModes: 'Chuyển giao quy trình kèm đào tạo, hướng dẫn kỹ thuật' };
  }
}

const PRODUCT_TYPES: ReadonlySet<LibraryRecordType> = new Set<ProductType>(['software', 'dataset', 'technology', 'patent', 'industrial_design', 'plant_variety', 'standard']);

/** A theme and a title not used before: a named output for product types, a study at a place for the rest. */
const OWN_PLACE = /ATK Định Hóa|Tân Cương|sông Cầu|cấp tỉnh|người Tày/;

function pickSubject(random: DemoRandom, wanted: LibraryRecordType, year: number, used: Set<string>): { theme: Theme; type: LibraryRecordType; title: string; place: string } {
  if (PRODUCT_TYPES.has(wanted)) {
    const product = wanted as ProductType;
    const candidates = THEMES.flatMap((theme) => (theme.products[product] ?? []).filter((name) => !used.has(name)).map((name) => ({ theme, name })));
    if (candidates.length > 0) {
      const { theme, name } = random.pick(candidates);
      return { theme, type: wanted, title: name, place: random.pick(theme.places) };
    }
  }
  const type = PRODUCT_TYPES.has(wanted) ? 'article' : wanted;
  for (let attempt = 0; ; attempt += 1) {
    const theme = random.pick(THEMES);
    const place = random.pick(theme.places);
    const stem = random.pick(theme.stems);
    // Stems that name their own place take no other; repeats of a study get a period of their own.
    const located = OWN_PLACE.test(stem) ? stem : `${stem} ${type === 'task_result' ? 'trên địa bàn' : 'tại'} ${place}`;
    const title = attempt < 10 ? located : `${located} giai đoạn ${year - 4}–${year}`;
    if (!used.has(title)) {
      return { theme, type, title, place };
    }
  }
}

function buildDraft(index: number, random: DemoRandom, people: readonly DemoPerson[], organisations: ReadonlyMap<string, string>, provinceId: string, used: Set<string>): Draft {
  const year = random.int(2014, 2025);
  const { theme, type, title, place } = pickSubject(random, pickType(random), year, used);
  used.add(title);
  const findings = random.sample(theme.findings, Math.min(2, theme.findings.length));
  const opening = random.pick(ABSTRACT_OPENINGS).replace('{place}', place);
  const abstract = [opening, random.pick(theme.methods), ...findings, random.pick(ABSTRACT_CLOSINGS)].join(' ');
  const ownerName = random.pick(theme.organisations);
  const organisationId = organisations.get(ownerName) ?? null;
  const local = people.filter((person) => person.organisation_id === organisationId);
  const authors = random.sample(local.length > 0 ? local : people, random.int(1, 4));
  const role = type === 'task_result' ? 'principal_investigator' : type === 'patent' ? 'inventor' : type === 'plant_variety' ? 'breeder' : 'author';
  const contributors: TContributorInput[] = authors.map((person, position) => ({
    role: position === 0 ? role : type === 'task_result' ? 'contributor' : role,
    personId: person.id,
    name: null,
    organisationId: null,
    affiliation: null,
  }));
  if (contributors.length === 0) {
    contributors.push({ role, personId: null, name: 'Nhóm tác giả', organisationId, affiliation: null });
  }
  const roll = random.next();
  const accessLevel = roll < 0.86 ? 'public' : roll < 0.94 ? 'registered' : 'restricted';
  const embargoed = random.next() < 0.03;
  const fateRoll = random.next();
  const fate: Draft['fate'] =
    fateRoll < 0.9 ? 'published' : fateRoll < 0.93 ? 'draft' : fateRoll < 0.96 ? 'submitted' : fateRoll < 0.975 ? 'changes_requested' : 'withdrawn';
  const journalDetails = details(type, random, year, theme, index, title);
  const doi = type === 'article' && random.next() < 0.7 ? `${JOURNALS.find((j) => j.name === journalDetails['journal'])?.doiPrefix ?? '10.34238/tnu-jst'}.${year}.${pad(index, 4)}` : null;
  const fileRoll = random.next();
  const file: Draft['file'] = index === 7 ? 'encrypted' : fileRoll < 0.07 ? 'pdf' : fileRoll < 0.1 ? 'docx' : null;
  const keywords = random.sample(theme.keywords, random.int(3, 5));
  return {
    theme,
    fate,
    file,
    paragraphs: [title, `Tóm tắt. ${abstract}`, `Từ khóa: ${keywords.join('; ')}.`, ...findings, ...theme.findings],
    input: {
      externalId: `demo-${pad(index, 4)}`,
      type,
      title,
      titleEn: null,
      abstract,
      keywords,
      language: 'vi',
      licence: accessLevel === 'public' ? random.pick(['cc-by-4.0', 'cc-by-nc-4.0', 'government-work'] as const) : 'all-rights-reserved',
      issuedYear: year,
      issuedDate: null,
      publisher: type === 'book' ? random.pick(PUBLISHERS) : null,
      fieldCodes: random.sample(theme.fields, random.int(1, theme.fields.length)),
      programArea: theme.area,
      programId: null,
      taskCode: type === 'task_result' ? `ĐTKHCN.${year - 2}.${pad(index % 97, 2)}` : null,
      identifiers: {
        doi,
        isbn: type === 'book' ? isbn13(random) : null,
        patentNo:
          type === 'patent'
            ? `${random.next() < 0.5 ? 1 : 2}-00${pad(random.int(10_000, 39_999), 5)}`
            : type === 'industrial_design'
              ? `3-00${pad(random.int(10_000, 39_999), 5)}`
              : type === 'plant_variety'
                ? `${random.int(100, 999)}.VN.${year}`
                : null,
        resultNo: type === 'task_result' ? `KQ${pad(15_000 + index * 7, 6)}` : null,
      },
      accessLevel,
      embargoUntil: embargoed ? `${random.int(2027, 2028)}-06-30` : null,
      organisationId,
      jurisdictionId: organisationId ? null : provinceId,
      contributors,
      details: journalDetails,
    } as TLibraryRecordInput & { externalId: string },
  };
}

async function docxOf(paragraphs: readonly string[]): Promise<Buffer> {
  const document = new Document({
    sections: [{ children: paragraphs.map((text) => new Paragraph({ children: [new TextRun({ text, font: 'Times New Roman', size: 26 })] })) }],
  });
  return Packer.toBuffer(document);
}

/**
 * A few hundred records across all eleven types, credited to the demo directory's people and
 * organisations: most published and open, some for registered users, restricted or under embargo,
 * a few still in curation or withdrawn. Some carry a PDF or Word file whose text the extraction job
 * reads; one carries a protected PDF, so the curation queue shows a failure.
 */
export async function seedDemoLibrary(platform: Platform): Promise<void> {
  const existing = await platform.db.selectFrom('library_records').select('id').where('external_id', 'like', 'demo-%').limit(1).executeTakeFirst();
  if (existing) {
    return;
  }
  const province = await platform.db.selectFrom('jurisdictions').select('id').where('code', '=', '19').executeTakeFirst();
  if (!province) {
    return;
  }
  const names = [...new Set(THEMES.flatMap((theme) => theme.organisations))];
  const organisationRows = await platform.db.selectFrom('organisations').select(['id', 'name_vi']).where('name_vi', 'in', names).orderBy('created_at').execute();
  const organisations = new Map(organisationRows.map((row) => [row.name_vi, row.id]));
  // Results of provincial tasks belong to the province's S&T program when one is loaded.
  const program = await platform.db.selectFrom('programs').select('id').where('jurisdiction_id', '=', province.id).orderBy('start_year').orderBy('id').executeTakeFirst();
  const people = await platform.db.selectFrom('people').select(['id', 'organisation_id']).orderBy('full_name').orderBy('id').limit(2000).execute();
  const random = new DemoRandom(SEED);
  const used = new Set<string>();
  const service = createLibraryService(platform);
  const ctx: ServiceContext = { actor: systemActor('demo-library'), requestId: null };
  for (let index = 1; index <= RECORDS; index += 1) {
    const draft = buildDraft(index, random, people, organisations, province.id, used);
    if (program && draft.input.type === 'task_result') {
      draft.input.programId = program.id;
    }
    const status = draft.fate === 'draft' ? 'draft' : draft.fate === 'published' || draft.fate === 'withdrawn' ? 'published' : 'submitted';
    const { id } = await service.upsertFromImport(ctx, draft.input, { status });
    if (draft.file) {
      const data =
        draft.file === 'docx'
          ? await docxOf(draft.paragraphs)
          : writePdf(draft.paragraphs, { title: draft.input.title, encrypted: draft.file === 'encrypted' });
      await service.attachFile(ctx, id, { fileName: `${draft.input.externalId}.${draft.file === 'docx' ? 'docx' : 'pdf'}`, data, role: 'main' });
    }
    if (draft.fate === 'changes_requested' || draft.fate === 'withdrawn') {
      const current = await service.get(ctx, id);
      if (draft.fate === 'changes_requested') {
        await service.requestChanges(ctx, id, { version: current.version, comment: 'Đề nghị bổ sung tóm tắt tiếng Anh và tệp toàn văn báo cáo.' });
      } else {
        await service.withdraw(ctx, id, { version: current.version, comment: 'Thu hồi theo đề nghị của tổ chức chủ trì do trùng lặp với biểu ghi đã công bố.' });
      }
    }
  }
}
