import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { t } from '../../../../common/i18n/index.ts';
import { formatDate } from '../../../../common/i18n/format.ts';
import type { Locale } from '../../../../common/i18n/locale.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Db } from '../../../platform/db/client.ts';
import type { Platform } from '../../../platform/platform.ts';
import { loadBundles, loadRefs } from '../library.bundle.ts';
import { isOpenRecord } from '../library.harvest.ts';
import { canRead, today } from '../library.policy.ts';
import { presentRecord } from '../library.presenter.ts';
import type { RecordRow } from '../library.repository.ts';
import { XmlWriter } from '../oai/xml-writer.ts';
import { recordUrl } from '../oai/record-bundles.ts';
import { escapeHtml, injectPage, recordHead, shorten } from './record-head.ts';
import { ViewCounter } from './view-counter.ts';

/** The built web app's page, which every client-side route is served as. */
const WEB_INDEX = fileURLToPath(new URL('../../../../dist/web/index.html', import.meta.url));

/** Served when the web app has not been built (tests, a bare API install): the head tags still hold. */
const BARE_INDEX = '<!doctype html>\n<html lang="vi">\n  <head>\n    <meta charset="utf-8">\n  </head>\n  <body>\n    <div id="root"></div>\n  </body>\n</html>\n';

export async function spaIndex(path: string = WEB_INDEX): Promise<string> {
  return existsSync(path) ? readFile(path, 'utf8') : BARE_INDEX;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const READER = { edit: false, submit: false, curate: false, withdraw: false, seeErrors: false } as const;

/** URLs per sitemap file, the protocol's limit. */
export const SITEMAP_URLS = 50_000;
const BATCH = 1000;
export const FEED_ENTRIES = 50;

export interface PortalPage {
  status: 200 | 404 | 410;
  html: string;
}

export interface Visitor {
  actor: Actor;
  locale: Locale;
  ip: string;
  userAgent: string;
}

function openRecords(db: Db, on: string) {
  return db
    .selectFrom('library_records')
    .where('status', '=', 'published')
    .where('access_level', '=', 'public')
    .where((eb) => eb.or([eb('embargo_until', 'is', null), eb('embargo_until', '<=', on)]));
}

export function createPortalService(platform: Platform, options: { indexPath?: string } = {}) {
  const { db } = platform;
  const publicUrl = platform.config.publicUrl.replace(/\/+$/, '');
  const views = new ViewCounter();
  const siteName = (locale: Locale) => t(locale, 'libraryExchange.repositoryName');

  function tombstone(row: RecordRow, html: string, locale: Locale): PortalPage {
    const title = t(locale, 'libraryExchange.portal.withdrawnTitle');
    const lines = [
      t(locale, 'libraryExchange.portal.withdrawnBody', { title: row.title }),
      ...(row.withdrawal_reason ? [t(locale, 'libraryExchange.portal.withdrawnReason', { reason: row.withdrawal_reason })] : []),
      ...(row.withdrawn_at ? [t(locale, 'libraryExchange.portal.withdrawnAt', { date: formatDate(row.withdrawn_at) })] : []),
    ];
    const head = [
      `<title>${escapeHtml(`${title} - ${siteName(locale)}`)}</title>`,
      '<meta name="robots" content="noindex">',
      `<link rel="canonical" href="${escapeHtml(recordUrl(publicUrl, row.id))}">`,
    ].join('\n    ');
    const body = `<main><h1>${escapeHtml(title)}</h1>${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</main>`;
    return { status: 410, html: injectPage(html, head, body) };
  }

  return {
    /**
     * A record's page: the web app with the record's head tags for search engines; a 410 with the
     * tombstone once withdrawn; a 404, like any unknown address, for a record the visitor may not read.
     */
    async recordPage(visitor: Visitor, id: string): Promise<PortalPage> {
      const html = await spaIndex(options.indexPath);
      const row = UUID.test(id) ? await db.selectFrom('library_records').selectAll().where('id', '=', id).executeTakeFirst() : undefined;
      const [bundle] = row ? await loadBundles(db, [row]) : [];
      if (!row || !bundle || !canRead(visitor.actor, row, bundle.place)) {
        return { status: 404, html };
      }
      if (row.status === 'withdrawn') {
        return tombstone(row, html, visitor.locale);
      }
      if (row.status !== 'published') {
        return { status: 200, html: injectPage(html, '<meta name="robots" content="noindex">') };
      }
      const refs = await loadRefs(db, [bundle]);
      const record = presentRecord(bundle, refs, visitor.locale, READER);
      if (views.firstView(row.id, visitor)) {
        // A statistic, not a change of the record: no audit entry and no new datestamp for harvesters.
        await db
          .updateTable('library_records')
          .set((eb) => ({ view_count: eb('view_count', '+', 1) }))
          .where('id', '=', row.id)
          .execute();
      }
      const head = recordHead(record, { publicUrl, siteName: siteName(visitor.locale), indexable: isOpenRecord(row) });
      return { status: 200, html: injectPage(html, head) };
    },

    async countOpenRecords(): Promise<number> {
      const row = await openRecords(db, today())
        .select((eb) => eb.fn.countAll<number | string>().as('count'))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /**
     * The sitemap: one file of record pages when they fit, else an index of numbered files. Rows
     * come in batches by id, so no file is ever built whole in memory.
     */
    async *sitemap(page: number | undefined, perFile: number = SITEMAP_URLS): AsyncGenerator<string> {
      const on = today();
      const total = await this.countOpenRecords();
      const files = Math.max(1, Math.ceil(total / perFile));
      const xml = new XmlWriter();
      if (page === undefined && files > 1) {
        xml.start('sitemapindex', { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' }).newline();
        for (let n = 1; n <= files; n += 1) {
          xml.start('sitemap').element('loc', undefined, `${publicUrl}/sitemap.xml?page=${n}`).end().newline();
        }
        yield xml.finish();
        return;
      }
      const number = page ?? 1;
      xml.start('urlset', { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' }).newline();
      if (number === 1) {
        xml.start('url').element('loc', undefined, `${publicUrl}/library`).element('changefreq', undefined, 'daily').end().newline();
      }
      yield xml.take();
      const first = await openRecords(db, on)
        .select('id')
        .orderBy('id')
        .offset((number - 1) * perFile)
        .limit(1)
        .executeTakeFirst();
      let written = 0;
      if (first) {
        let from = first.id;
        let inclusive = true;
        while (written < perFile) {
          const rows = await openRecords(db, on)
            .select(['id', 'updated_at'])
            .where('id', inclusive ? '>=' : '>', from)
            .orderBy('id')
            .limit(Math.min(BATCH, perFile - written))
            .execute();
          for (const row of rows) {
            xml.start('url').element('loc', undefined, recordUrl(publicUrl, row.id)).element('lastmod', undefined, `${row.updated_at.slice(0, 19)}Z`).end().newline();
          }
          yield xml.take();
          written += rows.length;
          const last = rows[rows.length - 1];
          if (!last || rows.length < BATCH) {
            break;
          }
          from = last.id;
          inclusive = false;
        }
      }
      yield xml.finish();
    },

    /** An Atom 1.0 feed of the records published most recently and open to everyone. */
    async feed(locale: Locale): Promise<string> {
      const rows = await openRecords(db, today()).selectAll().where('published_at', 'is not', null).orderBy('published_at', 'desc').orderBy('id', 'desc').limit(FEED_ENTRIES).execute();
      const bundles = await loadBundles(db, rows);
      const refs = await loadRefs(db, bundles);
      const records = bundles.map((bundle) => presentRecord(bundle, refs, locale, READER));
      const self = `${publicUrl}/library/feed.atom`;
      const updated = rows.reduce((latest, row) => (row.updated_at > latest ? row.updated_at : latest), rows[0]?.updated_at ?? new Date(0).toISOString());
      const xml = new XmlWriter();
      xml.start('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': locale }).newline();
      xml.element('id', undefined, self);
      xml.element('title', undefined, t(locale, 'libraryExchange.portal.feedTitle'));
      xml.element('subtitle', undefined, t(locale, 'libraryExchange.portal.feedSubtitle'));
      xml.element('updated', undefined, `${updated.slice(0, 19)}Z`);
      xml.element('link', { rel: 'self', type: 'application/atom+xml', href: self });
      xml.element('link', { rel: 'alternate', type: 'text/html', href: `${publicUrl}/library` });
      // Entries without a credited creator fall back on the feed's author, as Atom requires one.
      xml.start('author').element('name', undefined, siteName(locale)).end().newline();
      for (const record of records) {
        const url = recordUrl(publicUrl, record.id);
        xml.start('entry');
        xml.element('id', undefined, url);
        xml.element('title', undefined, record.title);
        xml.element('link', { rel: 'alternate', type: 'text/html', href: url });
        xml.element('published', undefined, `${(record.publishedAt ?? record.createdAt).slice(0, 19)}Z`);
        xml.element('updated', undefined, `${record.updatedAt.slice(0, 19)}Z`);
        for (const contributor of record.contributors) {
          xml.start('author').element('name', undefined, contributor.name).end();
        }
        xml.element('category', { term: record.type, label: t(locale, `libraryExchange.types.${record.type}`) });
        if (record.abstract) {
          xml.element('summary', { type: 'text' }, shorten(record.abstract, 1000));
        }
        xml.end().newline();
      }
      return xml.finish();
    },
  };
}

export type PortalService = ReturnType<typeof createPortalService>;
