import type { Permission } from '../../../common/contracts/permissions.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { authorize, can, scopeOf, type Placement } from '../../platform/access/policy.ts';
import type { Executor } from '../../platform/db/client.ts';
import { notFound } from '../../platform/errors.ts';
import { findProgramWithPlace, jurisdictionsByIds, organisationsByIds, type ProgramRow, type ProgramWithPlace } from './programs.repository.ts';

/**
 * Program rules. A program sits where its jurisdiction and owner unit sit: grants on the province
 * (or on the owning department's subtree) cover it. Readers need `programs.read` there, except
 * that a published program's outline (sections, targets, actions) is open to everyone, and that
 * the units taking part (grants on an organisation) read every program, which may assign them
 * actions and ask them for reports. A program
 * the actor may not read does not exist for them (404); one they may read but not change is a 403.
 */

export function placementOf(program: Pick<ProgramWithPlace, 'jurisdiction_path' | 'owner_path'>): Placement {
  return { jurisdictionPath: program.jurisdiction_path, organisationPath: program.owner_path };
}

/** The placement the policy uses for a program: its jurisdiction's path and its owner unit's path. */
export async function programPlacement(executor: Executor, program: Pick<ProgramRow, 'jurisdiction_id' | 'owner_organisation_id'>): Promise<Placement> {
  const [jurisdictions, owners] = await Promise.all([
    jurisdictionsByIds(executor, [program.jurisdiction_id]),
    organisationsByIds(executor, program.owner_organisation_id ? [program.owner_organisation_id] : []),
  ]);
  const jurisdiction = jurisdictions.get(program.jurisdiction_id);
  if (!jurisdiction) {
    throw new Error(`program jurisdiction ${program.jurisdiction_id} is missing`);
  }
  const owner = program.owner_organisation_id ? owners.get(program.owner_organisation_id) : undefined;
  return { jurisdictionPath: jurisdiction.path, organisationPath: owner?.path ?? null };
}

/** Whether the actor reads programs as a unit taking part in them: a signed-in holder of `programs.read` on an organisation. */
export function takesPartInPrograms(actor: Actor): boolean {
  return actor.kind !== 'anonymous' && scopeOf(actor, 'programs.read').organisationPaths.length > 0;
}

export function canReadProgram(actor: Actor, program: ProgramWithPlace): boolean {
  return program.published === 1 || can(actor, 'programs.read', placementOf(program)) || takesPartInPrograms(actor);
}

/** Whether the actor reads the program as an insider (grants), not only as the public reads a published one. */
export function readsInternally(actor: Actor, program: ProgramWithPlace): boolean {
  return can(actor, 'programs.read', placementOf(program));
}

/**
 * Loads a program the actor may read (404 otherwise) and, when `permission` is given, checks the
 * actor holds it over the program (403 otherwise).
 */
export async function requireProgram(executor: Executor, actor: Actor, programId: string, permission?: Permission): Promise<ProgramWithPlace> {
  const program = await findProgramWithPlace(executor, programId);
  if (!program || !canReadProgram(actor, program)) {
    throw notFound();
  }
  if (permission) {
    authorize(actor, permission, placementOf(program));
  }
  return program;
}
