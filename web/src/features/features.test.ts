import { describe, expect, it } from 'vitest';
import type { TSessionUser } from '../../../common/contracts/auth.ts';
import { sectionsFor } from './admin/sections.ts';
import { diffSnapshots, showValue } from './admin/audit/diff.ts';
import { safeNextPath } from './auth/safeNext.ts';
import { defaultJurisdiction } from './directory/admin/defaults.ts';
import { personDisplayName, relationPeriod } from './directory/names.ts';
import { relationEnds, relationOptions } from './directory/relationOptions.ts';
import { hasMessage } from '../app/messages.ts';

describe('safeNextPath', () => {
  it('keeps paths of this site', () => {
    expect(safeNextPath('/admin/users?status=pending')).toBe('/admin/users?status=pending');
  });

  it('refuses other sites, scheme-relative and backslash tricks', () => {
    expect(safeNextPath('https://evil.example/')).toBe('/');
    expect(safeNextPath('//evil.example/')).toBe('/');
    expect(safeNextPath('/\\evil.example')).toBe('/');
    expect(safeNextPath(null)).toBe('/');
  });

  it('does not loop back to the login page', () => {
    expect(safeNextPath('/login?next=/me')).toBe('/');
  });
});

describe('sectionsFor', () => {
  const user = (permissions: TSessionUser['permissions'], isAdmin = false) => ({ permissions, isAdmin });

  it('shows nothing to visitors and to users without an admin permission', () => {
    expect(sectionsFor(null)).toEqual([]);
    expect(sectionsFor(user(['files.upload']))).toEqual([]);
  });

  it('shows an officer the directory sections only', () => {
    const keys = sectionsFor(user(['directory.organisation.write', 'directory.person.write', 'directory.import', 'directory.export', 'files.upload'])).map(
      (section) => section.key,
    );
    expect(keys).toEqual(['organisations', 'people', 'transfer']);
  });

  it('shows an administrator every section', () => {
    expect(sectionsFor(user([], true)).map((section) => section.key)).toEqual(['users', 'organisations', 'people', 'transfer', 'jobs', 'mail', 'audit']);
  });
});

describe('diffSnapshots', () => {
  it('lists changed fields first, then added, removed and unchanged', () => {
    const changes = diffSnapshots({ status: 'pending', name: 'An', role: 'x' }, { status: 'active', name: 'An', email: 'a@b.vn' });
    expect(changes.map((change) => [change.field, change.kind])).toEqual([
      ['status', 'changed'],
      ['email', 'added'],
      ['role', 'removed'],
      ['name', 'unchanged'],
    ]);
  });

  it('treats a missing before snapshot as a creation', () => {
    expect(diffSnapshots(null, { id: 1 })).toEqual([{ field: 'id', before: undefined, after: 1, kind: 'added' }]);
  });

  it('compares non-object snapshots as one value', () => {
    expect(diffSnapshots('a', 'b')).toEqual([{ field: '', before: 'a', after: 'b', kind: 'changed' }]);
    expect(diffSnapshots(undefined, undefined)).toEqual([]);
  });

  it('compares nested values by content', () => {
    expect(diffSnapshots({ grants: [{ role: 'officer' }] }, { grants: [{ role: 'officer' }] })[0]?.kind).toBe('unchanged');
  });
});

describe('showValue', () => {
  it('shows strings as they are and other values as compact JSON', () => {
    expect(showValue('Sở KH&CN')).toBe('Sở KH&CN');
    expect(showValue(null)).toBe('∅');
    expect(showValue(undefined)).toBe('');
    expect(showValue({ a: [1, 2] })).toBe('{ "a": [ 1, 2 ] }');
  });
});

describe('personDisplayName', () => {
  const person = { fullName: 'Nguyễn Văn An', degree: 'doctor' as const, academicTitle: 'associate_professor' as const };

  it('writes titles the Vietnamese way, joined without spaces', () => {
    expect(personDisplayName('vi', person)).toBe('PGS.TS. Nguyễn Văn An');
  });

  it('separates titles in English', () => {
    expect(personDisplayName('en', person)).toBe('Assoc. Prof. Dr. Nguyễn Văn An');
  });

  it('leaves out degrees without an abbreviation and shows a bare name when there is none', () => {
    expect(personDisplayName('vi', { fullName: 'Trần Thị Bình', degree: 'other', academicTitle: null })).toBe('Trần Thị Bình');
    expect(personDisplayName('vi', { fullName: 'Trần Thị Bình', degree: 'master', academicTitle: null })).toBe('ThS. Trần Thị Bình');
  });
});

describe('relationPeriod', () => {
  it('formats both ends as dd/MM/yyyy', () => {
    expect(relationPeriod('vi', '2015-09-01', '2020-06-30')).toBe('01/09/2015 – 30/06/2020');
  });

  it('says "since" for an open relation and nothing for an undated one', () => {
    expect(relationPeriod('vi', '2015-09-01', null)).toBe('từ 01/09/2015 đến nay');
    expect(relationPeriod('en', '2015-09-01', null)).toBe('since 01/09/2015');
    expect(relationPeriod('vi', null, null)).toBe('');
  });
});

describe('defaultJurisdiction', () => {
  it('takes the first area grant', () => {
    const grants: TSessionUser['grants'] = [
      { id: 'g1', role: 'researcher', scopeKind: 'global', scopeId: null, scopeName: null },
      { id: 'g2', role: 'officer', scopeKind: 'jurisdiction', scopeId: 'j-19', scopeName: 'Tỉnh Thái Nguyên' },
    ];
    expect(defaultJurisdiction({ grants })).toEqual({ id: 'j-19', label: 'Tỉnh Thái Nguyên' });
  });

  it('is empty without an area grant', () => {
    expect(defaultJurisdiction({ grants: [] })).toBeNull();
    expect(defaultJurisdiction(null)).toBeNull();
  });
});

describe('relationOptions', () => {
  it('offers a person the relations a person can start, once each for symmetric kinds', () => {
    expect(relationOptions('person').map((option) => option.value)).toEqual([
      'employment_from_organisation',
      'membership_from_organisation',
      'leadership_from_organisation',
      'ownership_from_organisation',
      'family_from_person',
      'co_authorship_from_person',
    ]);
  });

  it('offers an organisation both ends, e.g. taking on staff and being a member', () => {
    const values = relationOptions('organisation').map((option) => option.value);
    expect(values).toContain('employment_to_person');
    expect(values).toContain('membership_from_organisation');
    expect(values).toContain('membership_to_organisation');
    expect(values).toContain('partnership_from_organisation');
    expect(values).not.toContain('partnership_to_organisation');
    expect(values).not.toContain('employment_from_person');
  });

  it('has a label in both languages for every option', () => {
    const all = [...relationOptions('person'), ...relationOptions('organisation')];
    const missing = all.filter((option) => !hasMessage('vi', `ui.relationOptions.${option.value}`) || !hasMessage('en', `ui.relationOptions.${option.value}`));
    expect(missing).toEqual([]);
  });
});

describe('relationEnds', () => {
  it('puts the current party at the end the option names', () => {
    const [employment] = relationOptions('organisation').filter((option) => option.value === 'employment_to_person');
    expect(employment && relationEnds(employment, { kind: 'organisation', id: 'o1' }, 'p1')).toEqual({
      kind: 'employment',
      fromKind: 'person',
      fromId: 'p1',
      toKind: 'organisation',
      toId: 'o1',
    });
  });
});
