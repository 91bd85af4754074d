import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useT } from '../app/locale.tsx';

export interface Option {
  value: string;
  label: string;
}

/**
 * A searchable select whose options come from the server (the server folds diacritics, so the
 * browser must not filter again). The chosen option keeps its label even when a later search no
 * longer returns it.
 */
export function RemoteSelect({
  label,
  name,
  value,
  initialLabel,
  onChange,
  useOptions,
  error,
  description,
  required,
  placeholder,
  exclude,
  scope,
  disabled,
}: {
  label: string;
  name?: string;
  value: string | null;
  initialLabel?: string | null;
  onChange: (value: string | null, option: Option | null) => void;
  /** A hook returning options for a search text (called on every render, as hooks must be). */
  useOptions: (search: string, scope: Record<string, string | undefined>) => { options: Option[]; loading: boolean };
  /** Extra filters handed to `useOptions` (e.g. the province whose communes to list). */
  scope?: Record<string, string | undefined>;
  error?: string;
  description?: string;
  required?: boolean;
  placeholder?: string;
  exclude?: string;
  disabled?: boolean;
}) {
  const t = useT();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<Option | null>(value && initialLabel ? { value, label: initialLabel } : null);
  const [debounced] = useDebouncedValue(search, 300);
  // Once an option is chosen the box shows its label; searching for that label again adds nothing.
  const query = selected && debounced === selected.label ? '' : debounced;
  const { options, loading } = useOptions(query, scope ?? {});

  const data = options.filter((option) => option.value !== exclude);
  if (selected && selected.value === value && !data.some((option) => option.value === selected.value)) {
    data.unshift(selected);
  }

  return (
    <Select
      name={name}
      label={label}
      description={description}
      placeholder={placeholder ?? t('ui.common.typeToSearch')}
      required={required}
      disabled={disabled}
      searchable
      clearable
      value={value}
      data={data}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? t('ui.common.loading') : t('ui.common.noMatches')}
      onChange={(next) => {
        const option = data.find((candidate) => candidate.value === next) ?? null;
        setSelected(option);
        onChange(next, option);
      }}
      error={error}
      clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
    />
  );
}
