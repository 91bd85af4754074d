import { Badge } from '@mantine/core';
import type { LibraryAccessLevel, LibraryRecordStatus, LibraryRecordType, TextStatus } from '../../../../common/contracts/library.ts';
import { useLocale } from '../../app/locale.tsx';
import { valueLabel } from './labels.ts';

const STATUS_COLORS: Record<LibraryRecordStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  changes_requested: 'yellow',
  published: 'green',
  withdrawn: 'red',
};

const TEXT_COLORS: Record<TextStatus, string> = {
  pending: 'blue',
  extracted: 'green',
  failed: 'red',
  skipped: 'gray',
};

// Light badges: dark text on a pale tint stays readable whatever the colour, and the words carry the meaning.
export function TypeBadge({ type }: { type: LibraryRecordType }) {
  const { locale, t } = useLocale();
  return (
    <Badge variant="light" color="brand" radius="sm">
      {valueLabel(locale, t, 'library.types', type)}
    </Badge>
  );
}

export function AccessBadge({ level }: { level: LibraryAccessLevel }) {
  const { t } = useLocale();
  return (
    <Badge variant="light" color={level === 'restricted' ? 'orange' : 'gray'} radius="sm">
      {t(`library.accessLevels.${level}`)}
    </Badge>
  );
}

export function RecordStatusBadge({ status }: { status: LibraryRecordStatus }) {
  const { t } = useLocale();
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} radius="sm">
      {t(`library.statuses.${status}`)}
    </Badge>
  );
}

export function TextStatusBadge({ status }: { status: TextStatus }) {
  const { t } = useLocale();
  return (
    <Badge variant="light" color={TEXT_COLORS[status]} radius="sm" size="sm">
      {t(`library.textStatuses.${status}`)}
    </Badge>
  );
}
