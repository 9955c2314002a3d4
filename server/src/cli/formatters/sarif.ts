import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Rule } from '../../rules/rule';
import type { Severity } from '../../shared/types';
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

function docsUrl(rule: Rule, homepage: string): string {
  // A registry that knows its own documentation address is preferred over the derived one.
  const meta = rule.meta as Rule['meta'] & { docsUrl?: unknown };
  return typeof meta.docsUrl === 'string' ? meta.docsUrl : `${homepage}/blob/main/docs/rules/${rule.meta.id}.md`;
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
            informationUri: packageInfo.homepage,
            rules: rules.map((rule) => ({
              id: rule.meta.id,
              shortDescription: { text: rule.meta.description },
              fullDescription: { text: rule.meta.fixable ? `${rule.meta.description} Fixable with --fix.` : rule.meta.description },
              helpUri: docsUrl(rule, packageInfo.homepage),
              defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
              properties: { fixable: rule.meta.fixable },
            })),
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
