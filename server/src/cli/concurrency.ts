import { localizeWhole, type Locale, type Localized } from '../shared/locale';

/** `--concurrency`: how many worker threads lint the files. */
export type Concurrency = { kind: 'off' } | { kind: 'auto' } | { kind: 'threads'; count: number };

export const concurrencyMessages = {
  invalid: {
    en: '--concurrency must be a number of threads, auto or off, not "{{value}}".',
    nl: '--concurrency moet een aantal threads, auto of off zijn, niet "{{value}}".',
  },
} satisfies Record<string, Localized>;

/**
 * Below this many files per thread, starting a thread (about 30 ms: a new V8 isolate that loads
 * and warms up the engine on its own) costs more than it saves; measured in docs/performance.md.
 */
export const MIN_FILES_PER_THREAD = 200;

export function parseConcurrency(value: string, locale: Locale = 'en'): Concurrency | string {
  const text = value.trim().toLowerCase();
  if (text === 'off') return { kind: 'off' };
  if (text === 'auto') return { kind: 'auto' };
  if (!/^\d+$/.test(text)) return localizeWhole(concurrencyMessages.invalid, locale, { value });
  const count = Number(text);
  if (!Number.isSafeInteger(count) || count < 1) return localizeWhole(concurrencyMessages.invalid, locale, { value });
  // One thread is this one: no worker to start.
  return count === 1 ? { kind: 'off' } : { kind: 'threads', count };
}

/** The number of worker threads to start; 0 lints in this thread. */
export function workerCount(concurrency: Concurrency, files: number, cores: number): number {
  if (files < 2) return 0;
  switch (concurrency.kind) {
    case 'off':
      return 0;
    case 'threads':
      return Math.min(concurrency.count, files);
    case 'auto': {
      // A thread per two cores, as ESLint's auto does: a thread keeps a second core busy with V8's
      // compiler and collector, and each thread warms the compiler up anew. On two cores, two
      // threads were no faster than one and took a third more CPU (docs/performance.md).
      const count = Math.min(cores >> 1, Math.floor(files / MIN_FILES_PER_THREAD));
      return count >= 2 ? count : 0;
    }
  }
}
