import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TIndicator, TProgram, TProgramDocument, TProgramImportResult, TProgramTree, TSection, TSectionNode } from '../../../common/contracts/programs.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/app.ts';
import { testDialects } from '../../test/databases.ts';
import { program29CTrTU } from './reference/29-CTr-TU.ts';

const BASE = '/api/v1/programs';
const UNKNOWN = '0190a0a0-0000-7000-8000-00000000abcd';

function multipart(file: { name: string; data: Buffer } | null): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----opensti-programs-test';
  const parts: Buffer[] = [Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nchương trình\r\n`)];
  if (file) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/json\r\n\r\n`),
      file.data,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

function flatten(nodes: TSectionNode[]): TSectionNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

function smallDocument(code: string): Record<string, unknown> {
  return {
    program: {
      code,
      title: 'Chương trình thử nghiệm',
      issuingBody: 'Ủy ban nhân dân tỉnh Thái Nguyên',
      issuedOn: '2024-03-15',
      legalBasis: 'Quyết định thử nghiệm',
      status: 'draft',
      startYear: 2024,
      endYear: 2026,
      jurisdictionCode: '19',
    },
    sections: [
      { ref: 'I', title: 'Mục tiêu' },
      { ref: 'I.1', parentRef: 'I', title: 'Mục tiêu cụ thể' },
      { ref: 'II', title: 'Nhiệm vụ' },
    ],
    indicators: [
      { code: `${code}.A`, nameVi: 'Chỉ tiêu A', nameEn: 'Indicator A', unit: 'đơn vị', periodType: 'year', method: 'reported', aggregation: 'sum' },
      { code: `${code}.B`, nameVi: 'Chỉ tiêu B', nameEn: 'Indicator B', unit: 'đơn vị', periodType: 'year', method: 'reported', aggregation: 'sum' },
      {
        code: `${code}.AB`,
        nameVi: 'Tỷ lệ A trên B',
        nameEn: 'A per B',
        unit: '%',
        periodType: 'year',
        method: 'ratio',
        numeratorCode: `${code}.A`,
        denominatorCode: `${code}.B`,
        multiplier: 100,
        aggregation: 'province_only',
      },
    ],
    targets: [
      { code: 'T1', sectionRef: 'I.1', indicatorCode: `${code}.AB`, label: 'Đạt tối thiểu 50%', targetMin: 50, direction: 'at_least', applies: 'every_period', startYear: 2024, deadline: '2026-12-31' },
    ],
    actions: [{ ref: 'II.a', sectionRef: 'II', text: 'Tổ chức thực hiện nhiệm vụ thử nghiệm.', leadOrganisation: null }],
  };
}

describe.each(testDialects)('programs HTTP API on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let officer: TestClient;
  let haNoiOfficer: TestClient;
  let researcher: TestClient;
  let thaiNguyenId: string;

  async function user(email: string, grants: unknown[]): Promise<TestClient> {
    const created = await admin.request({ method: 'POST', url: '/api/v1/admin/users', payload: { email, displayName: email, password: 'mat-khau-thu-nghiem-1', grants } });
    expect(created.statusCode, created.body).toBe(201);
    return t.login(email, 'mat-khau-thu-nghiem-1');
  }

  const count = async (table: 'programs' | 'indicators' | 'program_sections' | 'audit_log'): Promise<number> =>
    Number((await t.platform.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await t.admin();
    const rows = await t.platform.db.selectFrom('jurisdictions').select(['id', 'code']).where('code', 'in', ['19', '01']).execute();
    thaiNguyenId = rows.find((row) => row.code === '19')?.id ?? '';
    const haNoiId = rows.find((row) => row.code === '01')?.id ?? '';
    officer = await user('chuyenvien@skhcn.test', [{ role: 'officer', scopeKind: 'jurisdiction', scopeId: thaiNguyenId }]);
    haNoiOfficer = await user('chuyenvien@hanoi.test', [{ role: 'officer', scopeKind: 'jurisdiction', scopeId: haNoiId }]);
    researcher = await user('nhakhoahoc@test.vn', [{ role: 'researcher', scopeKind: 'global', scopeId: null }]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('ships 29-CTr/TU as data: every section, every action of §II, the six numeric targets, published', async () => {
    const list = await t.anonymous.request({ method: 'GET', url: `${BASE}?q=29-ctr` });
    expect(list.statusCode).toBe(200);
    const program = list.json<{ items: TProgram[] }>().items[0];
    expect(program).toMatchObject({ code: '29-CTr/TU', issuedOn: '2013-06-04', issuingBody: 'Ban Thường vụ Tỉnh ủy Thái Nguyên', published: true, jurisdiction: { code: '19' } });
    const tree = (await t.anonymous.request({ method: 'GET', url: `${BASE}/${program?.id}` })).json<TProgramTree>();
    const sections = flatten(tree.sections);
    expect(sections.map((s) => s.ref)).toEqual(['I', 'I.1', 'I.2', 'I.2.1', 'I.2.2', 'I.2.3', 'II', 'II.1', 'II.2', 'II.2.1', 'II.2.2', 'II.2.3', 'II.3', 'II.4', 'III', 'III.1', 'III.2', 'III.3']);
    const actionsBySection = Object.fromEntries(sections.filter((s) => s.actions.length > 0).map((s) => [s.ref, s.actions.length]));
    expect(actionsBySection).toEqual({ 'II.1': 2, 'II.2.1': 9, 'II.2.2': 3, 'II.2.3': 7, 'II.3': 5, 'II.4': 5 });
    const targets = sections.flatMap((s) => s.targets);
    const byCode = Object.fromEntries(targets.map((target) => [target.code, target]));
    expect(byCode['MT-TFP']).toMatchObject({ targetMin: 35, direction: 'at_least', deadline: '2020-12-31' });
    expect(byCode['MT-DMCN']).toMatchObject({ targetMin: 15, targetMax: 20, direction: 'range', applies: 'every_period' });
    expect(byCode['MT-TTKHCN']).toMatchObject({ targetMin: 1, deadline: '2015-12-31' });
    expect(byCode['MT-DNHT']).toMatchObject({ targetMin: 100, deadline: '2015-12-31' });
    expect(byCode['MT-CBKHCN']).toMatchObject({ targetMin: 15 });
    expect(byCode['MT-NSKHCN']).toMatchObject({ targetMin: 2, applies: 'every_period' });
    const indicators = Object.fromEntries(tree.indicators.map((indicator) => [indicator.code, indicator]));
    expect(indicators['KHCN.ST_STAFF_PER_10K']).toMatchObject({ method: 'ratio', multiplier: 10_000, numeratorId: indicators['KHCN.ST_STAFF']?.id, denominatorId: indicators['DS.POPULATION']?.id });
    expect(indicators['KHCN.ENTERPRISES_SUPPORTED']).toMatchObject({ method: 'computed', computation: 'programs.enterprises_supported' });
    expect(indicators['KHCN.ST_STAFF']?.nationalCode).toBe('1402');
    expect(sections.find((s) => s.ref === 'II.2.3')?.actions[0]?.text).toMatch(/^Nghiên cứu các vấn đề liên quan đến củng cố và xây dựng hệ thống chính trị/);
    // Loading reference data again changes nothing.
    const before = await count('program_sections');
    const { modules } = await import('../../app.ts');
    for (const module of modules) {
      await module.seedReference?.(t.platform);
    }
    expect(await count('program_sections')).toBe(before);
  });

  it('guards programs: 401, 403 missing_role, 403 outside_scope, 400, 201, 404 for those who may not read, 409 stale', async () => {
    const input = { code: 'KH-01/2025', title: 'Kế hoạch thử nghiệm', issuingBody: 'Ủy ban nhân dân tỉnh', issuedOn: '2025-01-10', legalBasis: 'Quyết định số 01', status: 'draft', startYear: 2025, endYear: 2027, jurisdictionId: thaiNguyenId };
    expect((await t.anonymous.request({ method: 'POST', url: BASE, payload: input })).statusCode).toBe(401);
    const noRole = await researcher.request({ method: 'POST', url: BASE, payload: input });
    expect([noRole.statusCode, noRole.json<{ code: string }>().code]).toEqual([403, 'missing_role']);
    const outside = await haNoiOfficer.request({ method: 'POST', url: BASE, payload: input });
    expect([outside.statusCode, outside.json<{ code: string }>().code]).toEqual([403, 'outside_scope']);
    const bad = await officer.request({ method: 'POST', url: BASE, payload: { ...input, code: '', issuedOn: '2025-02-30', endYear: 2020 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual(expect.arrayContaining(['body.code', 'body.issuedOn']));
    const created = await officer.request({ method: 'POST', url: BASE, payload: input });
    expect(created.statusCode, created.body).toBe(201);
    const program = created.json<TProgram>();
    expect((await officer.request({ method: 'POST', url: BASE, payload: input })).statusCode).toBe(409);

    expect((await t.anonymous.request({ method: 'GET', url: `${BASE}/${program.id}` })).statusCode).toBe(404);
    expect((await researcher.request({ method: 'GET', url: `${BASE}/${program.id}` })).statusCode).toBe(404);
    expect((await haNoiOfficer.request({ method: 'GET', url: `${BASE}/${program.id}` })).statusCode).toBe(404);
    expect((await officer.request({ method: 'GET', url: `${BASE}/${program.id}` })).statusCode).toBe(200);
    expect((await officer.request({ method: 'GET', url: `${BASE}/${UNKNOWN}` })).statusCode).toBe(404);
    expect((await officer.request({ method: 'GET', url: `${BASE}/not-a-uuid` })).statusCode).toBe(400);
    const anonymousList = (await t.anonymous.request({ method: 'GET', url: BASE })).json<{ items: TProgram[] }>();
    expect(anonymousList.items.map((p) => p.code)).not.toContain('KH-01/2025');
    expect((await haNoiOfficer.request({ method: 'GET', url: BASE })).json<{ items: TProgram[] }>().items.map((p) => p.code)).not.toContain('KH-01/2025');
    expect((await officer.request({ method: 'GET', url: BASE })).json<{ items: TProgram[] }>().items.map((p) => p.code)).toContain('KH-01/2025');

    expect((await haNoiOfficer.request({ method: 'PATCH', url: `${BASE}/${program.id}`, payload: { version: 1, title: 'X' } })).statusCode).toBe(404);
    const published = await officer.request({ method: 'PATCH', url: `${BASE}/${program.id}`, payload: { version: 1, published: true } });
    expect(published.json()).toMatchObject({ version: 2, published: true });
    expect((await t.anonymous.request({ method: 'GET', url: `${BASE}/${program.id}` })).statusCode).toBe(200);
    const forbidden = await haNoiOfficer.request({ method: 'PATCH', url: `${BASE}/${program.id}`, payload: { version: 2, title: 'X' } });
    expect([forbidden.statusCode, forbidden.json<{ code: string }>().code]).toEqual([403, 'outside_scope']);
    const stale = await officer.request({ method: 'PATCH', url: `${BASE}/${program.id}`, payload: { version: 1, title: 'Y' } });
    expect([stale.statusCode, stale.json<{ code: string }>().code]).toEqual([409, 'stale_version']);
  });

  it('keeps the section tree a tree, and checks targets and actions against their program', async () => {
    const program = (await officer.request({ method: 'POST', url: BASE, payload: { code: 'KH-02/2025', title: 'Kế hoạch hai', issuingBody: 'Sở Khoa học và Công nghệ', issuedOn: '2025-02-01', legalBasis: 'Quyết định số 02', status: 'draft', startYear: 2025, endYear: 2026, jurisdictionId: thaiNguyenId } })).json<TProgram>();
    const url = `${BASE}/${program.id}/sections`;
    const top = (await officer.request({ method: 'POST', url, payload: { ref: 'I', title: 'Mục tiêu' } })).json<TSection>();
    const child = (await officer.request({ method: 'POST', url, payload: { ref: 'I.1', title: 'Mục tiêu cụ thể', parentId: top.id } })).json<TSection>();
    const grandchild = await officer.request({ method: 'POST', url, payload: { ref: 'I.1.1', title: 'Chi tiết', parentId: child.id } });
    expect(grandchild.statusCode).toBe(201);
    const cycle = await officer.request({ method: 'PATCH', url: `${url}/${top.id}`, payload: { parentId: grandchild.json<TSection>().id } });
    expect([cycle.statusCode, cycle.json<{ code: string }>().code]).toEqual([409, 'section_cycle']);
    expect((await officer.request({ method: 'PATCH', url: `${url}/${top.id}`, payload: { parentId: top.id } })).statusCode).toBe(409);
    expect((await officer.request({ method: 'POST', url, payload: { ref: 'I', title: 'Trùng' } })).statusCode).toBe(409);
    expect((await officer.request({ method: 'POST', url, payload: { ref: 'II', title: 'Cha lạ', parentId: UNKNOWN } })).statusCode).toBe(400);
    expect((await t.anonymous.request({ method: 'POST', url, payload: { ref: 'II', title: 'X' } })).statusCode).toBe(401);
    expect((await officer.request({ method: 'PATCH', url: `${url}/${UNKNOWN}`, payload: { title: 'X' } })).statusCode).toBe(404);

    const indicator = (await officer.request({ method: 'POST', url: `${BASE}/indicators`, payload: { code: 'KH02.X', nameVi: 'Chỉ tiêu X', nameEn: 'X', unit: 'cái', periodType: 'year', method: 'reported', aggregation: 'sum' } })).json<TIndicator>();
    const target = { sectionId: child.id, indicatorId: indicator.id, code: 'T1', label: 'Đạt 10', targetMin: 10, direction: 'at_least', applies: 'by_deadline', startYear: 2025, deadline: '2026-12-31' };
    const noBound = await officer.request({ method: 'POST', url: `${BASE}/${program.id}/targets`, payload: { ...target, direction: 'range' } });
    expect(noBound.json<{ errors: { path: string; code: string }[] }>().errors).toEqual([expect.objectContaining({ path: 'body.targetMax', code: 'target_bound_missing' })]);
    const late = await officer.request({ method: 'POST', url: `${BASE}/${program.id}/targets`, payload: { ...target, deadline: '2030-12-31' } });
    expect(late.json<{ errors: { path: string; code: string }[] }>().errors).toEqual([expect.objectContaining({ path: 'body.deadline', code: 'year_outside_program' })]);
    const createdTarget = await officer.request({ method: 'POST', url: `${BASE}/${program.id}/targets`, payload: target });
    expect(createdTarget.statusCode, createdTarget.body).toBe(201);
    expect(createdTarget.json()).toMatchObject({ jurisdictionId: thaiNguyenId, sortOrder: 0 });
    const foreignSection = await officer.request({ method: 'POST', url: `${BASE}/${program.id}/actions`, payload: { sectionId: UNKNOWN, ref: 'a', text: 'Nhiệm vụ' } });
    expect(foreignSection.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('body.sectionId');
    const badUnit = await officer.request({ method: 'POST', url: `${BASE}/${program.id}/actions`, payload: { sectionId: top.id, ref: 'a', text: 'Nhiệm vụ', leadOrganisationId: UNKNOWN } });
    expect(badUnit.json<{ errors: { path: string; code: string }[] }>().errors[0]).toMatchObject({ path: 'body.leadOrganisationId', code: 'organisation_unknown' });
    const action = await officer.request({ method: 'POST', url: `${BASE}/${program.id}/actions`, payload: { sectionId: top.id, ref: 'a', text: 'Nhiệm vụ thử nghiệm' } });
    expect(action.statusCode).toBe(201);
    const tree = (await officer.request({ method: 'GET', url: `${BASE}/${program.id}` })).json<TProgramTree>();
    expect(tree.sections[0]?.children[0]?.targets.map((x) => x.code)).toEqual(['T1']);
    expect(tree.sections[0]?.actions.map((x) => x.text)).toEqual(['Nhiệm vụ thử nghiệm']);
    const audit = await t.platform.db.selectFrom('audit_log').select('action').where('subject_type', 'in', ['program_section', 'program_target', 'program_action']).execute();
    expect(audit.map((entry) => entry.action)).toEqual(expect.arrayContaining(['programs.section.create', 'programs.target.create', 'programs.action.create']));
  });

  it('refuses a broken import as a whole, listing every problem by path, and writes nothing', async () => {
    const doc = smallDocument('BROKEN');
    const sections = doc['sections'] as Record<string, unknown>[];
    sections.push({ ref: 'I', title: 'Trùng số hiệu' });
    sections.push({ ref: 'X', parentRef: 'Y', title: 'Vòng lặp X' });
    sections.push({ ref: 'Y', parentRef: 'X', title: 'Vòng lặp Y' });
    sections.push({ ref: 'Z', parentRef: 'KHONG-CO', title: 'Cha không tồn tại' });
    (doc['targets'] as Record<string, unknown>[]).push({ code: 'T2', sectionRef: 'NOPE', indicatorCode: 'NOPE.X', label: 'Sai', targetMin: 1, direction: 'at_least', applies: 'by_deadline', startYear: 2024, deadline: '2025-12-31' });
    (doc['targets'] as Record<string, unknown>[]).push({ code: 'T3', sectionRef: 'I', indicatorCode: 'BROKEN.A', label: 'Ngoài thời gian', targetMin: 1, direction: 'at_least', applies: 'by_deadline', startYear: 2010, deadline: '2026-12-31' });
    (doc['actions'] as Record<string, unknown>[]).push({ ref: 'II.a', sectionRef: 'II', text: 'Trùng', leadOrganisation: 'Tổ chức không có thật' });
    (doc['indicators'] as Record<string, unknown>[]).push({ code: 'BROKEN.C', nameVi: 'C', nameEn: 'C', unit: '%', periodType: 'year', method: 'ratio', aggregation: 'sum' });
    (doc['indicators'] as Record<string, unknown>[]).push({ code: 'BROKEN.D', nameVi: 'D', nameEn: 'D', unit: '%', periodType: 'year', method: 'computed', computation: 'khong.dang.ky', aggregation: 'sum' });
    const before = await Promise.all([count('programs'), count('indicators'), count('program_sections'), count('audit_log')]);
    const response = await officer.request({ method: 'POST', url: `${BASE}/import`, payload: doc });
    expect(response.statusCode).toBe(400);
    const problem = response.json<{ code: string; errors: { path: string; code: string }[] }>();
    expect(problem.code).toBe('import_invalid');
    expect(problem.errors.map((e) => `${e.path} ${e.code}`)).toEqual(
      expect.arrayContaining([
        'body.sections.3.ref duplicate_ref',
        'body.sections.4.parentRef section_cycle',
        'body.sections.5.parentRef section_cycle',
        'body.sections.6.parentRef section_unknown',
        'body.targets.1.sectionRef section_unknown',
        'body.targets.1.indicatorCode indicator_unknown',
        'body.targets.2.startYear year_outside_program',
        'body.actions.1.ref duplicate_ref',
        'body.actions.1.leadOrganisation organisation_unknown',
        'body.indicators.3.numeratorCode ratio_inputs_required',
        'body.indicators.3.denominatorCode ratio_inputs_required',
        'body.indicators.4.computation computation_unknown',
      ]),
    );
    expect(await Promise.all([count('programs'), count('indicators'), count('program_sections'), count('audit_log')])).toEqual(before);

    const ratioLoop = smallDocument('LOOP');
    const loopIndicators = ratioLoop['indicators'] as Record<string, unknown>[];
    loopIndicators[0] = { ...loopIndicators[0], method: 'ratio', numeratorCode: 'LOOP.AB', denominatorCode: 'LOOP.B' };
    const loop = await officer.request({ method: 'POST', url: `${BASE}/import`, payload: ratioLoop });
    expect(loop.json<{ errors: { path: string; code: string }[] }>().errors.map((e) => e.code)).toContain('ratio_cycle');

    const shape = await officer.request({ method: 'POST', url: `${BASE}/import`, payload: { program: { code: '' }, sections: [] } });
    expect(shape.statusCode).toBe(400);
    expect((await t.anonymous.request({ method: 'POST', url: `${BASE}/import`, payload: smallDocument('ANON') })).statusCode).toBe(401);
    expect((await researcher.request({ method: 'POST', url: `${BASE}/import`, payload: smallDocument('RES') })).statusCode).toBe(403);
    const elsewhere = await haNoiOfficer.request({ method: 'POST', url: `${BASE}/import`, payload: smallDocument('HN') });
    expect([elsewhere.statusCode, elsewhere.json<{ code: string }>().code]).toEqual([403, 'outside_scope']);
    expect(await count('programs')).toBe(before[0]);
  });

  it('dry-runs, imports, exports and imports the export again to the same document', async () => {
    const before = await Promise.all([count('programs'), count('indicators')]);
    const dry = await officer.request({ method: 'POST', url: `${BASE}/import?dryRun=true`, payload: smallDocument('TRIP') });
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json<TProgramImportResult>()).toMatchObject({ dryRun: true, programId: null, sections: 3, targets: 1, actions: 1, indicatorsCreated: ['TRIP.A', 'TRIP.B', 'TRIP.AB'] });
    expect(await Promise.all([count('programs'), count('indicators')])).toEqual(before);

    const imported = (await officer.request({ method: 'POST', url: `${BASE}/import`, payload: smallDocument('TRIP') })).json<TProgramImportResult>();
    expect(imported).toMatchObject({ dryRun: false, indicatorsCreated: ['TRIP.A', 'TRIP.B', 'TRIP.AB'] });
    const exported = (await officer.request({ method: 'GET', url: `${BASE}/${imported.programId}/export` })).json<TProgramDocument>();
    expect(exported.sections.map((s) => [s.ref, s.parentRef])).toEqual([['I', null], ['I.1', 'I'], ['II', null]]);
    const again = await officer.request({ method: 'POST', url: `${BASE}/import`, payload: { ...exported, program: { ...exported.program, code: 'TRIP-2' } } });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json<TProgramImportResult>()).toMatchObject({ indicatorsCreated: [], indicatorsReused: ['TRIP.A', 'TRIP.AB', 'TRIP.B'] });
    const reexported = (await officer.request({ method: 'GET', url: `${BASE}/${again.json<TProgramImportResult>().programId}/export` })).json<TProgramDocument>();
    expect({ ...reexported, program: { ...reexported.program, code: 'TRIP' } }).toEqual(exported);
    expect((await t.anonymous.request({ method: 'GET', url: `${BASE}/${imported.programId}/export` })).statusCode).toBe(404);

    const upload = await officer.request({ method: 'POST', url: `${BASE}/import/file?dryRun=true`, ...multipart({ name: 'chuong-trinh.json', data: Buffer.from(JSON.stringify(smallDocument('FILE'))) }) });
    expect(upload.statusCode, upload.body).toBe(200);
    expect(upload.json<TProgramImportResult>()).toMatchObject({ dryRun: true, code: 'FILE', sections: 3 });
    const garbled = await officer.request({ method: 'POST', url: `${BASE}/import/file`, ...multipart({ name: 'hong.json', data: Buffer.from('{"program": ') }) });
    expect([garbled.statusCode, garbled.json<{ code: string }>().code]).toEqual([400, 'invalid_json']);
    const empty = await officer.request({ method: 'POST', url: `${BASE}/import/file`, ...multipart(null) });
    expect(empty.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('body.file');
    expect((await t.anonymous.request({ method: 'POST', url: `${BASE}/import/file`, ...multipart(null) })).statusCode).toBe(401);

    const shipped = await admin.request({ method: 'POST', url: `${BASE}/import?dryRun=1`, payload: { ...program29CTrTU, program: { ...program29CTrTU.program, code: '29-CTr/TU-b' } } });
    expect(shipped.json<TProgramImportResult>()).toMatchObject({ sections: 18, actions: 31, targets: 6, indicatorsCreated: [] });
    const audit = await t.platform.db.selectFrom('audit_log').select('action').where('subject_id', '=', imported.programId).execute();
    expect(audit.map((entry) => entry.action)).toContain('programs.program.import');
  });

  it('validates indicator definitions: ratio inputs, registered computations, no ratio cycles', async () => {
    const base = { nameVi: 'Chỉ tiêu', nameEn: 'Indicator', unit: 'cái', periodType: 'year', aggregation: 'sum' };
    const url = `${BASE}/indicators`;
    expect((await t.anonymous.request({ method: 'POST', url, payload: { ...base, code: 'I.X', method: 'reported' } })).statusCode).toBe(401);
    expect((await researcher.request({ method: 'POST', url, payload: { ...base, code: 'I.X', method: 'reported' } })).statusCode).toBe(403);
    const ratio = await officer.request({ method: 'POST', url, payload: { ...base, code: 'I.R', method: 'ratio' } });
    expect(ratio.json<{ errors: { path: string; code: string }[] }>().errors.map((e) => `${e.path} ${e.code}`)).toEqual(['body.numeratorId ratio_inputs_required', 'body.denominatorId ratio_inputs_required']);
    const computed = await officer.request({ method: 'POST', url, payload: { ...base, code: 'I.C', method: 'computed', computation: 'khong.co' } });
    expect(computed.json<{ errors: { code: string }[] }>().errors.map((e) => e.code)).toEqual(['computation_unknown']);
    const a = (await officer.request({ method: 'POST', url, payload: { ...base, code: 'I.A', method: 'reported', decimals: 3 } })).json<TIndicator>();
    const b = (await officer.request({ method: 'POST', url, payload: { ...base, code: 'I.B', method: 'ratio', numeratorId: a.id, denominatorId: a.id } })).json<TIndicator>();
    const c = await officer.request({ method: 'POST', url, payload: { ...base, code: 'I.C', method: 'ratio', numeratorId: b.id, denominatorId: a.id } });
    expect(c.statusCode, c.body).toBe(201);
    const loop = await officer.request({ method: 'PATCH', url: `${url}/${a.id}`, payload: { version: 1, method: 'ratio', numeratorId: c.json<TIndicator>().id, denominatorId: b.id } });
    expect(loop.json<{ errors: { code: string }[] }>().errors.map((e) => e.code)).toEqual(['ratio_cycle']);
    const renamed = await officer.request({ method: 'PATCH', url: `${url}/${a.id}`, payload: { version: 1, nameVi: 'Chỉ tiêu A' } });
    expect(renamed.json()).toMatchObject({ version: 2, nameVi: 'Chỉ tiêu A', decimals: 3, method: 'reported' });
    expect((await t.anonymous.request({ method: 'GET', url: `${url}/${UNKNOWN}` })).statusCode).toBe(404);
    expect((await t.anonymous.request({ method: 'GET', url: `${url}?method=ratio&q=I.` })).json<{ total: number }>().total).toBe(2);
    const computations = (await t.anonymous.request({ method: 'GET', url: `${BASE}/computations` })).json<{ key: string }[]>();
    expect(computations.map((x) => x.key)).toEqual(['directory.population', 'directory.st_staff', 'programs.enterprises_supported']);
  });

  it('keeps support records: 401/403/400/404, scoped lists with filters, audit entries', async () => {
    const organisation = await admin.request({ method: 'POST', url: '/api/v1/directory/organisations', payload: { kind: 'enterprise', nameVi: 'Công ty TNHH Hỗ trợ Thử nghiệm', jurisdictionId: thaiNguyenId } });
    const organisationId = organisation.json<{ id: string }>().id;
    const url = `${BASE}/support-records`;
    const input = { organisationId, kind: 'technology_renewal', supportedOn: '2014-05-20', description: 'Hỗ trợ đổi mới thiết bị sấy chè', amountVnd: 150_000_000 };
    expect((await t.anonymous.request({ method: 'POST', url, payload: input })).statusCode).toBe(401);
    expect((await researcher.request({ method: 'POST', url, payload: input })).statusCode).toBe(403);
    expect((await haNoiOfficer.request({ method: 'POST', url, payload: input })).json<{ code: string }>().code).toBe('outside_scope');
    const bad = await officer.request({ method: 'POST', url, payload: { ...input, kind: 'gift', supportedOn: '2014-13-01', amountVnd: -1 } });
    expect(bad.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual(expect.arrayContaining(['body.kind', 'body.supportedOn', 'body.amountVnd']));
    expect((await officer.request({ method: 'POST', url, payload: { ...input, organisationId: UNKNOWN } })).statusCode).toBe(400);
    const created = await officer.request({ method: 'POST', url, payload: input });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    await officer.request({ method: 'POST', url, payload: { ...input, kind: 'training', supportedOn: '2016-02-01' } });
    const filtered = await officer.request({ method: 'GET', url: `${url}?organisationId=${organisationId}&from=2014-01-01&to=2014-12-31` });
    expect(filtered.json()).toMatchObject({ total: 1, items: [{ id, organisation: { nameVi: 'Công ty TNHH Hỗ trợ Thử nghiệm' } }] });
    expect((await officer.request({ method: 'GET', url: `${url}?kind=training` })).json<{ total: number }>().total).toBe(1);
    expect((await officer.request({ method: 'GET', url: `${url}?from=2015-01-01&to=2014-01-01` })).statusCode).toBe(400);
    expect((await haNoiOfficer.request({ method: 'GET', url })).json<{ total: number }>().total).toBe(0);
    expect((await haNoiOfficer.request({ method: 'GET', url: `${url}/${id}` })).statusCode).toBe(404);
    expect((await t.anonymous.request({ method: 'GET', url })).statusCode).toBe(401);
    const patched = await officer.request({ method: 'PATCH', url: `${url}/${id}`, payload: { amountVnd: 200_000_000 } });
    expect(patched.json()).toMatchObject({ amountVnd: 200_000_000, origin: 'manual' });
    expect((await haNoiOfficer.request({ method: 'PATCH', url: `${url}/${id}`, payload: { amountVnd: 1 } })).statusCode).toBe(404);
    expect((await officer.request({ method: 'DELETE', url: `${url}/${UNKNOWN}` })).statusCode).toBe(404);
    expect((await officer.request({ method: 'DELETE', url: `${url}/${id}` })).statusCode).toBe(204);
    expect((await officer.request({ method: 'GET', url: `${url}/${id}` })).statusCode).toBe(404);
    const audit = await t.platform.db.selectFrom('audit_log').select('action').where('subject_id', '=', id).orderBy('seq').execute();
    expect(audit.map((entry) => entry.action)).toEqual(['programs.support.create', 'programs.support.update', 'programs.support.delete']);
    const queued = await t.platform.db.selectFrom('jobs').select('kind').where('kind', '=', 'programs.materialise').execute();
    expect(queued.length).toBeGreaterThan(0);
  });
});
