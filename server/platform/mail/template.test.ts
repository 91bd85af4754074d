import { describe, expect, it } from 'vitest';
import { accountTemplates } from './account-templates.ts';
import { applyLayout } from './layout.ts';
import { composeTemplate, escapeHtml, fill } from './template.ts';
import { decodeEncodedWords } from './smtp-sink.ts';

function template(name: string) {
  const found = accountTemplates.find((t) => t.name === name);
  if (!found) {
    throw new Error(`no template ${name}`);
  }
  return found;
}

describe('template helpers', () => {
  it('escapes every HTML-significant character', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('fills placeholders, escaping values and fixed text alike, and refuses a missing value', () => {
    expect(fill('Xin chào {name}!', { name: '<b>Hoa</b>' })).toBe('Xin chào <b>Hoa</b>!');
    expect(fill('A & {name}', { name: '<b>' }, escapeHtml)).toBe('A &amp; &lt;b&gt;');
    expect(fill('{a}{a}', { a: '{b}', b: 'no' })).toBe('{b}{b}');
    expect(() => fill('Đường dẫn: {resetUrl}', {})).toThrow('Mail parameter "resetUrl" is missing');
  });

  it('sends only http and https links as actions', () => {
    const t = composeTemplate({
      name: 'test.link',
      required: ['url'],
      text: {
        vi: { subject: 'S', greeting: 'G', paragraphs: [], action: { label: 'Mở', url: '{url}', fallback: 'F' }, closing: [], signature: [] },
        en: { subject: 'S', greeting: 'G', paragraphs: [], action: { label: 'Open', url: '{url}', fallback: 'F' }, closing: [], signature: [] },
      },
    });
    expect(() => t.render('vi', { url: 'javascript:alert(1)' })).toThrow('only http and https links');
    expect(() => t.render('vi', { url: '/relative' })).toThrow('not an absolute URL');
    expect(t.render('vi', { url: 'https://sokhcn.example.vn/a?b=1&c=2' }).html).toContain('href="https://sokhcn.example.vn/a?b=1&amp;c=2"');
  });
});

describe('account templates', () => {
  const reset = { displayName: 'Nguyễn Thị <b>Hoa</b>', resetUrl: 'https://sti.example.vn/reset-password?token=abc', expiresInMinutes: '60' };

  it('renders the password reset message in Vietnamese with the parameters escaped in HTML', () => {
    const out = template('account.password_reset').render('vi', reset);
    expect(out.subject).toBe('Hướng dẫn đặt lại mật khẩu tài khoản OpenSTI');
    expect(out.text).toContain('Kính gửi Ông/Bà Nguyễn Thị <b>Hoa</b>,');
    expect(out.text).toContain('có hiệu lực trong 60 phút');
    expect(out.text).toContain('Đặt lại mật khẩu:\nhttps://sti.example.vn/reset-password?token=abc');
    expect(out.html).toContain('Nguyễn Thị &lt;b&gt;Hoa&lt;/b&gt;');
    expect(out.html).not.toContain('<b>Hoa</b>');
    expect(template('account.password_reset').sensitive).toBe(true);
  });

  it('renders English when asked', () => {
    const out = template('account.password_reset').render('en', reset);
    expect(out.subject).toBe('Resetting the password of your OpenSTI account');
    expect(out.text).toContain('valid for 60 minutes');
  });

  it('refuses to render without a required parameter', () => {
    expect(() => template('account.signup_pending_admin').render('vi', { applicantName: 'A', applicantEmail: 'a@b.vn' })).toThrow(
      'needs the parameter "reviewUrl"',
    );
  });

  it('shows the administrator who applied, and leaves out an optional link that is missing', () => {
    const pending = template('account.signup_pending_admin').render('vi', {
      applicantName: 'Lê Văn Nam',
      applicantEmail: 'nam@vien.example.vn',
      reviewUrl: 'https://sti.example.vn/admin/users?status=pending',
    });
    expect(pending.subject).toBe('Đề nghị đăng ký tài khoản mới cần phê duyệt: Lê Văn Nam');
    expect(pending.text).toContain('Họ và tên: Lê Văn Nam\nThư điện tử: nam@vien.example.vn');
    const approved = template('account.approved').render('vi', { displayName: 'Lê Văn Nam' });
    expect(approved.subject).toBe('Tài khoản OpenSTI của Ông/Bà đã được phê duyệt');
    expect(approved.html).not.toContain('<a ');
    expect(template('account.approved').render('en', { displayName: 'Nam', loginUrl: 'https://sti.example.vn/login' }).html).toContain(
      'href="https://sti.example.vn/login"',
    );
    expect(template('account.signup_received').render('vi', { displayName: 'Nam' }).subject).toBe(
      'Xác nhận đã tiếp nhận đề nghị đăng ký tài khoản OpenSTI',
    );
  });

  it('keeps a subject on one line whatever the parameters hold', () => {
    const out = template('account.signup_pending_admin').render('en', {
      applicantName: 'Eve\r\nBcc: victim@example.com',
      applicantEmail: 'e@x.vn',
      reviewUrl: 'https://sti.example.vn/r',
    });
    expect(out.subject).toBe('New account application awaiting approval: Eve Bcc: victim@example.com');
  });
});

describe('layout', () => {
  it('frames the message with the department header and footer in its language', () => {
    const content = { subject: 'Chủ đề <x>', text: 'Nội dung', html: '<p>Nội dung</p>' };
    const vi = applyLayout('vi', content, 'https://sti.example.vn');
    expect(vi.text.startsWith('SỞ KHOA HỌC VÀ CÔNG NGHỆ\n')).toBe(true);
    expect(vi.text).toContain('Truy cập Cổng thông tin: https://sti.example.vn');
    expect(vi.html).toContain('<html lang="vi">');
    expect(vi.html).toContain('Sở Khoa học và Công nghệ');
    expect(vi.html).toContain('<title>Chủ đề &lt;x&gt;</title>');
    expect(vi.html).toContain('<p>Nội dung</p>');
    const en = applyLayout('en', content, 'https://sti.example.vn');
    expect(en.html).toContain('Department of Science and Technology');
    expect(en.text).toContain('Please do not reply to it.');
  });
});

describe('encoded words (test decoder)', () => {
  it('joins adjacent words so characters split between them survive', () => {
    const bytes = Buffer.from('Đặt lại', 'utf8');
    const first = bytes.subarray(0, 3).toString('base64');
    const second = bytes.subarray(3).toString('base64');
    expect(decodeEncodedWords(`=?UTF-8?B?${first}?= =?UTF-8?B?${second}?= tail`)).toBe('Đặt lại tail');
    expect(decodeEncodedWords('=?UTF-8?Q?Xin_ch=C3=A0o?=')).toBe('Xin chào');
  });
});
