import { Badge } from '@mantine/core';
import type { PlanStatus, ReportStatus, RoundStatus } from '../../../../common/contracts/programs.ts';
import type { ProgressStatus } from '../../../../common/contracts/programs-plans.ts';
import { useLocale } from '../../app/locale.tsx';

export const REPORT_STATUS_COLORS: Record<ReportStatus, string> = {
  not_started: 'gray',
  draft: 'blue',
  submitted: 'cyan',
  returned: 'orange',
  approved: 'green',
};

const ROUND_STATUS_COLORS: Record<RoundStatus, string> = { open: 'green', closed: 'gray' };
const PLAN_STATUS_COLORS: Record<PlanStatus, string> = { draft: 'gray', active: 'green', closed: 'blue' };
export const PROGRESS_STATUS_COLORS: Record<ProgressStatus, string> = { not_started: 'gray', in_progress: 'cyan', late: 'red', done: 'green' };

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useLocale();
  return (
    <Badge variant="light" color={REPORT_STATUS_COLORS[status]}>
      {t(`ui.programs.reportStatuses.${status}`)}
    </Badge>
  );
}

export function RoundStatusBadge({ status }: { status: RoundStatus }) {
  const { t } = useLocale();
  return (
    <Badge variant="light" color={ROUND_STATUS_COLORS[status]}>
      {t(`ui.programs.roundStatuses.${status}`)}
    </Badge>
  );
}

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useLocale();
  return (
    <Badge variant="light" color={PLAN_STATUS_COLORS[status]}>
      {t(`ui.programs.planStatuses.${status}`)}
    </Badge>
  );
}
