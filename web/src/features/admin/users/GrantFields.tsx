import { Select, SimpleGrid } from '@mantine/core';
import { ROLES, SCOPE_KINDS, type Role, type ScopeKind } from '../../../../../common/contracts/permissions.ts';
import { useT } from '../../../app/locale.tsx';
import { JurisdictionPicker, OrganisationPicker } from '../../directory/pickers.tsx';

export interface GrantDraft {
  role: Role | '';
  scopeKind: ScopeKind;
  scopeId: string | null;
}

export const EMPTY_GRANT: GrantDraft = { role: '', scopeKind: 'global', scopeId: null };

/** Role, scope kind and the scope itself (a province or commune, or an organisation subtree). */
export function GrantFields({
  value,
  onChange,
  errors,
  allowNoRole,
}: {
  value: GrantDraft;
  onChange: (next: GrantDraft) => void;
  errors: { role?: string; scopeKind?: string; scopeId?: string };
  allowNoRole?: boolean;
}) {
  const t = useT();
  const roleOptions = ROLES.map((role) => ({ value: role, label: t(`ui.roles.${role}`) }));
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
      <Select
        name="role"
        label={t('ui.grants.role')}
        data={allowNoRole ? [{ value: 'none', label: t('ui.grants.noRole') }, ...roleOptions] : roleOptions}
        value={value.role === '' ? (allowNoRole ? 'none' : null) : value.role}
        onChange={(next) => onChange({ ...value, role: next && next !== 'none' ? (next) : '' })}
        allowDeselect={false}
        required={!allowNoRole}
        error={errors.role}
      />
      <Select
        name="scopeKind"
        label={t('ui.grants.scopeKind')}
        data={SCOPE_KINDS.map((kind) => ({ value: kind, label: t(`ui.scopeKinds.${kind}`) }))}
        value={value.scopeKind}
        onChange={(next) => onChange({ ...value, scopeKind: (next ?? 'global'), scopeId: null })}
        allowDeselect={false}
        disabled={value.role === ''}
        error={errors.scopeKind}
      />
      {value.scopeKind === 'jurisdiction' ? (
        <JurisdictionPicker
          name="scopeId"
          label={t('ui.grants.jurisdiction')}
          value={value.scopeId}
          onChange={(scopeId) => onChange({ ...value, scopeId })}
          error={errors.scopeId}
          required
        />
      ) : value.scopeKind === 'organisation' ? (
        <OrganisationPicker
          name="scopeId"
          label={t('ui.grants.organisation')}
          value={value.scopeId}
          onChange={(scopeId) => onChange({ ...value, scopeId })}
          error={errors.scopeId}
          required
        />
      ) : null}
    </SimpleGrid>
  );
}
