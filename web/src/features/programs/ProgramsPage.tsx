import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ProgramStatus } from '../../../../common/contracts/programs.ts';
import { formatDate } from '../../../../common/i18n/index.ts';
import { usePrograms } from '../../api/programs.ts';
import { hasPermission, useCurrentUser } from '../../api/session.ts';
import { useLocale } from '../../app/locale.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Pager } from '../../components/Pager.tsx';
import { EmptyState, QueryState } from '../../components/QueryState.tsx';
import { useUrlFilters } from '../../components/useUrlState.ts';

const PAGE_SIZE = 20;

export const PROGRAM_STATUS_COLORS: Record<ProgramStatus, string> = { draft: 'gray', active: 'green', closed: 'blue' };

export function ProgramStatusBadge({ status }: { status: ProgramStatus }) {
  const { t } = useLocale();
  return (
    <Badge variant="light" color={PROGRAM_STATUS_COLORS[status]}>
      {t(`ui.programs.statuses.${status}`)}
    </Badge>
  );
}

export function ProgramsPage() {
  const { t } = useLocale();
  const user = useCurrentUser();
  const { page, setPage } = useUrlFilters([] as const);
  const programs = usePrograms({ page, pageSize: PAGE_SIZE });
  const canRead = hasPermission(user, 'programs.read');
  const canManage = hasPermission(user, 'programs.manage');
  const canSupport = hasPermission(user, 'programs.support.write');

  return (
    <>
      <PageHeader
        title={t('ui.programs.title')}
        description={t('ui.programs.description')}
        actions={
          <>
            {canSupport ? (
              <Button component={Link} to="/programs/support" variant="light">
                {t('ui.programs.support.title')}
              </Button>
            ) : null}
            {canManage ? (
              <Button component={Link} to="/programs/import">
                {t('ui.programs.import.title')}
              </Button>
            ) : null}
          </>
        }
      />
      <QueryState query={programs} isEmpty={(data) => data.items.length === 0} empty={<EmptyState title={t('ui.programs.empty')} />}>
        {(data) => (
          <>
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
              {data.items.map((program) => (
                <Card key={program.id} withBorder radius="md" padding="lg" component="article" aria-labelledby={`program-${program.id}`}>
                  <Stack gap="xs" h="100%">
                    <Group justify="space-between" gap="xs">
                      <Text fw={700} c="brand.8">
                        {program.code}
                      </Text>
                      <ProgramStatusBadge status={program.status} />
                    </Group>
                    <Title order={2} size="h4" id={`program-${program.id}`}>
                      <Anchor component={Link} to={`/programs/${program.id}`} inherit>
                        {program.title}
                      </Anchor>
                    </Title>
                    <Text size="sm" c="dimmed">
                      {program.issuingBody} · {formatDate(`${program.issuedOn}T12:00:00Z`)} · {t('ui.programs.years', { from: program.startYear, to: program.endYear })}
                    </Text>
                    {program.summary ? (
                      <Text size="sm" lineClamp={3}>
                        {program.summary}
                      </Text>
                    ) : null}
                    <Group gap="sm" mt="auto" pt="xs">
                      {canRead || program.published ? (
                        <Button component={Link} to={canRead ? `/programs/${program.id}/dashboard` : `/public/programs/${encodeURIComponent(program.code)}`} size="sm">
                          {t('ui.programs.openDashboard')}
                        </Button>
                      ) : null}
                      <Button component={Link} to={`/programs/${program.id}`} size="sm" variant="light">
                        {t('ui.programs.openProgram')}
                      </Button>
                    </Group>
                  </Stack>
                </Card>
              ))}
            </SimpleGrid>
            <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} />
          </>
        )}
      </QueryState>
    </>
  );
}
