import { systemActor } from '../../../platform/access/actor.ts';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.ts';
import type { Platform } from '../../../platform/platform.ts';
import { importProgram } from '../program-import.ts';
import { findProgramRowByCode, organisationsByNames } from '../programs.repository.ts';
import { PROGRAM_29_CTR_TU_CODE, PROGRAM_29_CTR_TU_OWNER, program29CTrTU } from './29-CTr-TU.ts';

const context = (): AuditContext => ({ actor: systemActor('Nạp dữ liệu tham chiếu'), requestId: null });

/**
 * Gives 29-CTr/TU its owner, the provincial Department of S&T, once the directory holds exactly one
 * organisation of that name (a fresh installation loads reference data before anyone registers it).
 */
export async function attachProgramOwner(platform: Platform): Promise<void> {
  const program = await findProgramRowByCode(platform.db, PROGRAM_29_CTR_TU_CODE);
  if (!program || program.owner_organisation_id) {
    return;
  }
  const owners = (await organisationsByNames(platform.db, [PROGRAM_29_CTR_TU_OWNER])).get(PROGRAM_29_CTR_TU_OWNER) ?? [];
  const owner = owners.length === 1 ? owners[0] : undefined;
  if (!owner) {
    return;
  }
  await platform.db.transaction().execute(async (tx) => {
    const now = new Date().toISOString();
    await tx
      .updateTable('programs')
      .set({ owner_organisation_id: owner.id, version: program.version + 1, updated_at: now })
      .where('id', '=', program.id)
      .where('owner_organisation_id', 'is', null)
      .execute();
    await recordAudit(tx, context(), {
      action: 'programs.program.update',
      subjectType: 'program',
      subjectId: program.id,
      before: { owner_organisation_id: null },
      after: { owner_organisation_id: owner.id },
    });
  });
}

/** Loads 29-CTr/TU through the program import, once; later runs only attach its owner. */
export async function seedProgramsReference(platform: Platform): Promise<void> {
  if (!(await findProgramRowByCode(platform.db, PROGRAM_29_CTR_TU_CODE))) {
    await importProgram(platform, context(), program29CTrTU);
  }
  await attachProgramOwner(platform);
}
