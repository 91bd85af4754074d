import type { Locale } from '../../../common/i18n/locale.ts';
import { escapeHtml, fill } from './template.ts';
import type { MailContent } from './types.ts';

interface LayoutText {
  department: string;
  portal: string;
  automatic: string;
  visit: string;
}

const LAYOUT: Record<Locale, LayoutText> = {
  vi: {
    department: 'Sở Khoa học và Công nghệ',
    portal: 'Cổng thông tin Khoa học, Công nghệ và Đổi mới sáng tạo',
    automatic: 'Thư này được gửi tự động từ hệ thống OpenSTI của Sở Khoa học và Công nghệ. Vui lòng không trả lời thư này.',
    visit: 'Truy cập Cổng thông tin: {publicUrl}',
  },
  en: {
    department: 'Department of Science and Technology',
    portal: 'Science, Technology and Innovation Portal',
    automatic: 'This message was sent automatically by the OpenSTI system of the Department of Science and Technology. Please do not reply to it.',
    visit: 'Visit the portal: {publicUrl}',
  },
};

/** Puts the department header and the footer around a rendered message, in the message's language. */
export function applyLayout(locale: Locale, content: MailContent, publicUrl: string): MailContent {
  const text = LAYOUT[locale];
  const visit = fill(text.visit, { publicUrl });
  const plain = [
    text.department.toLocaleUpperCase(locale),
    text.portal,
    '—'.repeat(40),
    '',
    content.text,
    '',
    '—'.repeat(40),
    text.automatic,
    visit,
  ].join('\n');

  const html = `<!DOCTYPE html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:0;background:#f2f4f7;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f4f7;"><tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;width:100%;background:#ffffff;border:1px solid #d9dee5;">
<tr><td style="background:#0b4f8a;color:#ffffff;padding:18px 24px;font-family:Arial,Helvetica,sans-serif;">
<div style="font-size:18px;font-weight:bold;text-transform:uppercase;">${escapeHtml(text.department)}</div>
<div style="font-size:13px;opacity:0.9;">${escapeHtml(text.portal)}</div>
</td></tr>
<tr><td style="padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.6;color:#1f2933;">${content.html}</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #d9dee5;font-family:Arial,Helvetica,sans-serif;font-size:12px;line-height:1.5;color:#5f6b7a;">
<p style="margin:0 0 6px 0;">${escapeHtml(text.automatic)}</p>
<p style="margin:0;">${fill(text.visit, { publicUrl }, escapeHtml)}</p>
</td></tr>
</table>
</td></tr></table>
</body>
</html>`;
  return { subject: content.subject, text: plain, html };
}
