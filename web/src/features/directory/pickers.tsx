import { useJurisdictions, useOrganisations, usePeople } from '../../api/directory.ts';
import { RemoteSelect, type Option } from '../../components/RemoteSelect.tsx';

type PickerProps = {
  label: string;
  name?: string;
  value: string | null;
  initialLabel?: string | null;
  onChange: (value: string | null, option: Option | null) => void;
  error?: string;
  description?: string;
  required?: boolean;
  disabled?: boolean;
};

function useOrganisationOptions(search: string) {
  const query = useOrganisations({ q: search || undefined, pageSize: 20 });
  return {
    loading: query.isFetching,
    options: (query.data?.items ?? []).map((organisation) => ({
      value: organisation.id,
      label: organisation.abbreviation ? `${organisation.nameVi} (${organisation.abbreviation})` : organisation.nameVi,
    })),
  };
}

function useJurisdictionOptions(search: string, scope: Record<string, string | undefined>) {
  const query = useJurisdictions({ q: search || undefined, kind: scope.kind, parentId: scope.parentId, pageSize: 50 });
  return {
    loading: query.isFetching,
    options: (query.data?.items ?? []).map((jurisdiction) => ({ value: jurisdiction.id, label: jurisdiction.fullName || jurisdiction.name })),
  };
}

function usePersonOptions(search: string) {
  const query = usePeople({ q: search || undefined, pageSize: 20 });
  return {
    loading: query.isFetching,
    options: (query.data?.items ?? []).map((person) => ({
      value: person.id,
      label: person.organisation ? `${person.fullName} — ${person.organisation.nameVi}` : person.fullName,
    })),
  };
}

export function OrganisationPicker(props: PickerProps & { exclude?: string }) {
  return <RemoteSelect {...props} useOptions={useOrganisationOptions} />;
}

export function PersonPicker(props: PickerProps) {
  return <RemoteSelect {...props} useOptions={usePersonOptions} />;
}

export function JurisdictionPicker({ kind, parentId, ...props }: PickerProps & { kind?: 'province' | 'commune'; parentId?: string | null }) {
  return (
    <RemoteSelect
      key={`${kind ?? ''}:${parentId ?? ''}`}
      {...props}
      scope={{ kind, parentId: parentId ?? undefined }}
      useOptions={useJurisdictionOptions}
    />
  );
}
