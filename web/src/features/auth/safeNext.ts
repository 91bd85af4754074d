/**
 * Where to go after signing in: only a path on this site. `//evil.example` and absolute URLs are
 * refused so the login page cannot be used to send people elsewhere.
 */
export function safeNextPath(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/';
  }
  if (value === '/login' || value.startsWith('/login?')) {
    return '/';
  }
  return value;
}
