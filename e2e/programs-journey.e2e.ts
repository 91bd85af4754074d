import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TDashboard } from '../common/contracts/programs-dashboard.ts';
import { CSRF_COOKIE, CSRF_HEADER, type TSession } from '../common/contracts/auth.ts';
import type { TProgramTree, TSectionNode } from '../common/contracts/programs.ts';
import type { TReportDetail } from '../common/contracts/programs-rounds.ts';
import { t } from '../common/i18n/index.ts';
import { DEMO_PASSWORD, launchBrowser, newContext, screenshot, startPortal, type RunningPortal } from './support.ts';

const vi = (key: string, params?: Record<string, string | number>) => t('vi', key, params);

const OFFICER = 'chuyenvien@demo.opensti.vn';
const REPORTER = 'baocao@demo.opensti.vn';
const LEADER = 'lanhdao@demo.opensti.vn';

/**
 * The round runs on the second program of the demo, the 2030 targets of Resolution 57-NQ/TW, which
 * has no rounds yet: its annual round for last year (a closed period the dashboard counts) asks
 * units for their R&D personnel, which the R&D personnel per 10,000 inhabitants target combines.
 */
const ROUND_PROGRAM = '57-NQ/TW';
const ROUND_KIND = 'annual';
const ROUND_PERIOD = String(new Date().getUTCFullYear() - 1);
const ROUND_TITLE = `Báo cáo năm ${ROUND_PERIOD} (kiểm thử)`;

/** The smallest file the server recognises as a PDF by its content. */
const EVIDENCE_PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

function flattenSections(nodes: readonly TSectionNode[]): TSectionNode[] {
  return nodes.flatMap((node) => [node, ...flattenSections(node.children)]);
}

describe('a reporting round from opening to the review report', () => {
  let portal: RunningPortal;
  let browser: Browser;
  let officerContext: BrowserContext;
  let reporterContext: BrowserContext;
  let officer: Page;
  let reporter: Page;
  let programId = '';
  let roundProgramId = '';
  let roundUrl = '';
  let reportUrl = '';
  let planId = '';
  const consoleErrors: string[] = [];

  const watch = (page: Page) => {
    page.on('console', (message) => {
      // The refused program file is the point of one step: its 400 is expected, any other is not.
      const expected = page.url().endsWith('/programs/import') && /status of 400/.test(message.text());
      if (message.type() === 'error' && !expected) {
        consoleErrors.push(`${page.url()}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  };

  const signIn = async (page: Page, email: string) => {
    await page.goto(`${portal.url}/login`);
    await page.getByLabel(vi('ui.auth.email')).fill(email);
    await page.getByRole('textbox', { name: vi('ui.auth.password'), exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: vi('ui.auth.loginSubmit') }).last().click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  };

  const dashboardOf = async (page: Page): Promise<TDashboard> => {
    const response = await page.request.get(`${portal.url}/api/v1/programs/${roundProgramId}/dashboard`);
    expect(response.ok()).toBe(true);
    return (await response.json()) as TDashboard;
  };

  const reportOf = async (page: Page): Promise<TReportDetail> => {
    const reportId = reportUrl.split('/').pop() ?? '';
    const response = await page.request.get(`${portal.url}/api/v1/programs/reports/${reportId}`);
    expect(response.ok()).toBe(true);
    return (await response.json()) as TReportDetail;
  };

  beforeAll(async () => {
    portal = await startPortal();
    browser = await launchBrowser();
    officerContext = await newContext(browser, 'desktop');
    reporterContext = await newContext(browser, 'phone');
    officer = await officerContext.newPage();
    reporter = await reporterContext.newPage();
    watch(officer);
    watch(reporter);
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('takes a leader from the home page to the dashboard in one click', async () => {
    const leaderContext = await newContext(browser, 'desktop');
    const leader = await leaderContext.newPage();
    watch(leader);
    await signIn(leader, LEADER);
    await leader.goto(`${portal.url}/`);
    await leader.getByRole('navigation', { name: vi('ui.shell.mainNavigation') }).getByRole('link', { name: vi('ui.programs.nav') }).click();
    await leader.waitForURL(/\/programs\/[^/]+\/dashboard/);
    await leader.getByRole('heading', { name: vi('ui.programs.dashboard.targetsTitle') }).waitFor();
    programId = new URL(leader.url()).pathname.split('/')[2] ?? '';
    expect(programId).not.toBe('');
    await screenshot(leader, 'programs-dashboard-desktop');
    await leaderContext.close();
  });

  it('has a plan for the reporter’s unit, so the round expects its report', async () => {
    await signIn(reporter, REPORTER);
    const session = (await (await reporter.request.get(`${portal.url}/api/v1/auth/session`)).json()) as TSession;
    const unitId = session.user?.grants.find((grant) => grant.scopeKind === 'organisation')?.scopeId ?? '';
    expect(unitId).not.toBe('');
    await signIn(officer, OFFICER);
    const programs = (await (await officer.request.get(`${portal.url}/api/v1/programs?q=${encodeURIComponent(ROUND_PROGRAM)}`)).json()) as { items: { id: string; code: string }[] };
    roundProgramId = programs.items.find((program) => program.code === ROUND_PROGRAM)?.id ?? '';
    expect(roundProgramId).not.toBe('');
    const plans = (await (await reporter.request.get(`${portal.url}/api/v1/programs/${roundProgramId}/plans?organisationId=${unitId}`)).json()) as { total: number; items: { id: string }[] };
    planId = plans.items[0]?.id ?? '';
    if (plans.total === 0) {
      const tree = (await (await reporter.request.get(`${portal.url}/api/v1/programs/${roundProgramId}`)).json()) as TProgramTree;
      const actions = flattenSections(tree.sections).flatMap((section) => section.actions);
      const involved = actions.filter((action) => action.lead?.id === unitId || action.partners.some((partner) => partner.id === unitId));
      // A unit may take on actions it neither leads nor joins by name in the program text.
      const actionIds = (involved.length > 0 ? involved : actions).map((action) => action.id);
      const csrf = (await reporterContext.cookies()).find((cookie) => cookie.name === CSRF_COOKIE)?.value ?? '';
      const created = await reporter.request.post(`${portal.url}/api/v1/programs/${roundProgramId}/plans`, {
        headers: { [CSRF_HEADER]: csrf },
        data: { organisationId: unitId, title: 'Kế hoạch thực hiện Nghị quyết số 57-NQ/TW của Sở Nông nghiệp và Môi trường', actionIds: actionIds.slice(0, 3) },
      });
      expect(created.ok()).toBe(true);
      planId = ((await created.json()) as { id: string }).id;
    }
  });

  it('lets the officer open a round', async () => {
    await officer.goto(`${portal.url}/programs/${roundProgramId}/rounds`);
    await officer.getByRole('button', { name: vi('ui.programs.rounds.open') }).click();
    const dialog = officer.getByRole('dialog');
    await dialog.getByRole('combobox', { name: vi('ui.programs.rounds.kind') }).click();
    await officer.getByRole('option', { name: vi(`ui.programs.roundKinds.${ROUND_KIND}`) }).click();
    await dialog.getByLabel(vi('ui.programs.rounds.period')).fill(ROUND_PERIOD);
    await dialog.getByLabel(vi('ui.programs.rounds.dueOn')).fill(`${ROUND_PERIOD.slice(0, 4)}-12-31`);
    await dialog.getByLabel(vi('ui.programs.rounds.roundTitle')).fill(ROUND_TITLE);
    await screenshot(officer, 'programs-round-open-desktop');
    await dialog.getByRole('button', { name: vi('ui.programs.rounds.open') }).click();
    await officer.waitForURL(/\/rounds\/[^/]+$/);
    await officer.getByRole('heading', { name: ROUND_TITLE }).waitFor();
    roundUrl = new URL(officer.url()).pathname;
    await screenshot(officer, 'programs-round-desktop');
  });

  it('lets the unit reporter submit the report with evidence from a phone', async () => {
    await reporter.goto(`${portal.url}${roundUrl}`);
    await reporter.getByRole('link', { name: /Sở Nông nghiệp và Môi trường/ }).first().click();
    await reporter.waitForURL(/\/reports\/[^/]+$/);
    reportUrl = new URL(reporter.url()).pathname;
    await reporter.getByRole('heading', { name: vi('ui.programs.report.values') }).waitFor();

    const narratives = reporter.getByRole('textbox', { name: /^Kết quả thực hiện nhiệm vụ/ });
    const narrativeCount = await narratives.count();
    for (let index = 0; index < narrativeCount; index++) {
      await narratives.nth(index).fill(`Đơn vị đã triển khai nội dung nhiệm vụ; kết quả bước đầu đạt yêu cầu (mục ${index + 1}).`);
    }
    const report = await reportOf(reporter);
    expect(report.indicators.length).toBeGreaterThan(0);
    for (const [index, indicator] of report.indicators.entries()) {
      await reporter.getByRole('textbox', { name: vi('ui.programs.report.valueOf', { name: indicator.nameVi, unit: indicator.unit }) }).fill(indicator.unit === 'có/không' ? '1' : String(10 + index));
    }

    await reporter.locator('input[type="file"]').setInputFiles({ name: 'bien-ban-nghiem-thu.pdf', mimeType: 'application/pdf', buffer: EVIDENCE_PDF });
    await reporter.getByLabel(vi('ui.programs.report.caption')).fill('Biên bản nghiệm thu mô hình');
    await reporter.getByRole('button', { name: vi('ui.programs.report.addEvidence') }).click();
    await reporter.getByRole('link', { name: 'Biên bản nghiệm thu mô hình' }).waitFor();
    await screenshot(reporter, 'programs-report-form-phone');

    await reporter.getByRole('button', { name: vi('ui.programs.report.submit') }).click();
    await reporter.getByRole('dialog').getByRole('button', { name: vi('ui.programs.report.submit') }).click();
    await reporter.getByText(vi('ui.programs.report.awaitingNotice')).waitFor();
    await screenshot(reporter, 'programs-report-submitted-phone');
  });

  it('lets the officer return it with a comment', async () => {
    await officer.goto(`${portal.url}${reportUrl}`);
    await officer.getByRole('heading', { name: vi('ui.programs.report.review') }).waitFor();
    await officer.getByLabel(vi('ui.programs.report.comment')).fill('Đề nghị bổ sung số liệu của huyện Phú Bình và đính kèm quyết định giao nhiệm vụ.');
    await screenshot(officer, 'programs-report-review-desktop');
    await officer.getByRole('button', { name: vi('ui.programs.report.returnReport') }).click();
    await officer.getByText(vi('ui.programs.report.returnedNotice')).waitFor();
  });

  it('lets the unit fix it and submit again', async () => {
    await reporter.goto(`${portal.url}${reportUrl}`);
    await reporter.getByText('Đề nghị bổ sung số liệu của huyện Phú Bình').first().waitFor();
    await screenshot(reporter, 'programs-report-returned-phone');
    const report = await reportOf(reporter);
    const last = report.indicators.at(-1);
    if (last) {
      await reporter.getByRole('textbox', { name: vi('ui.programs.report.valueOf', { name: last.nameVi, unit: last.unit }) }).fill('25');
    }
    await reporter.getByRole('button', { name: vi('ui.programs.report.submit') }).click();
    await reporter.getByRole('dialog').getByRole('button', { name: vi('ui.programs.report.submit') }).click();
    await reporter.getByText(vi('ui.programs.report.awaitingNotice')).waitFor();
  });

  it('lets the officer approve it, locking the figures, and the dashboard shows them', async () => {
    const before = await dashboardOf(officer);
    await officer.goto(`${portal.url}${reportUrl}`);
    await officer.getByRole('heading', { name: vi('ui.programs.report.review') }).waitFor();
    await officer.getByRole('button', { name: vi('ui.programs.report.approve') }).click();
    await officer.getByRole('dialog').getByRole('button', { name: vi('ui.programs.report.approve') }).click();
    await officer.getByText(vi('ui.programs.reportStatuses.approved')).first().waitFor();
    await screenshot(officer, 'programs-report-approved-desktop');

    const report = await reportOf(officer);
    expect(report.status).toBe('approved');
    expect(report.lockedAt).not.toBeNull();
    const after = await dashboardOf(officer);
    const pointOf = (dashboard: TDashboard) => dashboard.targets.find((target) => target.code === 'NQ57-NLNC')?.series.find((point) => point.period === ROUND_PERIOD)?.value ?? null;
    expect(pointOf(before)).toBeNull();
    expect(pointOf(after)).toBeGreaterThan(0);

    await officer.goto(`${portal.url}/programs/${roundProgramId}/dashboard`);
    await officer.getByRole('heading', { name: vi('ui.programs.dashboard.targetsTitle') }).waitFor();
    await officer.getByRole('heading', { name: vi('ui.programs.dashboard.complianceTitle') }).waitFor();
    await officer.getByText(ROUND_TITLE).first().waitFor();
    await screenshot(officer, 'programs-dashboard-after-desktop');
  });

  it('generates the Word report for the Party committee, and the file holds the targets table', async () => {
    await officer.goto(`${portal.url}${roundUrl}`);
    await officer.getByRole('heading', { name: vi('ui.programs.documents.title') }).waitFor();
    await officer.getByRole('button', { name: vi('ui.programs.documents.generate') }).click();
    const download = officer.getByRole('link', { name: new RegExp(`^${vi('ui.programs.documents.download')}`) }).first();
    await download.waitFor({ timeout: 90_000 });
    await screenshot(officer, 'programs-documents-desktop');
    const [file] = await Promise.all([officer.waitForEvent('download'), download.click()]);
    const path = join(portal.dataDir, 'review.docx');
    await file.saveAs(path);
    const zip = await JSZip.loadAsync(readFileSync(path));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('<w:tbl>');
    const tree = (await (await officer.request.get(`${portal.url}/api/v1/programs/${roundProgramId}`)).json()) as { sections: { targets: { label: string }[]; children: unknown[] }[] };
    const firstTarget = tree.sections.flatMap((section) => section.targets)[0];
    if (firstTarget) {
      expect(xml).toContain(firstTarget.label.slice(0, 20));
    }
  });

  it('imports a program from a file: a broken file is refused with its problems listed, a good one goes in', async () => {
    const program = {
      program: {
        code: 'KH-12/UBND',
        title: 'Kế hoạch ứng dụng công nghệ số trong sản xuất nông nghiệp giai đoạn 2026–2030',
        issuingBody: 'Ủy ban nhân dân tỉnh Thái Nguyên',
        issuedOn: '2026-03-15',
        legalBasis: 'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị',
        status: 'draft',
        startYear: 2026,
        endYear: 2030,
        jurisdictionCode: '19',
      },
      sections: [
        { ref: 'I', title: 'Mục tiêu' },
        { ref: 'II', title: 'Nhiệm vụ, giải pháp' },
      ],
      indicators: [],
      targets: [],
      actions: [{ ref: 'II.1', sectionRef: 'II', text: 'Xây dựng mô hình trang trại ứng dụng cảm biến và dữ liệu.' }],
    };
    const broken = { ...program, sections: [...program.sections, { ref: 'II.9', parentRef: 'IX', title: 'Mục treo' }] };
    await officer.goto(`${portal.url}/programs/import`);
    const input = officer.locator('input[type="file"]');
    await input.setInputFiles({ name: 'ke-hoach-loi.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await officer.getByRole('button', { name: vi('ui.programs.import.check') }).click();
    await officer.getByRole('alert').filter({ hasText: /lỗi/ }).first().waitFor();
    await screenshot(officer, 'programs-import-problems-desktop');

    await input.setInputFiles({ name: 'ke-hoach.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(program)) });
    await officer.getByRole('button', { name: vi('ui.programs.import.check') }).click();
    await officer.getByText(vi('ui.programs.import.checked')).waitFor();
    await officer.getByRole('button', { name: vi('ui.programs.import.importNow') }).click();
    await officer.getByText(vi('ui.programs.import.imported')).waitFor();
    await officer.getByRole('link', { name: vi('ui.programs.import.open') }).click();
    await officer.getByRole('heading', { name: program.program.title }).waitFor();
  });

  it('drills down from a computed value to the records it counted', async () => {
    await officer.goto(`${portal.url}/programs/${programId}?tab=indicators`);
    await officer.getByRole('button', { name: /^Số doanh nghiệp được hỗ trợ/ }).click();
    await officer.getByRole('button', { name: vi('ui.programs.indicators.showRecordsOf', { period: 'Năm 2015' }) }).click();
    const dialog = officer.getByRole('dialog');
    await dialog.getByRole('table', { name: vi('ui.programs.drilldown.records') }).waitFor();
    expect(await dialog.getByRole('row').count()).toBeGreaterThan(1);
    await screenshot(officer, 'programs-drilldown-desktop');
    await dialog.getByRole('button', { name: vi('ui.common.close') }).click();
  });

  it('shows every programs screen at desktop and phone widths', async () => {
    const screens: [string, string][] = [
      ['/programs', 'programs-list'],
      [`/programs/${programId}`, 'programs-program'],
      [`/programs/${programId}?tab=targets`, 'programs-targets'],
      [`/programs/${programId}?tab=actions`, 'programs-actions'],
      [`/programs/${programId}?tab=indicators`, 'programs-indicators'],
      [`/programs/${programId}/dashboard`, 'programs-dashboard'],
      [`/programs/${roundProgramId}/plans`, 'programs-plans'],
      [`/programs/${roundProgramId}/plans/${planId}`, 'programs-plan'],
      [`/programs/${programId}/transfer`, 'programs-transfer'],
      [`/public/programs/${encodeURIComponent('29-CTr/TU')}`, 'programs-public-dashboard'],
      [`/programs/${programId}/rounds`, 'programs-rounds'],
      [`/programs/${roundProgramId}/dashboard`, 'programs-dashboard-57'],
      [roundUrl, 'programs-round'],
      [reportUrl, 'programs-report'],
      ['/programs/support', 'programs-support'],
      ['/programs/import', 'programs-import'],
    ];
    const phoneContext = await newContext(browser, 'phone');
    const phone = await phoneContext.newPage();
    watch(phone);
    await signIn(phone, OFFICER);
    for (const [path, name] of screens) {
      for (const [page, width] of [
        [officer, 'desktop'],
        [phone, 'phone'],
      ] as const) {
        await page.goto(`${portal.url}${path}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        await screenshot(page, `${name}-${width}`);
      }
    }
    await phoneContext.close();
  });

  it('logged no errors in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
