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
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  researcher: ['files.upload'],
  org_representative: ['files.upload', 'directory.person.write', 'directory.relation.write'],
  expert: ['files.upload'],
  unit_reporter: ['files.upload'],
  officer: [
    'directory.read_private',
    'directory.organisation.write',
    'directory.person.write',
    'directory.relation.write',
    'directory.import',
    'directory.export',
    'files.upload',
  ],
  leader: ['directory.read_private', 'directory.export'],
  admin: [...PERMISSIONS],
};

/** Roles a person may ask for when signing up; an administrator approves the account. */
export const SELF_SERVICE_ROLES = ['researcher', 'org_representative'] as const satisfies readonly Role[];
