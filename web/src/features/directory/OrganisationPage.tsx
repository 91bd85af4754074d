import { Anchor, Badge, Button, Card, Grid, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { TOrganisationDetail } from '../../../../common/contracts/directory.ts';
import { formatDate } from '../../../../common/i18n/index.ts';
import { useOrganisation, usePeople } from '../../api/directory.ts';
import { hasPermission, useCurrentUser } from '../../api/session.ts';
import { useT } from '../../app/locale.tsx';
import { Facts } from '../../components/Facts.tsx';
import { PageBreadcrumbs } from '../../components/PageBreadcrumbs.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Pager } from '../../components/Pager.tsx';
import { EmptyState, QueryState } from '../../components/QueryState.tsx';
import { organisationDisplayName } from './names.ts';
import { PersonCard } from './PeoplePage.tsx';
import { RelationsList } from './RelationsList.tsx';

function Staff({ organisationId }: { organisationId: string }) {
  const t = useT();
  const [page, setPage] = useState(1);
  const people = usePeople({ organisationId, page, pageSize: 10 });
  return (
    <Stack gap="sm" component="section" aria-labelledby="staff-title">
      <Title order={2} size="h4" id="staff-title">
        {t('ui.directory.staffTitle')}
      </Title>
      <QueryState query={people} isEmpty={(data) => data.items.length === 0} empty={<EmptyState title={t('ui.directory.noStaff')} />}>
        {(data) => (
          <>
            <Stack component="ul" gap="xs" p={0} m={0}>
              {data.items.map((person) => (
                <PersonCard key={person.id} person={person} to={`/directory/people/${person.id}`} />
              ))}
            </Stack>
            <Pager page={page} pageSize={10} total={data.total} onChange={setPage} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function OrganisationDetail({ organisation }: { organisation: TOrganisationDetail }) {
  const t = useT();
  const user = useCurrentUser();
  const canEdit = hasPermission(user, 'directory.organisation.write');
  const link = (href: string | null, label?: string | null) =>
    href ? (
      <Anchor href={href} target="_blank" rel="noopener noreferrer">
        {label ?? href}
      </Anchor>
    ) : null;
  return (
    <>
      <PageHeader
        title={organisationDisplayName(organisation)}
        description={organisation.nameEn ?? undefined}
        actions={
          canEdit ? (
            <Button component={Link} to={`/admin/directory/organisations/${organisation.id}/edit`} variant="light">
              {t('ui.directory.editOrganisation')}
            </Button>
          ) : null
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="org-facts-title">
              <Group justify="space-between" mb="md">
                <Title order={2} size="h4" id="org-facts-title">
                  {t('ui.directory.generalInfo')}
                </Title>
                <Badge variant="light">{t(`directory.organisationKinds.${organisation.kind}`)}</Badge>
              </Group>
              <Facts
                facts={[
                  { label: t('directory.columns.abbreviation'), value: organisation.abbreviation },
                  { label: t('directory.columns.taxCode'), value: organisation.taxCode },
                  { label: t('directory.columns.agencyCode'), value: organisation.agencyCode },
                  { label: t('directory.columns.address'), value: organisation.address },
                  { label: t('ui.directory.commune'), value: organisation.commune?.fullName ?? organisation.commune?.name },
                  { label: t('ui.directory.province'), value: organisation.jurisdiction.name },
                  { label: t('directory.columns.website'), value: link(organisation.website) },
                  { label: t('directory.columns.email'), value: link(organisation.email ? `mailto:${organisation.email}` : null, organisation.email) },
                  { label: t('directory.columns.phone'), value: organisation.phone },
                  { label: t('directory.columns.ror'), value: link(organisation.ror ? `https://ror.org/${organisation.ror}` : null, organisation.ror) },
                  { label: t('ui.directory.updatedAt'), value: formatDate(organisation.updatedAt) },
                ]}
              />
            </Card>
            <Staff organisationId={organisation.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="org-hierarchy-title">
              <Title order={2} size="h4" id="org-hierarchy-title" mb="sm">
                {t('ui.directory.hierarchy')}
              </Title>
              <Text size="sm" fw={600}>
                {t('ui.directory.parents')}
              </Text>
              {organisation.parents.length === 0 ? (
                <Text size="sm" c="dimmed" mb="sm">
                  {t('ui.directory.noParent')}
                </Text>
              ) : (
                <List size="sm" mb="sm">
                  {organisation.parents.map((parent) => (
                    <List.Item key={parent.id}>
                      <Anchor component={Link} to={`/directory/organisations/${parent.id}`}>
                        {organisationDisplayName(parent)}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              )}
              <Text size="sm" fw={600}>
                {t('ui.directory.children')}
              </Text>
              {organisation.children.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('ui.directory.noChildren')}
                </Text>
              ) : (
                <List size="sm">
                  {organisation.children.map((child) => (
                    <List.Item key={child.id}>
                      <Anchor component={Link} to={`/directory/organisations/${child.id}`}>
                        {organisationDisplayName(child)}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              )}
            </Card>
            <RelationsList partyKind="organisation" partyId={organisation.id} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

export function OrganisationPage() {
  const t = useT();
  const { id = '' } = useParams();
  const organisation = useOrganisation(id);
  return (
    <>
      <PageBreadcrumbs
        items={[
          { label: t('ui.directory.organisationsTitle'), to: '/directory/organisations' },
          { label: organisation.data?.abbreviation ?? organisation.data?.nameVi ?? '…' },
        ]}
      />
      <QueryState query={organisation}>{(data) => <OrganisationDetail organisation={data} />}</QueryState>
    </>
  );
}
