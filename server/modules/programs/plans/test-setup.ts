import { expect } from 'vitest';
import type { TestApp, TestClient } from '../../../test/app.ts';

/** Shared set-up of the plans and rounds suites: 29-CTr/TU as reference data, two units and their people. */
export interface RoundsWorld {
  admin: TestClient;
  officer: TestClient;
  reporterA: TestClient;
  reporterB: TestClient;
  researcher: TestClient;
  programId: string;
  actionIds: string[];
  unitA: string;
  unitB: string;
  indicators: Map<string, string>;
}

export const PASSWORD = 'mat-khau-thu-nghiem-1';

export async function createUser(t: TestApp, admin: TestClient, email: string, grants: unknown[]): Promise<TestClient> {
  const created = await admin.request({ method: 'POST', url: '/api/v1/admin/users', payload: { email, displayName: email, password: PASSWORD, grants } });
  expect(created.statusCode, created.body).toBe(201);
  return t.login(email, PASSWORD);
}

export async function buildWorld(t: TestApp): Promise<RoundsWorld> {
  const admin = await t.admin();
  const province = await t.platform.db.selectFrom('jurisdictions').select('id').where('code', '=', '19').executeTakeFirstOrThrow();
  const program = await t.platform.db.selectFrom('programs').select('id').where('code', '=', '29-CTr/TU').executeTakeFirstOrThrow();
  const actions = await t.platform.db.selectFrom('program_actions').select('id').where('program_id', '=', program.id).orderBy('sort_order').limit(4).execute();
  const indicatorRows = await t.platform.db.selectFrom('indicators').select(['id', 'code']).execute();
  const officer = await createUser(t, admin, 'chuyenvien.khcn@test.vn', [{ role: 'officer', scopeKind: 'jurisdiction', scopeId: province.id }]);
  const unit = async (nameVi: string): Promise<string> => {
    const response = await officer.request({ method: 'POST', url: '/api/v1/directory/organisations', payload: { kind: 'state_agency', nameVi, jurisdictionId: province.id } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>().id;
  };
  const unitA = await unit('Sở Công Thương thử nghiệm');
  const unitB = await unit('Sở Nông nghiệp và Môi trường thử nghiệm');
  const reporterA = await createUser(t, admin, 'baocao.sct@test.vn', [{ role: 'unit_reporter', scopeKind: 'organisation', scopeId: unitA }]);
  const reporterB = await createUser(t, admin, 'baocao.snn@test.vn', [{ role: 'unit_reporter', scopeKind: 'organisation', scopeId: unitB }]);
  const researcher = await createUser(t, admin, 'nhakhoahoc.rounds@test.vn', [{ role: 'researcher', scopeKind: 'global', scopeId: null }]);
  return {
    admin,
    officer,
    reporterA,
    reporterB,
    researcher,
    programId: program.id,
    actionIds: actions.map((action) => action.id),
    unitA,
    unitB,
    indicators: new Map(indicatorRows.map((row) => [row.code, row.id])),
  };
}
