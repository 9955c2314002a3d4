/** Minimal globbing (`*`, `**`, `?`) so that quoted patterns work without a shell, as on Windows cmd. */

export function hasGlobChars(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

export interface SplitGlob {
  /** The literal directory the pattern starts in ('' for the current directory). */
  base: string;
  /** The rest of the pattern, one entry per path segment; at least one. */
  segments: string[];
}

export function splitGlob(pattern: string, windows: boolean): SplitGlob {
  const normalized = windows ? pattern.replace(/\\/g, '/') : pattern;
  const parts = normalized.split('/');
  const absolute = parts[0] === '';
  const segments = parts.filter((part, i) => part !== '' || (i === 0 && absolute));
  const firstGlob = segments.findIndex(hasGlobChars);
  const literal = segments.slice(0, firstGlob);
  let base = literal.join('/');
  if (absolute && literal.length === 1) base = '/';
  else if (windows && /^[A-Za-z]:$/.test(base)) base += '/';
  return { base, segments: segments.slice(firstGlob) };
}

/**
 * Compiles one path segment. Like a shell, a wildcard does not match a leading dot, so `*` does not
 * pick up `.git` or editor backup files.
 */
export function segmentRegExp(segment: string, caseInsensitive: boolean): RegExp {
  let source = '';
  for (const ch of segment) {
    if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  const guard = segment.startsWith('.') ? '' : '(?!\\.)';
  return new RegExp(`^${guard}${source}$`, caseInsensitive ? 'i' : '');
}

export function isGlobStar(segment: string): boolean {
  return segment === '**';
}
