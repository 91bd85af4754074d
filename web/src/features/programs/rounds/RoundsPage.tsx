import { Anchor, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate, useParams } from 'react-router';
import { ROUND_KINDS, type RoundKind } from '../../../../../common/contracts/programs.ts';
import { ZRoundOpen, type TRound } from '../../../../../common/contracts/programs-rounds.ts';
import { formatDate, formatNumber } from '../../../../../common/i18n/index.ts';
import { useOpenRound, useProgramTree, useRounds } from '../../../api/programs.ts';
import { hasPermission, useCurrentUser } from '../../../api/session.ts';
import { useLocale } from '../../../app/locale.tsx';
import { todayInVietnam } from '../../../components/dates.ts';
import { PageBreadcrumbs } from '../../../components/PageBreadcrumbs.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { PagedTable } from '../../../components/PagedTable.tsx';
import { useForm } from '../../../components/useForm.ts';
import { useUrlFilters } from '../../../components/useUrlState.ts';
import { FormAlert } from '../../auth/AuthCard.tsx';
import { RoundStatusBadge } from '../badges.tsx';
import { formatPeriod } from '../format.ts';
import { defaultPeriod } from './periods.ts';

const PAGE_SIZE = 20;

export const isoDay = (iso: string) => formatDate(`${iso.slice(0, 10)}T12:00:00Z`);

function OpenRoundForm({ programId, onDone }: { programId: string; onDone: (round: TRound) => void }) {
  const { t } = useLocale();
  const open = useOpenRound(programId);
  const today = todayInVietnam();
  const form = useForm({
    initial: { kind: 'annual', period: defaultPeriod('annual', today), dueOn: '', title: '', remindDaysBefore: 7 },
    schema: ZRoundOpen,
    submit: (data) => open.mutateAsync(data),
    onSuccess: (result) => {
      notifications.show({ color: 'green', message: t('ui.programs.rounds.opened') });
      onDone(result as TRound);
    },
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <Stack gap="md">
        <FormAlert message={form.formError} />
        <Select
          name="kind"
          label={t('ui.programs.rounds.kind')}
          required
          allowDeselect={false}
          data={ROUND_KINDS.map((kind) => ({ value: kind, label: t(`ui.programs.roundKinds.${kind}`) }))}
          value={form.values.kind}
          onChange={(value) => {
            const kind: RoundKind = ROUND_KINDS.find((option) => option === value) ?? 'annual';
            form.setValues((current) => ({ ...current, kind, period: defaultPeriod(kind, today) }));
          }}
          error={form.errorOf('kind')}
        />
        <TextInput
          name="period"
          label={t('ui.programs.rounds.period')}
          description={t('ui.programs.rounds.periodHelp')}
          required
          value={form.values.period}
          onChange={(event) => form.setField('period', event.currentTarget.value)}
          error={form.errorOf('period')}
        />
        <TextInput
          name="dueOn"
          label={t('ui.programs.rounds.dueOn')}
          type="date"
          required
          value={form.values.dueOn}
          onChange={(event) => form.setField('dueOn', event.currentTarget.value)}
          error={form.errorOf('dueOn')}
        />
        <TextInput
          name="title"
          label={t('ui.programs.rounds.roundTitle')}
          value={form.values.title}
          onChange={(event) => form.setField('title', event.currentTarget.value)}
          error={form.errorOf('title')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            {t('ui.programs.rounds.open')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function RoundsPage() {
  const { locale, t } = useLocale();
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const tree = useProgramTree(id);
  const { page, setPage } = useUrlFilters([] as const);
  const rounds = useRounds(id, { page, pageSize: PAGE_SIZE });
  const [opened, { open, close }] = useDisclosure(false);
  const canManage = hasPermission(user, 'programs.round.manage');

  return (
    <>
      <PageBreadcrumbs
        items={[
          { label: t('ui.programs.title'), to: '/programs' },
          { label: tree.data?.program.code ?? '…', to: `/programs/${id}` },
          { label: t('ui.programs.rounds.title') },
        ]}
      />
      <PageHeader
        title={t('ui.programs.rounds.title')}
        description={t('ui.programs.rounds.description')}
        actions={
          canManage ? (
            <>
              <Button component={Link} to={`/programs/${id}/transfer`} variant="light">
                {t('ui.programs.transfer.title')}
              </Button>
              <Button onClick={open}>{t('ui.programs.rounds.open')}</Button>
            </>
          ) : null
        }
      />
      <PagedTable
        query={rounds}
        label={t('ui.programs.rounds.title')}
        emptyTitle={t('ui.programs.rounds.empty')}
        minWidth={640}
        columns={[
          {
            header: t('ui.programs.rounds.roundTitle'),
            cell: (round) => (
              <Stack gap={0}>
                <Anchor component={Link} to={`/programs/${id}/rounds/${round.id}`} fw={600}>
                  {round.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t(`ui.programs.roundKinds.${round.kind}`)} · {formatPeriod(round.period, t)}
                </Text>
              </Stack>
            ),
          },
          { header: t('ui.programs.rounds.dueOn'), cell: (round) => isoDay(round.dueOn) },
          { header: t('ui.programs.rounds.status'), cell: (round) => <RoundStatusBadge status={round.status} /> },
          {
            header: t('ui.programs.reportStatuses.approved'),
            cell: (round) => {
              const total = Object.values(round.reports).reduce((sum, count) => sum + count, 0);
              return `${formatNumber(round.reports.approved, locale)}/${formatNumber(total, locale)}`;
            },
          },
        ]}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
      <Modal opened={opened} onClose={close} title={t('ui.programs.rounds.openTitle')} closeButtonProps={{ 'aria-label': t('ui.common.close') }}>
        <OpenRoundForm
          programId={id}
          onDone={(round) => {
            close();
            void navigate(`/programs/${id}/rounds/${round.id}`);
          }}
        />
      </Modal>
    </>
  );
}
