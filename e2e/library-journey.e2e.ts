import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { t } from '../common/i18n/index.ts';
import { DEMO_PASSWORD, launchBrowser, newContext, screenshot, SCREENSHOT_DIR, startPortal, type RunningPortal } from './support.ts';

const vi = (key: string, params?: Record<string, string | number>) => t('vi', key, params);

const RESEARCHER = 'nhakhoahoc@demo.opensti.vn';
const CURATOR = 'chuyenvien@demo.opensti.vn';

const TITLE = 'Nghiên cứu tận dụng phụ phẩm chè làm phân bón cho vùng chè Tân Cương';
/** Only in the PDF, never in the metadata: finding it proves the file's text was extracted and indexed. */
const PHRASE = 'quy trình ủ phân hữu cơ từ bã chè xanh kết hợp chế phẩm vi sinh bản địa';
const TYPED_PHRASE = '"u phan huu co tu ba che xanh"';

/**
 * A one-page PDF whose text is written in a composite font with a ToUnicode map, so a text
 * extractor reads the Vietnamese back exactly (the font itself is not embedded; this is a fixture).
 */
function vietnamesePdf(lines: string[]): Buffer {
  const hex = (text: string) => [...text].map((char) => (char.codePointAt(0) ?? 0x3f).toString(16).padStart(4, '0')).join('');
  const stream = ['BT', '/F1 12 Tf', '15 TL', '56 780 Td', ...lines.map((line) => `<${hex(line)}> Tj T*`), 'ET'].join('\n');
  const blocks = [...new Set(lines.join('').split('').map((char) => (char.codePointAt(0) ?? 0) >> 8))].sort((a, b) => a - b);
  const ranges = blocks.map((block) => {
    const start = (block << 8).toString(16).padStart(4, '0');
    const end = ((block << 8) | 0xff).toString(16).padStart(4, '0');
    return `<${start}> <${end}> <${start}>`;
  });
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    `${ranges.length} beginbfrange`,
    ...ranges,
    'endbfrange endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(stream)} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /ArialUnicode /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>',
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ArialUnicode /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 600 >>',
    `<< /Length ${Buffer.byteLength(cmap)} >>\nstream\n${cmap}\nendstream`,
    '<< /Type /FontDescriptor /FontName /ArialUnicode /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>',
  ];
  let body = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

describe('a result goes from deposit to the public library', () => {
  let portal: RunningPortal;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const consoleErrors: string[] = [];
  let recordId = '';
  let pdfPath = '';

  async function pageFor(viewport: 'desktop' | 'phone', email?: string): Promise<Page> {
    const context = await newContext(browser, viewport);
    contexts.push(context);
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') {
        consoleErrors.push(`${page.url()}: ${message.text()}`);
      }
    });
    if (email) {
      await page.goto(`${portal.url}/login`);
      await page.getByLabel(vi('ui.auth.email')).fill(email);
      await page.getByRole('textbox', { name: vi('ui.auth.password'), exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: vi('ui.auth.loginSubmit') }).last().click();
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    }
    return page;
  }

  async function pick(page: Page, label: string, typed: string, option: RegExp | string): Promise<void> {
    const box = page.getByRole('combobox', { name: label }).first();
    await box.click();
    if (typed !== '') {
      await box.fill(typed);
    }
    await page.getByRole('option', { name: option }).first().click();
  }

  beforeAll(async () => {
    portal = await startPortal();
    browser = await launchBrowser();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    pdfPath = join(portal.dataDir, 'bao-cao-tong-hop.pdf');
    writeFileSync(
      pdfPath,
      vietnamesePdf(['BÁO CÁO TỔNG HỢP KẾT QUẢ NHIỆM VỤ', 'Chương 2. Kết quả nghiên cứu', `Đề tài đã hoàn thiện ${PHRASE},`, 'áp dụng tại xã Tân Cương, tỉnh Thái Nguyên.']),
    );
  });

  afterAll(async () => {
    for (const context of contexts) {
      await context.close();
    }
    await browser?.close();
    await portal?.stop();
  });

  it('lets a researcher deposit a task result with its PDF and submit it', async () => {
    const page = await pageFor('desktop', RESEARCHER);
    await page.goto(`${portal.url}/library/deposit`);
    await page.getByRole('heading', { name: vi('ui.library.deposit.newTitle') }).waitFor();
    await page.getByRole('textbox', { name: vi('ui.library.deposit.titleField'), exact: true }).fill(TITLE);
    await page.getByLabel(vi('ui.library.deposit.abstract')).fill('Đề tài đánh giá khả năng sử dụng phụ phẩm từ chế biến chè để sản xuất phân bón tại chỗ cho các hộ trồng chè.');
    await page.getByLabel(vi('ui.library.deposit.issuedYear')).fill('2025');
    await page.getByLabel(vi('ui.library.deposit.contributorName')).fill('Đỗ Thị Lan');
    await pick(page, vi('ui.library.deposit.fields'), 'Trồng trọt', /Trồng trọt/);
    await page.keyboard.press('Escape');
    await pick(page, vi('ui.library.deposit.jurisdiction'), 'Thái Nguyên', /Thái Nguyên/);
    await pick(page, vi('ui.library.deposit.detailFields.taskLevel'), '', vi('ui.library.values.taskLevels.provincial'));
    await screenshot(page, 'library-deposit-desktop');
    await page.getByRole('button', { name: vi('ui.library.deposit.saveDraft') }).click();
    await page.waitForURL(/\/library\/deposit\/[0-9a-f-]{36}$/);
    recordId = new URL(page.url()).pathname.split('/').at(-1) ?? '';

    await page.locator('input[type=file]').setInputFiles(pdfPath);
    await page.getByRole('button', { name: vi('ui.library.deposit.upload') }).click();
    await page.getByText('bao-cao-tong-hop.pdf').first().waitFor();
    await page.getByText(vi('library.textStatuses.extracted')).first().waitFor({ timeout: 60_000 });
    await screenshot(page, 'library-deposit-files-desktop');

    await page.getByRole('button', { name: vi('ui.library.deposit.submit') }).click();
    await page.getByRole('dialog').getByRole('button', { name: vi('ui.library.deposit.submit') }).click();
    await page.waitForURL(/\/library\/mine$/);
    await page.getByText(vi('library.statuses.submitted')).first().waitFor();
    await screenshot(page, 'library-mine-submitted-desktop');
  });

  it('lets a curator find it in the queue, review and publish it', async () => {
    const page = await pageFor('desktop', CURATOR);
    await page.goto(`${portal.url}/library/curation`);
    await page.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(new RegExp(`/library/curation/${recordId}$`));
    await page.getByRole('heading', { name: vi('ui.library.curation.decision') }).waitFor();
    await screenshot(page, 'library-review-desktop');
    await page.getByRole('button', { name: vi('ui.library.curation.publish') }).click();
    await page.getByRole('dialog').getByRole('button', { name: vi('ui.library.curation.publish') }).click();
    await page.waitForURL(new RegExp(`/library/records/${recordId}$`));
    await page.getByRole('heading', { name: TITLE }).waitFor();
  });

  it('finds it by a phrase of its full text typed without diacritics', async () => {
    const page = await pageFor('desktop');
    const link = page.getByRole('link', { name: TITLE });
    // The text is extracted by a job; the record is searchable by it once the job has run.
    for (let attempt = 0; ; attempt += 1) {
      await page.goto(`${portal.url}/library?q=${encodeURIComponent(TYPED_PHRASE)}`);
      await page.getByRole('heading', { level: 2 }).filter({ hasText: /Tìm thấy/ }).first().waitFor();
      if ((await link.count()) > 0 || attempt >= 20) {
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    await link.waitFor({ timeout: 5000 });
    const snippet = await page.locator('ol li').first().locator('mark').allTextContents();
    expect(snippet.join(' ').toLowerCase()).toContain('bã chè xanh');
    await screenshot(page, 'library-search-phrase-desktop');

    await page.goto(`${portal.url}/library`);
    await page.getByRole('searchbox', { name: vi('ui.library.search.label') }).fill('phan bon che');
    await page.getByRole('button', { name: vi('ui.library.search.submit') }).click();
    await page.waitForURL(/q=phan\+bon\+che/);
    await page.getByRole('checkbox', { name: new RegExp(`^${vi('library.types.task_result')}`) }).click();
    await page.waitForURL(/type=task_result/);
    await link.waitFor();
    await screenshot(page, 'library-search-facets-desktop');
  });

  it('opens its public page, served with citation meta tags', async () => {
    const response = await fetch(`${portal.url}/library/records/${recordId}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(`<meta name="citation_title" content="${TITLE}">`);
    expect(html).toMatch(/<meta name="citation_author" content="Đỗ Thị Lan">/);
    expect(html).toMatch(/<meta name="citation_pdf_url" content="[^"]+">/);

    const page = await pageFor('desktop');
    await page.goto(`${portal.url}/library/records/${recordId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('link', { name: vi('ui.library.record.download', { name: 'bao-cao-tong-hop.pdf' }) }).waitFor();
    expect(await page.getByTestId('citation').textContent()).toContain('Đỗ Thị Lan (2025).');
    await screenshot(page, 'library-record-desktop');
  });

  it('answers an OAI-PMH GetRecord for it', async () => {
    const identifier = `oai:${new URL(portal.url).hostname}:${recordId}`;
    const response = await fetch(`${portal.url}/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(identifier)}`);
    expect(response.status).toBe(200);
    const xml = await response.text();
    expect(xml).not.toContain('<error');
    expect(xml).toContain(`<identifier>${identifier}</identifier>`);
    expect(xml).toContain(`<dc:title>${TITLE}</dc:title>`);
  });

  it('shows the library screens on a desktop and on a phone', async () => {
    const visitor = { desktop: await pageFor('desktop'), phone: await pageFor('phone') };
    const curator = { desktop: await pageFor('desktop', CURATOR), phone: await pageFor('phone', CURATOR) };
    const screens: [string, string, 'visitor' | 'curator'][] = [
      ['search', '/library', 'visitor'],
      ['browse', '/library/browse', 'visitor'],
      ['browse-organisations', '/library/browse?by=organisation', 'visitor'],
      ['record', `/library/records/${recordId}`, 'visitor'],
      ['deposit', '/library/deposit', 'curator'],
      ['mine', '/library/mine', 'curator'],
      ['curation', '/library/curation?status=all', 'curator'],
      ['review', `/library/curation/${recordId}`, 'curator'],
      ['transfer', '/library/transfer', 'curator'],
    ];
    for (const viewport of ['desktop', 'phone'] as const) {
      for (const [name, path, who] of screens) {
        const page = (who === 'visitor' ? visitor : curator)[viewport];
        await page.goto(`${portal.url}${path}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.getByText(vi('ui.common.loading')).first().waitFor({ state: 'detached' });
        await screenshot(page, `library-${name}-${viewport}`);
        // The first screenful too: a full phone page is too long to judge at a glance.
        await page.screenshot({ path: join(SCREENSHOT_DIR, `library-${name}-${viewport}-top.png`) });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${name} is wider than the ${viewport} screen`).toBeLessThanOrEqual(0);
      }
    }
  });

  it('leaves a tombstone when a curator withdraws it', async () => {
    const curator = await pageFor('desktop', CURATOR);
    await curator.goto(`${portal.url}/library/curation/${recordId}`);
    await curator.getByRole('button', { name: vi('ui.library.curation.withdraw') }).click();
    await curator.getByRole('dialog').getByRole('button', { name: vi('ui.library.curation.withdraw') }).click();
    // A withdrawal needs its reason; the dialog's confirmation alone does not withdraw.
    await curator.getByText(vi('ui.library.curation.reasonRequired')).waitFor();
    await curator.getByLabel(vi('ui.library.curation.withdrawReason')).fill('Trùng lặp với kết quả đã đăng ký số KQ015440.');
    await curator.getByRole('dialog').waitFor({ state: 'detached' });
    await curator.getByRole('button', { name: vi('ui.library.curation.withdraw') }).click();
    await curator.getByRole('dialog').getByRole('button', { name: vi('ui.library.curation.withdraw') }).click();
    await curator.getByText(vi('ui.library.curation.withdrawn')).first().waitFor();

    const visitor = await pageFor('phone');
    await visitor.goto(`${portal.url}/library/records/${recordId}`);
    await visitor.getByText(vi('ui.library.record.tombstoneTitle')).waitFor();
    await visitor.getByText(/Trùng lặp với kết quả đã đăng ký/).waitFor();
    expect(await visitor.getByRole('link', { name: vi('ui.library.record.download', { name: 'bao-cao-tong-hop.pdf' }) }).count()).toBe(0);
    await screenshot(visitor, 'library-tombstone-phone');
  });

  it('logged no errors in the browser console', () => {
    // A tombstone is served with 410 Gone on purpose (harvesters and crawlers learn the record is gone); the browser reports that status.
    const tombstone = `${portal.url}/library/records/${recordId}: Failed to load resource: the server responded with a status of 410 (Gone)`;
    expect(consoleErrors.filter((entry) => entry !== tombstone)).toEqual([]);
  });
});
