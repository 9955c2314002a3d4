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

/** Worker → main thread: `ready` once the engine is loaded, then one `linted` per file. */
export type WorkerReport = { kind: 'ready' } | { kind: 'linted'; index: number; outcome: FileOutcome };
