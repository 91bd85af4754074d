import type { Locale } from './locale.ts';

export type MessageTree = { [key: string]: string | MessageTree };
export type Catalog = Record<Locale, MessageTree>;

function lookup(tree: MessageTree, key: string): string | undefined {
  let node: string | MessageTree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') {
      return undefined;
    }
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A translator over one merged catalog; missing keys fall back to Vietnamese, then to the key. */
export function createTranslator(catalog: Catalog) {
  return function translate(locale: Locale, key: string, params?: Record<string, string | number>): string {
    const template = lookup(catalog[locale], key) ?? lookup(catalog.vi, key) ?? key;
    return interpolate(template, params);
  };
}

/** Merges area catalogs (errors, auth, admin, directory, …) into one, refusing duplicate keys. */
export function mergeCatalogs(...parts: Catalog[]): Catalog {
  const merged: Catalog = { vi: {}, en: {} };
  for (const part of parts) {
    for (const locale of ['vi', 'en'] as const) {
      for (const [key, value] of Object.entries(part[locale])) {
        if (key in merged[locale]) {
          throw new Error(`Duplicate catalog namespace "${key}" (${locale})`);
        }
        merged[locale][key] = value;
      }
    }
  }
  return merged;
}
