import { Alert, Anchor, Badge, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { TPerson } from '../../../../common/contracts/directory.ts';
import { formatDate } from '../../../../common/i18n/index.ts';
import { usePerson } from '../../api/directory.ts';
import { hasPermission, useCurrentUser } from '../../api/session.ts';
import { useLocale, useT } from '../../app/locale.tsx';
import { Facts } from '../../components/Facts.tsx';
import { PageBreadcrumbs } from '../../components/PageBreadcrumbs.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { personDisplayName } from './names.ts';
import { RelationsList } from './RelationsList.tsx';

function PersonDetail({ person }: { person: TPerson }) {
  const { locale, t } = useLocale();
  const user = useCurrentUser();
  const canEdit = hasPermission(user, 'directory.person.write');
  const details = person.privateDetails;
  return (
    <>
      <PageHeader
        title={personDisplayName(locale, person)}
        description={[person.position, person.organisation?.nameVi].filter(Boolean).join(' – ') || undefined}
        actions={
          canEdit ? (
            <Button component={Link} to={`/admin/directory/people/${person.id}/edit`} variant="light">
              {t('ui.directory.editPerson')}
            </Button>
          ) : null
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="person-facts-title">
              <Title order={2} size="h4" id="person-facts-title" mb="md">
                {t('ui.directory.scientificProfile')}
              </Title>
              <Facts
                facts={[
                  { label: t('directory.columns.degree'), value: person.degree ? t(`directory.degrees.${person.degree}`) : null },
                  {
                    label: t('directory.columns.academicTitle'),
                    value: person.academicTitle ? t(`directory.academicTitles.${person.academicTitle}`) : null,
                  },
                  { label: t('directory.columns.position'), value: person.position },
                  {
                    label: t('ui.directory.organisation'),
                    value: person.organisation ? (
                      <Anchor component={Link} to={`/directory/organisations/${person.organisation.id}`}>
                        {person.organisation.nameVi}
                      </Anchor>
                    ) : null,
                  },
                  { label: t('ui.directory.province'), value: person.jurisdiction.name },
                  {
                    label: t('directory.columns.orcid'),
                    value: person.orcid ? (
                      <Anchor href={`https://orcid.org/${person.orcid}`} target="_blank" rel="noopener noreferrer">
                        {person.orcid}
                      </Anchor>
                    ) : null,
                  },
                  { label: t('ui.directory.updatedAt'), value: formatDate(person.updatedAt) },
                ]}
              />
              {person.fields.length > 0 ? (
                <Stack gap={6} mt="md">
                  <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                    {t('ui.directory.fields')}
                  </Text>
                  <Group gap={6}>
                    {person.fields.map((field) => (
                      <Badge key={field.code} variant="light">
                        {field.code}. {locale === 'en' ? field.nameEn : field.nameVi}
                      </Badge>
                    ))}
                  </Group>
                </Stack>
              ) : null}
            </Card>
            {details ? (
              <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="person-private-title">
                <Title order={2} size="h4" id="person-private-title" mb="xs">
                  {t('ui.directory.privateTitle')}
                </Title>
                <Alert variant="light" color="yellow" mb="md" p="xs">
                  <Text size="xs">{t('ui.directory.privateNotice')}</Text>
                </Alert>
                <Facts
                  facts={[
                    { label: t('directory.columns.birthYear'), value: details.birthYear === null ? null : String(details.birthYear) },
                    { label: t('directory.columns.gender'), value: details.gender ? t(`directory.genders.${details.gender}`) : null },
                    { label: t('directory.columns.email'), value: details.email },
                    { label: t('directory.columns.phone'), value: details.phone },
                  ]}
                />
              </Card>
            ) : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <RelationsList partyKind="person" partyId={person.id} />
        </Grid.Col>
      </Grid>
    </>
  );
}

export function PersonPage() {
  const t = useT();
  const { id = '' } = useParams();
  const person = usePerson(id);
  return (
    <>
      <PageBreadcrumbs items={[{ label: t('ui.directory.peopleTitle'), to: '/directory/people' }, { label: person.data?.fullName ?? '…' }]} />
      <QueryState query={person}>{(data) => <PersonDetail person={data} />}</QueryState>
    </>
  );
}
