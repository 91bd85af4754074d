import type { Role, ScopeKind } from '../../../common/contracts/permissions.ts';
import { systemActor } from '../../platform/access/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { hashPassword } from '../../platform/auth/passwords.ts';
import type { Platform } from '../../platform/platform.ts';
import { findJurisdictionByCode, findOrganisationByName } from '../directory/index.ts';
import { createAdmin } from './admin-bootstrap.ts';
import * as repo from './accounts.repository.ts';

interface DemoAccount {
  email: string;
  displayName: string;
  description: string;
  role: Role;
  scope: { kind: ScopeKind; jurisdictionCode?: string; organisationName?: string };
}

const PASSWORD = 'OpenSTI-demo-2026';

const accounts: DemoAccount[] = [
  {
    email: 'admin@demo.opensti.vn',
    displayName: 'Quản trị hệ thống',
    description: 'system administrator',
    role: 'admin',
    scope: { kind: 'global' },
  },
  {
    email: 'chuyenvien@demo.opensti.vn',
    displayName: 'Nguyễn Thị Thu Hà',
    description: 'S&T department officer (Thái Nguyên)',
    role: 'officer',
    scope: { kind: 'jurisdiction', jurisdictionCode: '19' },
  },
  {
    email: 'lanhdao@demo.opensti.vn',
    displayName: 'Hoàng Văn Minh',
    description: 'leader, read-only dashboards (Thái Nguyên)',
    role: 'leader',
    scope: { kind: 'jurisdiction', jurisdictionCode: '19' },
  },
  {
    email: 'baocao@demo.opensti.vn',
    displayName: 'Phạm Quang Huy',
    description: 'unit reporter (Sở Nông nghiệp và Môi trường)',
    role: 'unit_reporter',
    scope: { kind: 'organisation', organisationName: 'Sở Nông nghiệp và Môi trường tỉnh Thái Nguyên' },
  },
  {
    email: 'nhakhoahoc@demo.opensti.vn',
    displayName: 'TS. Đỗ Thị Lan',
    description: 'researcher',
    role: 'researcher',
    scope: { kind: 'global' },
  },
];

export const DEMO_ACCOUNTS = {
  password: PASSWORD,
  accounts: accounts.map(({ email, description }) => ({ email, description })),
} as const;

/** Demo sign-ins, one per main role, with grants scoped to the demo province and its units. */
export async function seedDemoAccounts(platform: Platform): Promise<void> {
  const [admin, ...others] = accounts;
  if (!admin) {
    return;
  }
  await createAdmin(platform, { email: admin.email, password: PASSWORD, displayName: admin.displayName }, 'Nạp dữ liệu mẫu');
  const passwordHash = await hashPassword(PASSWORD);
  const actor = systemActor('Nạp dữ liệu mẫu');
  for (const account of others) {
    const scopeId =
      account.scope.kind === 'jurisdiction' && account.scope.jurisdictionCode
        ? ((await findJurisdictionByCode(platform, account.scope.jurisdictionCode))?.id ?? null)
        : account.scope.kind === 'organisation' && account.scope.organisationName
          ? ((await findOrganisationByName(platform, account.scope.organisationName))?.id ?? null)
          : null;
    if (account.scope.kind !== 'global' && !scopeId) {
      throw new Error(`Demo data is missing the scope of ${account.email}`);
    }
    await platform.db.transaction().execute(async (tx) => {
      if (await repo.findUserByEmail(tx, account.email)) {
        return;
      }
      const user = await repo.insertUser(tx, {
        email: account.email,
        password_hash: passwordHash,
        display_name: account.displayName,
        person_id: null,
        status: 'active',
        requested_role: null,
        requested_organisation_id: null,
        locale: 'vi',
      });
      await repo.insertGrant(tx, { user_id: user.id, role: account.role, scope_kind: account.scope.kind, scope_id: scopeId, created_by: null });
      await recordAudit(tx, { actor, requestId: null }, {
        action: 'user.created',
        subjectType: 'user',
        subjectId: user.id,
        after: { email: account.email, role: account.role },
      });
    });
  }
}
