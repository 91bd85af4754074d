import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { PartyKind, TPartyRef } from '../../../../common/contracts/directory.ts';
import { useRelations } from '../../api/directory.ts';
import { useLocale } from '../../app/locale.tsx';
import { Pager } from '../../components/Pager.tsx';
import { EmptyState, QueryState } from '../../components/QueryState.tsx';
import { relationPeriod } from './names.ts';

const PAGE_SIZE = 10;

export function partyPath(party: Pick<TPartyRef, 'kind' | 'id'>): string {
  return party.kind === 'person' ? `/directory/people/${party.id}` : `/directory/organisations/${party.id}`;
}

/** The dated relations of a person or organisation, each naming the other party with a link. */
export function RelationsList({ partyKind, partyId }: { partyKind: PartyKind; partyId: string }) {
  const { locale, t } = useLocale();
  const [page, setPage] = useState(1);
  const relations = useRelations({ partyKind, partyId, page, pageSize: PAGE_SIZE });
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
                  </Paper>
                );
              })}
            </Stack>
            <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
