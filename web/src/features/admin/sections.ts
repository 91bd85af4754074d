import type { TSessionUser } from '../../../../common/contracts/auth.ts';
import type { Permission } from '../../../../common/contracts/permissions.ts';

export interface AdminSection {
  key: 'users' | 'organisations' | 'people' | 'transfer' | 'jobs' | 'mail' | 'audit';
  path: string;
  /** Any one of these permissions opens the section (the server still checks each record's scope). */
  any: readonly Permission[];
}

export const ADMIN_SECTIONS: readonly AdminSection[] = [
  { key: 'users', path: '/admin/users', any: ['users.manage'] },
  { key: 'organisations', path: '/admin/directory/organisations', any: ['directory.organisation.write'] },
  { key: 'people', path: '/admin/directory/people', any: ['directory.person.write'] },
  { key: 'transfer', path: '/admin/directory/transfer', any: ['directory.import', 'directory.export'] },
  { key: 'jobs', path: '/admin/jobs', any: ['jobs.manage'] },
  { key: 'mail', path: '/admin/mail', any: ['mail.read'] },
  { key: 'audit', path: '/admin/audit', any: ['audit.read'] },
];

/** Every permission that opens some part of the admin area. */
export const ADMIN_PERMISSIONS: readonly Permission[] = [...new Set(ADMIN_SECTIONS.flatMap((section) => section.any))];

/** The admin sections a user may open, in menu order; empty for visitors and plain researchers. */
export function sectionsFor(user: Pick<TSessionUser, 'permissions' | 'isAdmin'> | null): AdminSection[] {
  if (!user) {
    return [];
  }
  return ADMIN_SECTIONS.filter((section) => user.isAdmin || section.any.some((permission) => user.permissions.includes(permission)));
}
