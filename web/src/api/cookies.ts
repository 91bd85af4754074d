/** Parses a `document.cookie` string; later duplicates lose to the first, as browsers send the most specific first. */
export function parseCookies(header: string): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    const name = separator < 0 ? '' : part.slice(0, separator).trim();
    if (name === '' || name in cookies) {
      continue;
    }
    const raw = part.slice(separator + 1).trim();
    try {
      cookies[name] = decodeURIComponent(raw);
    } catch {
      cookies[name] = raw;
    }
  }
  return cookies;
}

export function readCookie(name: string): string | undefined {
  if (typeof document === 'undefined') {
    return undefined;
  }
  return parseCookies(document.cookie)[name];
}

/** A first-party preference cookie (not a secret): readable by the server on the next request. */
export function writeCookie(name: string, value: string, maxAgeSeconds = 365 * 24 * 3600): void {
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=${maxAgeSeconds}; SameSite=Lax${secure}`;
}
