import { z } from 'zod';
import type { TReminderResult } from '../../../../common/contracts/programs-rounds.ts';
import { formatDate } from '../../../../common/i18n/format.ts';
import { isLocale, type Locale } from '../../../../common/i18n/locale.ts';
import { systemActor } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { newId, nowIso } from '../../../platform/db/ids.ts';
import type { JobDefinition, JobQueue } from '../../../platform/jobs/types.ts';
import { composeTemplate, type TemplateText } from '../../../platform/mail/index.ts';
import type { Platform } from '../../../platform/platform.ts';
import { vietnamToday } from '../plans/progress.ts';

/**
 * Reminders of reporting rounds. Before a round's due date (its `remind_days_before`, 7 days by
 * default, or what an officer asks for) the reporters of every unit that has not submitted get a
 * "due soon" message; after it, a "late" one each day. A `reminded` event on the report marks the
 * day, so however often the job runs, nobody gets the same reminder twice in one day.
 *
 * The daily run keeps itself going: each scheduled run queues the next one for the following
 * morning while some round is open; opening a round starts the chain again if it had stopped.
 */
export const REMINDER_JOB = 'programs.round_reminders';
export const DUE_SOON_TEMPLATE = 'programs.round_due_soon';
export const OVERDUE_TEMPLATE = 'programs.round_overdue';

export const ZReminderPayload = z.object({
  roundId: z.uuid().optional(),
  daysBefore: z.number().int().min(0).max(60).optional(),
  scheduled: z.boolean(),
});
export type ReminderPayload = z.infer<typeof ZReminderPayload>;

/** 08:00 in Vietnam (01:00 UTC) of the day after `now`. */
export function nextMorning(now: Date = new Date()): Date {
  const next = new Date(`${vietnamToday(now)}T01:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

/** Queues the next scheduled run unless one is already waiting. */
export async function ensureReminderSchedule(executor: Executor, jobs: JobQueue, now: Date = new Date()): Promise<void> {
  const waiting = await executor
    .selectFrom('jobs')
    .select('id')
    .where('kind', '=', REMINDER_JOB)
    .where('status', '=', 'queued')
    .where('payload_json', 'like', '%"scheduled":true%')
    .executeTakeFirst();
  if (!waiting) {
    await jobs.enqueue(executor, REMINDER_JOB, { scheduled: true } satisfies ReminderPayload, { runAt: nextMorning(now) });
  }
}

const SIGNATURE_VI = ['Trân trọng,', 'Sở Khoa học và Công nghệ'];
const SIGNATURE_EN = ['Kind regards,', 'Department of Science and Technology'];

const dueSoonVi: TemplateText = {
  subject: 'Nhắc hạn gửi báo cáo: {roundTitle}',
  greeting: 'Kính gửi Ông/Bà {displayName},',
  paragraphs: [
    'Thực hiện {programCode}, Sở Khoa học và Công nghệ đề nghị {unitName} hoàn thành và gửi báo cáo “{roundTitle}” trên Hệ thống OpenSTI trước ngày {dueOn} (còn {days} ngày).',
    'Báo cáo gồm: kết quả thực hiện từng nhiệm vụ được giao, số liệu các chỉ tiêu của kỳ báo cáo và tài liệu minh chứng kèm theo.',
  ],
  details: [
    { label: 'Đơn vị', value: '{unitName}' },
    { label: 'Trạng thái hiện tại', value: '{status}' },
  ],
  action: { label: 'Mở báo cáo', url: '{reportUrl}', fallback: 'Nếu nút trên không hoạt động, Ông/Bà vui lòng sao chép địa chỉ sau vào trình duyệt:' },
  closing: ['Nếu đơn vị đã gửi báo cáo, Ông/Bà vui lòng bỏ qua thư này.'],
  signature: SIGNATURE_VI,
};

const dueSoonEn: TemplateText = {
  subject: 'Report due soon: {roundTitle}',
  greeting: 'Dear {displayName},',
  paragraphs: [
    'Under {programCode}, the Department of Science and Technology asks {unitName} to complete and submit the report “{roundTitle}” in OpenSTI by {dueOn} ({days} days left).',
    'The report covers the results of each action assigned to the unit, the indicator values for the period and the supporting evidence.',
  ],
  details: [
    { label: 'Unit', value: '{unitName}' },
    { label: 'Current status', value: '{status}' },
  ],
  action: { label: 'Open the report', url: '{reportUrl}', fallback: 'If the button does not work, copy this address into your browser:' },
  closing: ['If your unit has already submitted, please ignore this message.'],
  signature: SIGNATURE_EN,
};

const overdueVi: TemplateText = {
  subject: 'Báo cáo quá hạn: {roundTitle}',
  greeting: 'Kính gửi Ông/Bà {displayName},',
  paragraphs: [
    'Đến nay, {unitName} chưa gửi báo cáo “{roundTitle}” thực hiện {programCode}; thời hạn gửi báo cáo là ngày {dueOn} (đã quá {days} ngày).',
    'Đề nghị đơn vị khẩn trương hoàn thiện và gửi báo cáo trên Hệ thống OpenSTI để Sở Khoa học và Công nghệ tổng hợp, báo cáo cấp có thẩm quyền.',
  ],
  details: [
    { label: 'Đơn vị', value: '{unitName}' },
    { label: 'Trạng thái hiện tại', value: '{status}' },
  ],
  action: { label: 'Mở báo cáo', url: '{reportUrl}', fallback: 'Nếu nút trên không hoạt động, Ông/Bà vui lòng sao chép địa chỉ sau vào trình duyệt:' },
  closing: ['Nếu đơn vị đã gửi báo cáo, Ông/Bà vui lòng bỏ qua thư này.'],
  signature: SIGNATURE_VI,
};

const overdueEn: TemplateText = {
  subject: 'Report overdue: {roundTitle}',
  greeting: 'Dear {displayName},',
  paragraphs: [
    '{unitName} has not yet submitted the report “{roundTitle}” under {programCode}; it was due on {dueOn} ({days} days ago).',
    'Please complete and submit it in OpenSTI as soon as possible so that the Department can consolidate the results for the authorities.',
  ],
  details: [
    { label: 'Unit', value: '{unitName}' },
    { label: 'Current status', value: '{status}' },
  ],
  action: { label: 'Open the report', url: '{reportUrl}', fallback: 'If the button does not work, copy this address into your browser:' },
  closing: ['If your unit has already submitted, please ignore this message.'],
  signature: SIGNATURE_EN,
};

const REQUIRED = ['displayName', 'unitName', 'roundTitle', 'programCode', 'dueOn', 'days', 'status'] as const;

export const reminderTemplates = [
  composeTemplate({ name: DUE_SOON_TEMPLATE, required: REQUIRED, optional: ['reportUrl'], text: { vi: dueSoonVi, en: dueSoonEn } }),
  composeTemplate({ name: OVERDUE_TEMPLATE, required: REQUIRED, optional: ['reportUrl'], text: { vi: overdueVi, en: overdueEn } }),
];

const STATUS_LABELS: Record<Locale, Record<string, string>> = {
  vi: { not_started: 'Chưa thực hiện', draft: 'Đang soạn', returned: 'Trả lại để hoàn thiện' },
  en: { not_started: 'Not started', draft: 'Draft', returned: 'Returned for changes' },
};

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The start of today in Vietnam, as a UTC instant: events after it happened "today". */
function startOfVietnamDay(today: string): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - 7 * 3_600_000).toISOString();
}

/** Sends the reminders due today; returns what it did. */
export async function sendReminders(platform: Platform, payload: ReminderPayload, now: Date = new Date()): Promise<TReminderResult> {
  const { db, mail } = platform;
  const today = vietnamToday(now);
  const dayStart = startOfVietnamDay(today);
  let roundsQuery = db
    .selectFrom('reporting_rounds')
    .innerJoin('programs', 'programs.id', 'reporting_rounds.program_id')
    .selectAll('reporting_rounds')
    .select('programs.code as program_code')
    .where('reporting_rounds.status', '=', 'open');
  if (payload.roundId) {
    roundsQuery = roundsQuery.where('reporting_rounds.id', '=', payload.roundId);
  }
  const rounds = await roundsQuery.execute();
  const result: TReminderResult = { rounds: 0, reportsReminded: 0, messages: 0 };
  for (const round of rounds) {
    const daysLeft = daysBetween(today, round.due_on);
    const daysBefore = payload.daysBefore ?? round.remind_days_before;
    if (daysLeft > daysBefore) {
      continue;
    }
    const overdue = daysLeft < 0;
    const reports = await db
      .selectFrom('round_reports')
      .innerJoin('organisations', 'organisations.id', 'round_reports.organisation_id')
      .select(['round_reports.id', 'round_reports.organisation_id', 'round_reports.status', 'organisations.name_vi'])
      .where('round_reports.round_id', '=', round.id)
      .where('round_reports.status', 'in', ['not_started', 'draft', 'returned'])
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('round_report_events')
              .select('round_report_events.id')
              .whereRef('round_report_events.report_id', '=', 'round_reports.id')
              .where('round_report_events.event', '=', 'reminded')
              .where('round_report_events.created_at', '>=', dayStart),
          ),
        ),
      )
      .execute();
    if (reports.length === 0) {
      continue;
    }
    const recipients = await db
      .selectFrom('grants')
      .innerJoin('users', 'users.id', 'grants.user_id')
      .select(['grants.scope_id', 'users.email', 'users.display_name', 'users.locale'])
      .where('grants.role', '=', 'unit_reporter')
      .where('grants.scope_kind', '=', 'organisation')
      .where('grants.scope_id', 'in', [...new Set(reports.map((report) => report.organisation_id))])
      .where('users.status', '=', 'active')
      .execute();
    const actor = systemActor('programs.reminders');
    const sent = await db.transaction().execute(async (tx) => {
      let messages = 0;
      let reminded = 0;
      for (const report of reports) {
        const people = recipients.filter((recipient) => recipient.scope_id === report.organisation_id);
        if (people.length === 0) {
          continue;
        }
        for (const person of people) {
          const locale: Locale = isLocale(person.locale) ? person.locale : 'vi';
          await mail.queue(tx, {
            to: person.email,
            template: overdue ? OVERDUE_TEMPLATE : DUE_SOON_TEMPLATE,
            locale,
            params: {
              displayName: person.display_name,
              unitName: report.name_vi,
              roundTitle: round.title,
              programCode: round.program_code,
              dueOn: formatDate(`${round.due_on}T12:00:00Z`),
              days: String(Math.abs(daysLeft)),
              status: STATUS_LABELS[locale][report.status] ?? report.status,
              reportUrl: `${platform.config.publicUrl}/programs/reports/${report.id}`,
            },
          });
          messages += 1;
        }
        await tx
          .insertInto('round_report_events')
          .values({ id: newId(), report_id: report.id, event: 'reminded', comment: overdue ? 'overdue' : 'due_soon', actor_id: actor.displayName, created_at: nowIso() })
          .execute();
        reminded += 1;
      }
      if (reminded > 0) {
        await tx.updateTable('reporting_rounds').set({ reminded_on: today }).where('id', '=', round.id).execute();
        await recordAudit(tx, { actor, requestId: null }, { action: 'programs.round.remind', subjectType: 'reporting_round', subjectId: round.id, after: { overdue, reports: reminded, messages } });
      }
      return { messages, reminded };
    });
    result.rounds += sent.reminded > 0 ? 1 : 0;
    result.reportsReminded += sent.reminded;
    result.messages += sent.messages;
  }
  return result;
}

export function reminderJob(platform: Platform): JobDefinition<ReminderPayload> {
  return {
    kind: REMINDER_JOB,
    payload: ZReminderPayload,
    maxAttempts: 3,
    async run(payload, context): Promise<TReminderResult> {
      const result = await sendReminders(platform, payload);
      if (payload.scheduled) {
        const open = await platform.db.selectFrom('reporting_rounds').select('id').where('status', '=', 'open').executeTakeFirst();
        if (open) {
          await ensureReminderSchedule(platform.db, platform.jobs);
        }
      }
      await context.reportProgress(1);
      return result;
    },
  };
}
