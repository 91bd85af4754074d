import type { Locale } from '../../../common/i18n/locale.ts';
import type { MailContent, MailTemplate } from './types.ts';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

const identity = (value: string): string => value;

/**
 * Fills `{name}` placeholders. Both the fixed text and the parameter values pass through `encode`
 * (HTML escaping for the HTML part), so no parameter can inject markup. A placeholder without a
 * value is a bug in the caller and throws rather than sending "{resetUrl}" to someone.
 */
export function fill(template: string, params: Readonly<Record<string, string>>, encode: (value: string) => string = identity): string {
  let out = '';
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const name = match[1] ?? '';
    const value = params[name];
    if (value === undefined) {
      throw new Error(`Mail parameter "${name}" is missing`);
    }
    out += encode(template.slice(last, match.index)) + encode(value);
    last = match.index + match[0].length;
  }
  return out + encode(template.slice(last));
}

/** The wording of one message in one language; every string may hold `{param}` placeholders. */
export interface TemplateText {
  subject: string;
  greeting: string;
  paragraphs: readonly string[];
  /** Label/value lines shown as a small table (applicant's name, email…). */
  details?: readonly { label: string; value: string }[];
  /** A button (HTML) or a labelled link (text); left out when its URL parameter is empty. */
  action?: { label: string; url: string; fallback: string };
  closing: readonly string[];
  signature: readonly string[];
}

export interface TemplateSpec {
  name: string;
  /** Parameters every caller must give; others may be empty or absent. */
  required: readonly string[];
  /** Parameters that may be left out; they count as empty, and an action whose link is empty is not shown. */
  optional?: readonly string[];
  /** The message carries a secret link: its stored copy is cleared once it has been sent. */
  sensitive?: boolean;
  text: Record<Locale, TemplateText>;
}

function safeUrl(url: string, template: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`Mail template "${template}": the link is not an absolute URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`Mail template "${template}": only http and https links may be sent`);
  }
  return url;
}

const block = 'margin:0 0 16px 0;';

function renderText(spec: TemplateSpec, text: TemplateText, params: Record<string, string>): MailContent {
  const url = text.action ? fill(text.action.url, params) : '';
  const action = text.action && url !== '' ? { label: fill(text.action.label, params), url: safeUrl(url, spec.name) } : null;
  const details = (text.details ?? []).map((d) => ({ label: fill(d.label, params), value: fill(d.value, params) }));
  const plain = [
    fill(text.greeting, params),
    ...text.paragraphs.map((p) => fill(p, params)),
    ...(details.length > 0 ? [details.map((d) => `${d.label}: ${d.value}`).join('\n')] : []),
    ...(action ? [`${action.label}:\n${action.url}`] : []),
    ...text.closing.map((p) => fill(p, params)),
    text.signature.join('\n'),
  ].join('\n\n');

  const html = (value: string) => fill(value, params, escapeHtml);
  const rows = details
    .map((d) => `<tr><td style="padding:4px 12px 4px 0;color:#5f6b7a;">${escapeHtml(d.label)}</td><td style="padding:4px 0;font-weight:bold;">${escapeHtml(d.value)}</td></tr>`)
    .join('');
  const button = action
    ? `<p style="${block}"><a href="${escapeHtml(action.url)}" style="display:inline-block;background:#0b4f8a;color:#ffffff;padding:10px 20px;border-radius:4px;text-decoration:none;font-weight:bold;">${escapeHtml(action.label)}</a></p>` +
      `<p style="${block}font-size:13px;color:#5f6b7a;">${escapeHtml(text.action?.fallback ?? '')}<br><a href="${escapeHtml(action.url)}" style="color:#0b4f8a;word-break:break-all;">${escapeHtml(action.url)}</a></p>`
    : '';
  const htmlBody = [
    `<p style="${block}">${html(text.greeting)}</p>`,
    ...text.paragraphs.map((p) => `<p style="${block}">${html(p)}</p>`),
    rows ? `<table role="presentation" style="${block}border-collapse:collapse;">${rows}</table>` : '',
    button,
    ...text.closing.map((p) => `<p style="${block}">${html(p)}</p>`),
    `<p style="${block}">${text.signature.map((line) => escapeHtml(line)).join('<br>')}</p>`,
  ].join('');

  // A line break in a header would start a new header; subjects are one line whatever the input.
  const subject = fill(text.subject, params).replace(/[\r\n\t]+/g, ' ').trim();
  return { subject, text: plain, html: htmlBody };
}

/** Builds a bilingual template from its wording. */
export function composeTemplate(spec: TemplateSpec): MailTemplate {
  return {
    name: spec.name,
    sensitive: spec.sensitive ?? false,
    render(locale, params) {
      for (const name of spec.required) {
        if (!params[name]) {
          throw new Error(`Mail template "${spec.name}" needs the parameter "${name}"`);
        }
      }
      const defaults = Object.fromEntries((spec.optional ?? []).map((name) => [name, '']));
      return renderText(spec, spec.text[locale], { ...defaults, ...params });
    },
  };
}
