import type { LintOptions } from '../shared/options';
import type { FoundFile } from './discover';
import type { FileOutcome } from './lintFile';

/** What every worker is started with. */
export interface WorkerSetup {
  options: LintOptions;
  fix: boolean;
}

/** Main thread → worker: files to lint, in this order, one after the other. */
export interface LintBatch {
  files: Array<{ index: number; found: FoundFile }>;
}

/**
 * Worker → main thread: `ready` once the engine is loaded, then one `linted` per batch, whose
 * outcomes are JSON text in the batch's order: one message and one JSON.parse per batch cost the
 * main thread far less than a structured clone per file.
 */
export type WorkerReport = { kind: 'ready' } | { kind: 'linted'; outcomes: string };

export function encodeOutcomes(outcomes: readonly FileOutcome[]): string {
  return JSON.stringify(outcomes);
}

export function decodeOutcomes(text: string): FileOutcome[] {
  return JSON.parse(text) as FileOutcome[];
}
