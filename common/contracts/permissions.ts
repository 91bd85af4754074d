/**
 * Roles of DESIGN §1 and the permissions each one carries. A grant gives a user one role within a
 * scope (everything, a jurisdiction, or an organisation subtree); the access policy answers from
 * these tables, and the web app reads the same tables to decide what to show.
 */
export const ROLES = [
  'researcher',
  'org_representative',
  'expert',
  'unit_reporter',
  'officer',
  'leader',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export const SCOPE_KINDS = ['global', 'jurisdiction', 'organisation'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

export const PERMISSIONS = [
  'directory.read_private',
  'directory.organisation.write',
  'directory.person.write',
  'directory.relation.write',
  'directory.import',
  'directory.export',
  'users.manage',
  'audit.read',
  'jobs.manage',
  'mail.read',
  'files.upload',
  'programs.read',
  'programs.manage',
  'programs.plan.write',
  'programs.report.submit',
  'programs.round.manage',
  'programs.support.write',
  'programs.document.generate',
  'library.deposit',
  'library.curate',
  'library.read_restricted',
  'library.transfer',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  researcher: ['files.upload', 'library.deposit'],
  org_representative: ['files.upload', 'directory.person.write', 'directory.relation.write', 'library.deposit'],
  expert: ['files.upload'],
  unit_reporter: ['files.upload', 'programs.read', 'programs.plan.write', 'programs.report.submit'],
  officer: [
    'directory.read_private',
    'directory.organisation.write',
    'directory.person.write',
    'directory.relation.write',
    'directory.import',
    'directory.export',
    'files.upload',
    'programs.read',
    'programs.manage',
    'programs.plan.write',
    'programs.round.manage',
    'programs.support.write',
    'programs.document.generate',
    'library.deposit',
    'library.curate',
    'library.read_restricted',
    'library.transfer',
  ],
  leader: ['directory.read_private', 'directory.export', 'programs.read', 'programs.document.generate', 'library.read_restricted'],
  admin: [...PERMISSIONS],
};

/** Roles a person may ask for when signing up; an administrator approves the account. */
export const SELF_SERVICE_ROLES = ['researcher', 'org_representative'] as const satisfies readonly Role[];
