import * as path from 'path';
import { pathToFileURL } from 'url';
import { localize, type Locale } from '../../shared/locale';
import type { Rule } from '../../rules/rule';
import type { Severity } from '../../shared/types';
import { cliMessages as say } from '../cliMessages';
import type { PackageInfo } from '../packageInfo';
import type { FileResult, Range } from '../results';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifContext {
  rules: readonly Rule[];
  packageInfo: PackageInfo;
  /** Artifact URIs are relative to this directory, so reports do not leak the machine's layout. */
  cwd: string;
  /** Messages about the run itself: files that could not be read or checked, rules that failed. */
  notifications: Array<{ level: 'error' | 'warning'; message: string; file?: string }>;
  /** The language of the rule descriptions and pages. */
  locale?: Locale;
  /** A rule's documentation page (Markdown), carried inline so that code scanning needs no link. */
  ruleDoc?: (ruleId: string) => string | undefined;
}

type SarifLevel = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', information: 'note' };

/**
 * A relative URI reference against %SRCROOT% with forward slashes, each segment percent-encoded
 * (spaces, `#`, `%`). Only a file with no relative path (another drive on Windows) gets an absolute URI.
 */
export function artifactLocation(absolute: string, cwd: string): { uri: string; uriBaseId?: string } {
  const relative = path.relative(cwd, absolute);
  if (path.isAbsolute(relative)) return { uri: pathToFileURL(absolute).href };
  return { uri: relative.split(path.sep).map((segment) => encodeURIComponent(segment)).join('/'), uriBaseId: '%SRCROOT%' };
}

function region(range: Range) {
  return { startLine: range.line, startColumn: range.column, endLine: range.endLine, endColumn: range.endColumn };
}

/** A rule's entry in the tool's rule list, with its page inline instead of a link. */
function sarifRule(rule: Rule, locale: Locale, ruleDoc: SarifContext['ruleDoc']) {
  const description = localize(rule.meta.description, locale);
  const full = rule.meta.fixable ? localize(say.fixableNote, locale, { description }) : description;
  // A rule without an installed page still gets help text: its full description.
  const page = ruleDoc?.(rule.meta.id) ?? full;
  return {
    id: rule.meta.id,
    shortDescription: { text: description },
    fullDescription: { text: full },
    help: { text: page, markdown: page },
    defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
    properties: { fixable: rule.meta.fixable },
  };
}

export function buildSarif(results: readonly FileResult[], context: SarifContext) {
  const { rules, packageInfo, cwd } = context;
  const ruleIndex = new Map(rules.map((rule, index) => [rule.meta.id, index]));
  let srcRoot = pathToFileURL(cwd).href;
  if (!srcRoot.endsWith('/')) srcRoot += '/';

  const sarifResults = results.flatMap((result) => {
    const location = artifactLocation(result.absolute, cwd);
    return result.diagnostics.map((d) => {
      const sarifResult: Record<string, unknown> = {
        ruleId: d.rule,
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(d) } }],
      };
      const index = ruleIndex.get(d.rule);
      if (index !== undefined) sarifResult.ruleIndex = index;
      if (d.related.length > 0) {
        sarifResult.relatedLocations = d.related.map((related, id) => ({
          id,
          message: { text: related.message },
          physicalLocation: { artifactLocation: location, region: region(related) },
        }));
      }
      if (d.fixes.length > 0) {
        sarifResult.fixes = d.fixes.map((fix) => ({
          description: { text: fix.title },
          artifactChanges: [
            {
              artifactLocation: location,
              replacements: fix.edits.map((edit) => ({ deletedRegion: region(edit), insertedContent: { text: edit.text } })),
            },
          ],
        }));
      }
      return sarifResult;
    });
  });

  const notifications = context.notifications.map((note) => {
    const notification: Record<string, unknown> = { level: note.level, message: { text: note.message } };
    if (note.file !== undefined) {
      notification.locations = [{ physicalLocation: { artifactLocation: artifactLocation(path.resolve(cwd, note.file), cwd) } }];
    }
    return notification;
  });

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: packageInfo.name,
            version: packageInfo.version,
            semanticVersion: packageInfo.version,
            rules: rules.map((rule) => sarifRule(rule, context.locale ?? 'en', context.ruleDoc)),
          },
        },
        invocations: [{ executionSuccessful: !notifications.some((note) => note.level === 'error'), toolExecutionNotifications: notifications }],
        originalUriBaseIds: { '%SRCROOT%': { uri: srcRoot } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}

export function formatSarif(results: readonly FileResult[], context: SarifContext): string {
  return `${JSON.stringify(buildSarif(results, context), null, 2)}\n`;
}
