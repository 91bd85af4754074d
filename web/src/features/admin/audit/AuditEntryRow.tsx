import { Anchor, Badge, Button, Collapse, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link } from 'react-router';
import type { TAuditEntry } from '../../../../../common/contracts/system.ts';
import { formatDateTime } from '../../../../../common/i18n/index.ts';
import { useT } from '../../../app/locale.tsx';
import { diffSnapshots, showValue, type ChangeKind } from './diff.ts';

const SUBJECT_PATHS: Record<string, (id: string) => string> = {
  user: (id) => `/admin/users/${id}`,
  organisation: (id) => `/directory/organisations/${id}`,
  person: (id) => `/directory/people/${id}`,
  mail: (id) => `/admin/mail/${id}`,
};

const CHANGE_COLORS: Record<ChangeKind, string> = { added: 'green', removed: 'red', changed: 'blue', unchanged: 'gray' };

export function AuditEntryRow({ entry }: { entry: TAuditEntry }) {
  const t = useT();
  const [opened, { toggle }] = useDisclosure(false);
  const changes = diffSnapshots(entry.before, entry.after);
  const subjectPath = entry.subjectId ? SUBJECT_PATHS[entry.subjectType]?.(entry.subjectId) : undefined;
  const panelId = `audit-${entry.id}`;
  return (
    <Paper withBorder radius="sm" p="sm" component="li" style={{ listStyle: 'none' }}>
      <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Group gap="xs" wrap="wrap">
            <Badge variant="light" ff="monospace">
              {entry.action}
            </Badge>
            <Text size="sm">
              {t('ui.audit.by')} <strong>{entry.actorLabel}</strong>
            </Text>
          </Group>
          <Text size="sm">
            {t('ui.audit.subject')}: {entry.subjectType}
            {entry.subjectId ? (
              <>
                {' · '}
                {subjectPath ? (
                  <Anchor component={Link} to={subjectPath} size="sm" ff="monospace">
                    {entry.subjectId}
                  </Anchor>
                ) : (
                  <Text span size="sm" ff="monospace">
                    {entry.subjectId}
                  </Text>
                )}
              </>
            ) : null}
          </Text>
          <Text size="xs" c="dimmed">
            {formatDateTime(entry.at)} · #{entry.seq}
            {entry.requestId ? ` · ${t('ui.audit.request')} ${entry.requestId}` : ''}
          </Text>
        </Stack>
        {changes.length > 0 ? (
          <Button size="compact-sm" variant="subtle" onClick={toggle} aria-expanded={opened} aria-controls={panelId}>
            {opened ? t('ui.audit.hideChanges') : t('ui.audit.showChanges', { count: changes.filter((change) => change.kind !== 'unchanged').length })}
          </Button>
        ) : null}
      </Group>
      {changes.length > 0 ? (
        <Collapse expanded={opened} id={panelId}>
          <Table.ScrollContainer minWidth={520} mt="sm">
            <Table withTableBorder verticalSpacing={4} fz="xs" aria-label={t('ui.audit.changesTitle')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('ui.audit.field')}</Table.Th>
                  <Table.Th scope="col">{t('ui.audit.before')}</Table.Th>
                  <Table.Th scope="col">{t('ui.audit.after')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {changes.map((change) => (
                  <Table.Tr key={change.field}>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Badge size="xs" variant="light" color={CHANGE_COLORS[change.kind]}>
                          {t(`ui.audit.changeKinds.${change.kind}`)}
                        </Badge>
                        <Text span size="xs" ff="monospace">
                          {change.field || '—'}
                        </Text>
                      </Group>
                    </Table.Td>
                    <Table.Td className="pre-wrap">{showValue(change.before)}</Table.Td>
                    <Table.Td className="pre-wrap">{showValue(change.after)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Collapse>
      ) : null}
    </Paper>
  );
}
