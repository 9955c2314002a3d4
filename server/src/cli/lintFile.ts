import * as fs from 'fs';
import type { FixAllResult } from '../engine/fixAll';
import { automaticFix } from '../engine/fixAll';
import type { LintProblem, LintResult, RuleFailure } from '../engine/lint';
import type { LintOptions } from '../shared/options';
import { writeFileAtomic } from '../io/atomicWrite';
import { localize } from '../shared/locale';
import { sizeText } from '../shared/sizeText';
import { describeFsError } from '../io/fsErrors';
import { cliMessages as say } from './cliMessages';
import { createDotSourceReader } from '../io/dotSourceReader';
import { decodeScript, encodeScript, encodingLabel } from '../io/textEncoding';
import type { FoundFile } from './discover';
import { toDiagnostics, type FileResult } from './results';

export type LintFn = (text: string, options: LintOptions) => LintResult;
export type FixFn = (text: string, options: LintOptions) => FixAllResult;

export interface FileOutcome {
  /** Undefined when the file could not be read: it was not linted. */
  result?: FileResult;
  /** Reasons the run is incomplete (unreadable, rule crashed, fix not written); they make the exit code 2. */
  failures: string[];
  /** Worth telling the user but not a failure. */
  notes: string[];
  ruleFailures: RuleFailure[];
}

/**
 * The most bytes a text within the limit can take: UTF-8 needs at most 3 bytes per UTF-16 code unit,
 * plus a BOM. A bigger file is over the limit for sure, so it is not even read into memory.
 */
function surelyTooLarge(bytes: number, maxFileSize: number): boolean {
  return bytes > maxFileSize * 3 + 3;
}

/**
 * Reads a file whole, or only its size when that is surely over the limit. Synchronous on
 * purpose: scripts are small and usually cached, so a promise-based call costs more than the read
 * itself (docs/performance.md). Reading ahead while linting would only pay off for a cold disk.
 */
function readUnlessTooLarge(file: string, maxFileSize: number): { bytes: Buffer } | { tooLarge: number } {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    if (surelyTooLarge(size, maxFileSize)) return { tooLarge: size };
    return { bytes: readAll(fd, size) };
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads to the end of the file, which may have grown or shrunk since its size was read. */
function readAll(fd: number, expectedSize: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (let chunkSize = Math.max(expectedSize + 1, 4096); ; ) {
    const chunk = Buffer.allocUnsafe(chunkSize);
    const count = fs.readSync(fd, chunk, 0, chunkSize, null);
    if (count === 0) break;
    chunks.push(count === chunkSize ? chunk : chunk.subarray(0, count));
    total += count;
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}

export async function lintFile(found: FoundFile, options: LintOptions, lint: LintFn, fix: FixFn | undefined): Promise<FileOutcome> {
  const outcome: FileOutcome = { failures: [], notes: [], ruleFailures: [] };
  const base = { file: found.display, absolute: found.absolute };

  let bytes: Buffer;
  try {
    const read = readUnlessTooLarge(found.absolute, options.maxFileSize);
    if ('tooLarge' in read) {
      outcome.result = {
        ...base,
        diagnostics: [],
        skipped: localize(say.tooLarge, options.locale, { size: sizeText(read.tooLarge, options.locale), limit: sizeText(options.maxFileSize, options.locale) }),
      };
      return outcome;
    }
    bytes = read.bytes;
  } catch (error) {
    outcome.failures.push(localize(say.cannotRead, options.locale, { file: found.display, reason: describeFsError(error, options.locale) }));
    return outcome;
  }

  const decoded = decodeScript(bytes);
  let text = decoded.text;
  options = { ...options, readDotSourced: createDotSourceReader(found.absolute) };
  const linted = lint(text, options);
  outcome.ruleFailures.push(...linted.ruleFailures);
  if (linted.skipped) {
    outcome.result = { ...base, diagnostics: [], skipped: linted.skipped.message };
    return outcome;
  }

  let problems: readonly LintProblem[] = linted.problems;
  if (fix && problems.some((problem) => automaticFix(problem) !== undefined)) {
    if (decoded.lossy) {
      outcome.notes.push(
        localize(say.notFixedLossy, options.locale, { file: found.display, encoding: encodingLabel(decoded.encoding, options.locale) }),
      );
    } else {
      const fixed = fix(text, options);
      // Only a real change is written, so an unchanged file keeps its timestamp and never churns in Git.
      if (fixed.output !== text) {
        try {
          await writeFileAtomic(found.absolute, encodeScript(fixed.output, decoded.encoding));
          text = fixed.output;
          problems = fixed.remaining;
        } catch (error) {
          outcome.failures.push(localize(say.cannotWrite, options.locale, { file: found.display, reason: describeFsError(error, options.locale) }));
        }
      }
    }
  }

  outcome.result = { ...base, diagnostics: toDiagnostics(text, problems) };
  return outcome;
}
