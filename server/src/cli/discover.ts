import * as fs from 'fs';
import * as path from 'path';
import { localize, type Locale } from '../shared/locale';
import { describeFsError } from '../io/fsErrors';
import { cliMessages as say } from './cliMessages';
import { hasGlobChars, isGlobStar, segmentRegExp, splitGlob } from './glob';

export interface FoundFile {
  /** The path to show: the argument as given, or a directory argument joined with what was found in it. */
  display: string;
  absolute: string;
}

export interface DiscoveryError {
  path: string;
  reason: string;
}

const SCRIPT_EXTENSION = /\.(ps1|psm1)$/i;
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);
const windows = process.platform === 'win32';

function byName(a: fs.Dirent, b: fs.Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Resolves a directory entry through symlinks; undefined when the link is dangling. */
function entryKind(dir: string, entry: fs.Dirent): 'file' | 'directory' | undefined {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'directory';
  if (!entry.isSymbolicLink()) return undefined;
  try {
    const stat = fs.statSync(path.join(dir, entry.name));
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : undefined;
  } catch {
    return undefined;
  }
}

class Discovery {
  readonly files: FoundFile[] = [];
  readonly errors: DiscoveryError[] = [];
  private readonly seen = new Set<string>();
  /** Counts duplicates too, so a glob that only re-finds files named earlier still "matched". */
  private matched = 0;

  constructor(
    private readonly cwd: string,
    private readonly locale: Locale,
  ) {}

  add(display: string, absolute: string): void {
    this.matched++;
    const key = windows ? absolute.toLowerCase() : absolute;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.files.push({ display, absolute });
  }

  private readDir(dir: string, display: string): fs.Dirent[] | undefined {
    try {
      return fs.readdirSync(dir, { withFileTypes: true }).sort(byName);
    } catch (error) {
      this.errors.push({ path: display || '.', reason: localize(say.cannotReadDirectory, this.locale, { reason: describeFsError(error, this.locale) }) });
      return undefined;
    }
  }

  /** `visited` holds real paths on the current branch, so a symlink loop ends instead of recursing forever. */
  walk(dir: string, display: string, visited: Set<string> = new Set()): void {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch (error) {
      this.errors.push({ path: display, reason: describeFsError(error, this.locale) });
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    for (const entry of this.readDir(dir, display) ?? []) {
      const kind = entryKind(dir, entry);
      const childDisplay = path.join(display, entry.name);
      if (kind === 'directory' && !SKIPPED_DIRECTORIES.has(entry.name)) this.walk(path.join(dir, entry.name), childDisplay, visited);
      else if (kind === 'file' && SCRIPT_EXTENSION.test(entry.name)) this.add(childDisplay, path.join(dir, entry.name));
    }
    visited.delete(real);
  }

  glob(pattern: string): number {
    const before = this.matched;
    const { base, segments } = splitGlob(pattern, windows);
    const matchers = segments.map((segment) => (isGlobStar(segment) ? undefined : segmentRegExp(segment, windows)));
    const visit = (dir: string, display: string, index: number, visited: Set<string>) => {
      const last = index === segments.length - 1;
      const matcher = matchers[index];
      if (!matcher) {
        // `**` matches no directory at all, or any number of them.
        if (last) this.walkAll(dir, display, visited);
        else visit(dir, display, index + 1, visited);
        let real: string;
        try {
          real = fs.realpathSync(dir);
        } catch {
          return;
        }
        if (visited.has(real)) return;
        visited.add(real);
        if (!last) {
          for (const entry of this.readDir(dir, display) ?? []) {
            if (entry.name.startsWith('.') || SKIPPED_DIRECTORIES.has(entry.name)) continue;
            if (entryKind(dir, entry) === 'directory') visit(path.join(dir, entry.name), path.join(display, entry.name), index, visited);
          }
        }
        visited.delete(real);
        return;
      }
      for (const entry of this.readDir(dir, display) ?? []) {
        if (!matcher.test(entry.name)) continue;
        const kind = entryKind(dir, entry);
        if (last && kind === 'file') this.add(path.join(display, entry.name), path.join(dir, entry.name));
        else if (!last && kind === 'directory') visit(path.join(dir, entry.name), path.join(display, entry.name), index + 1, visited);
      }
    };
    visit(path.resolve(this.cwd, base), base, 0, new Set());
    return this.matched - before;
  }

  /** What a trailing `**` selects: every file below, except hidden ones and the skipped directories. */
  private walkAll(dir: string, display: string, visited: Set<string>): void {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch {
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    for (const entry of this.readDir(dir, display) ?? []) {
      if (entry.name.startsWith('.') || SKIPPED_DIRECTORIES.has(entry.name)) continue;
      const kind = entryKind(dir, entry);
      if (kind === 'file') this.add(path.join(display, entry.name), path.join(dir, entry.name));
      else if (kind === 'directory') this.walkAll(path.join(dir, entry.name), path.join(display, entry.name), visited);
    }
    visited.delete(real);
  }
}

/**
 * Turns the command-line paths into the files to lint, in argument order, each once. A path that
 * exists is taken literally even if it holds `*` or `?`; otherwise such a path is a glob. Problems
 * with one argument are collected so that the others are still linted.
 */
export function discoverFiles(args: readonly string[], cwd: string, locale: Locale = 'en'): { files: FoundFile[]; errors: DiscoveryError[] } {
  const discovery = new Discovery(cwd, locale);
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if ((code === 'ENOENT' || code === 'ENOTDIR') && hasGlobChars(arg)) {
        if (discovery.glob(arg) === 0) discovery.errors.push({ path: arg, reason: localize(say.noMatch, locale) });
      } else {
        discovery.errors.push({ path: arg, reason: describeFsError(error, locale) });
      }
      continue;
    }
    if (stat.isDirectory()) discovery.walk(absolute, arg);
    else discovery.add(arg, absolute);
  }
  return { files: discovery.files, errors: discovery.errors };
}
