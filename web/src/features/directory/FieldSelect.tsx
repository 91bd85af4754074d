import { MultiSelect, Select } from '@mantine/core';
import type { TStFieldNode } from '../../../../common/contracts/directory.ts';
import { useFieldTree } from '../../api/directory.ts';
import { useLocale } from '../../app/locale.tsx';

/** The field classification as grouped options: each top-level field heads its sub-fields. */
export function fieldOptions(tree: readonly TStFieldNode[], locale: 'vi' | 'en') {
  const name = (node: TStFieldNode) => `${node.code}. ${locale === 'en' ? node.nameEn : node.nameVi}`;
  return tree.map((root) => ({
    group: name(root),
    items: [{ value: root.code, label: name(root) }, ...root.children.map((child) => ({ value: child.code, label: name(child) }))],
  }));
}

export function FieldSelect({ label, value, onChange }: { label: string; value: string | null; onChange: (value: string | null) => void }) {
  const { locale, t } = useLocale();
  const tree = useFieldTree();
  return (
    <Select
      label={label}
      searchable
      clearable
      placeholder={t('ui.common.all')}
      data={fieldOptions(tree.data ?? [], locale)}
      value={value}
      onChange={onChange}
      nothingFoundMessage={tree.isPending ? t('ui.common.loading') : t('ui.common.noMatches')}
      clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
    />
  );
}

export function FieldMultiSelect({
  label,
  value,
  onChange,
  error,
  name,
}: {
  label: string;
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
  name?: string;
}) {
  const { locale, t } = useLocale();
  const tree = useFieldTree();
  return (
    <MultiSelect
      name={name}
      label={label}
      searchable
      clearable
      maxValues={10}
      data={fieldOptions(tree.data ?? [], locale)}
      value={value}
      onChange={onChange}
      error={error}
      nothingFoundMessage={tree.isPending ? t('ui.common.loading') : t('ui.common.noMatches')}
      clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
    />
  );
}
