import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import type { PartyKind, TPartyRef } from '../../../../common/contracts/directory.ts';
import { formatDate } from '../../../../common/i18n/index.ts';
import { useDeleteRelation, useEndRelation, useRelations } from '../../api/directory.ts';
import { hasPermission, useCurrentUser } from '../../api/session.ts';
import { useLocale } from '../../app/locale.tsx';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { todayInVietnam } from '../../components/dates.ts';
import { Pager } from '../../components/Pager.tsx';
import { EmptyState, QueryState } from '../../components/QueryState.tsx';
import { relationPeriod } from './names.ts';
import { RelationForm } from './RelationForm.tsx';

const PAGE_SIZE = 10;

export function partyPath(party: Pick<TPartyRef, 'kind' | 'id'>): string {
  return party.kind === 'person' ? `/directory/people/${party.id}` : `/directory/organisations/${party.id}`;
}

/** The dated relations of a person or organisation, each naming the other party with a link. */
export function RelationsList({ partyKind, partyId }: { partyKind: PartyKind; partyId: string }) {
  const { locale, t } = useLocale();
  const [page, setPage] = useState(1);
  const relations = useRelations({ partyKind, partyId, page, pageSize: PAGE_SIZE });
  const canWrite = hasPermission(useCurrentUser(), 'directory.relation.write');
  const end = useEndRelation();
  const remove = useDeleteRelation();
  const today = todayInVietnam();
  const fail = (error: Error) => notifications.show({ color: 'red', message: error.message });
  return (
    <Stack gap="sm" component="section" aria-labelledby="relations-title">
      <Title order={2} size="h4" id="relations-title">
        {t('ui.directory.relationsTitle')}
      </Title>
      <QueryState
        query={relations}
        isEmpty={(data) => data.items.length === 0}
        empty={<EmptyState title={t('ui.directory.noRelations')} />}
      >
        {(data) => (
          <>
            <Stack component="ul" gap="xs" p={0} m={0}>
              {data.items.map((relation) => {
                const other = relation.from.kind === partyKind && relation.from.id === partyId ? relation.to : relation.from;
                const period = relationPeriod(locale, relation.startDate, relation.endDate);
                return (
                  <Paper key={relation.id} withBorder radius="sm" p="sm" component="li" style={{ listStyle: 'none' }}>
                    <Group gap="xs" wrap="wrap">
                      <Badge variant="light" size="sm">
                        {t(`directory.relationKinds.${relation.kind}`)}
                      </Badge>
                      <Anchor component={Link} to={partyPath(other)} size="sm" fw={600}>
                        {other.name}
                      </Anchor>
                      {relation.role ? <Text size="sm">– {relation.role}</Text> : null}
                    </Group>
                    {period ? (
                      <Text size="xs" c="dimmed" mt={4}>
                        {period}
                      </Text>
                    ) : null}
                    {canWrite ? (
                      <Group gap={4} mt={6}>
                        {relation.endDate ? null : (
                          <ConfirmButton
                            size="compact-xs"
                            variant="subtle"
                            aria-label={t('ui.directory.endRelationNamed', { name: other.name })}
                            title={t('ui.directory.endRelationTitle')}
                            message={t('ui.directory.endRelationMessage', { name: other.name, date: formatDate(`${today}T00:00:00+07:00`) })}
                            confirmLabel={t('ui.directory.endRelation')}
                            onConfirm={() => end.mutate({ id: relation.id, endDate: today }, { onError: fail })}
                          >
                            {t('ui.directory.endRelation')}
                          </ConfirmButton>
                        )}
                        <ConfirmButton
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          aria-label={t('ui.directory.deleteRelationNamed', { name: other.name })}
                          title={t('ui.directory.deleteRelationTitle')}
                          message={t('ui.directory.deleteRelationMessage', { name: other.name })}
                          confirmLabel={t('ui.directory.deleteRelation')}
                          onConfirm={() => remove.mutate(relation.id, { onError: fail })}
                        >
                          {t('ui.directory.deleteRelation')}
                        </ConfirmButton>
                      </Group>
                    ) : null}
                  </Paper>
                );
              })}
            </Stack>
            <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} />
          </>
        )}
      </QueryState>
      {canWrite ? (
        <Paper withBorder radius="md" p="md">
          <RelationForm party={{ kind: partyKind, id: partyId }} />
        </Paper>
      ) : null}
    </Stack>
  );
}
