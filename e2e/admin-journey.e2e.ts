import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { t } from '../common/i18n/index.ts';
import { DEMO_ADMIN, DEMO_PASSWORD, launchBrowser, newContext, screenshot, startPortal, type RunningPortal } from './support.ts';

const vi = (key: string, params?: Record<string, string | number>) => t('vi', key, params);
const en = (key: string, params?: Record<string, string | number>) => t('en', key, params);

describe('an administrator runs the directory and the accounts', () => {
  let portal: RunningPortal;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    portal = await startPortal();
    browser = await launchBrowser();
    const context = await newContext(browser, 'desktop');
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') {
        consoleErrors.push(message.text());
      }
    });
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('opens the public home page in Vietnamese', async () => {
    await page.goto(`${portal.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await screenshot(page, 'home-desktop');
  });

  it('signs in as the demo administrator', async () => {
    await page.goto(`${portal.url}/login`);
    await page.getByLabel(vi('ui.auth.email')).fill(DEMO_ADMIN);
    await page.getByRole('textbox', { name: vi('ui.auth.password'), exact: true }).fill(DEMO_PASSWORD);
    await screenshot(page, 'login-desktop');
    // The header holds a link with the same name; the form's button comes last.
    await page.getByRole('button', { name: vi('ui.auth.loginSubmit') }).last().click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  });

  it('creates an organisation', async () => {
    await page.goto(`${portal.url}/admin/directory/organisations/new`);
    await page.getByRole('combobox', { name: vi('directory.columns.kind') }).click();
    await page.getByRole('option', { name: vi('directory.organisationKinds.research_institute') }).click();
    await page.getByLabel(vi('directory.columns.nameVi')).fill('Viện Nghiên cứu Chè và Nông sản Thái Nguyên');
    await page.getByLabel(vi('directory.columns.abbreviation')).fill('VNCC');
    const province = page.getByRole('combobox', { name: vi('ui.directory.province') });
    if ((await province.inputValue()) === '') {
      await province.fill('Thái Nguyên');
      await page.getByRole('option', { name: /Thái Nguyên/ }).first().click();
    }
    await screenshot(page, 'organisation-new-desktop');
    await page.getByRole('button', { name: vi('ui.directory.addOrganisation') }).click();
    await page.getByRole('heading', { name: 'Viện Nghiên cứu Chè và Nông sản Thái Nguyên' }).waitFor();
    await screenshot(page, 'organisation-created-desktop');
  });

  it('finds it in the public directory by a name typed without diacritics', async () => {
    await page.goto(`${portal.url}/directory/organisations`);
    const search = page.getByRole('searchbox').first();
    await search.fill('vien nghien cuu che');
    await search.press('Enter');
    await page.getByRole('link', { name: /Viện Nghiên cứu Chè/ }).first().waitFor();
    await screenshot(page, 'directory-search-desktop');
  });

  it('creates a user account', async () => {
    await page.goto(`${portal.url}/admin/users`);
    await page.getByRole('button', { name: vi('ui.users.create') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(vi('ui.auth.fullName')).fill('Vũ Thị Ngọc Ánh');
    await dialog.getByLabel(vi('ui.auth.email')).fill('anh.vtn@sokhcn.thainguyen.gov.vn');
    await dialog.getByRole('textbox', { name: vi('ui.users.initialPassword'), exact: true }).fill('mat-khau-ban-dau-2026');
    await screenshot(page, 'user-create-desktop');
    await dialog.getByRole('button', { name: vi('ui.users.createSubmit') }).click();
    await page.getByText('anh.vtn@sokhcn.thainguyen.gov.vn').first().waitFor();
    await screenshot(page, 'user-created-desktop');
  });

  it('reads the audit trail of those changes', async () => {
    await page.goto(`${portal.url}/admin/audit`);
    await page.getByText('directory.organisation.create').first().waitFor();
    await page.getByText('user.created').first().waitFor();
    await screenshot(page, 'audit-desktop');
  });

  it('switches the interface to English', async () => {
    await page.goto(`${portal.url}/admin/users`);
    await page.getByRole('group', { name: vi('ui.shell.language') }).getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: en('ui.users.title') }).first().waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await screenshot(page, 'users-english-desktop');
  });

  it('shows the main screens on a phone', async () => {
    const phone = await newContext(browser, 'phone');
    const mobile = await phone.newPage();
    for (const [path, name] of [
      ['/', 'home-phone'],
      ['/login', 'login-phone'],
      ['/directory/organisations', 'directory-phone'],
    ] as const) {
      await mobile.goto(`${portal.url}${path}`);
      await mobile.getByRole('heading').first().waitFor();
      await screenshot(mobile, name);
    }
    await phone.close();
  });

  it('logged no errors in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
