import * as fs from 'fs';

/**
 * Expected problems written into fixture scripts as comments: `# {rule-id}` marks the line it is
 * on; `# {rule-id:+2}` / `# {rule-id:-1}` mark a line relative to it (for lines that cannot hold
 * a comment, such as inside a here-string). Several markers may share a comment.
 */
export interface Marker {
  ruleId: string;
  /** 1-based line. */
  line: number;
}

export function readMarkers(text: string): Marker[] {
  const markers: Marker[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((content, index) => {
    const pattern = /\{([a-z][a-z-]*)(?::([+-]\d+))?\}/g;
    const hash = content.indexOf('#');
    if (hash === -1) return;
    for (const match of content.slice(hash).matchAll(pattern)) {
      markers.push({ ruleId: match[1], line: index + 1 + (match[2] ? Number(match[2]) : 0) });
    }
  });
  return markers;
}

/** The `# adsync-lint-config: {...}` options on the first line, if any. */
export function readConfig(text: string): unknown {
  const first = text.split(/\r\n|\r|\n/, 1)[0];
  const prefix = '# adsync-lint-config:';
  return first.startsWith(prefix) ? JSON.parse(first.slice(prefix.length)) : undefined;
}

export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) line++;
    else if (ch === 13 && text.charCodeAt(i + 1) !== 10) line++;
  }
  return line;
}

export function listFixtures(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = `${dir}/${entry.name}`;
    if (entry.isDirectory()) found.push(...listFixtures(full));
    else if (entry.name.endsWith('.ps1') && !entry.name.endsWith('.fixed.ps1')) found.push(full);
  }
  return found.sort();
}
