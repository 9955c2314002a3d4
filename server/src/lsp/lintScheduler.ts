/** Quiet time after the last keystroke before a document is linted. */
export const LINT_DEBOUNCE_MS = 150;

/** Debounces lint runs per document: a burst of changes leads to one run, on the newest text. */
export class LintScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly run: (uri: string) => Promise<void>,
    private readonly delayMs: number = LINT_DEBOUNCE_MS,
  ) {}

  schedule(uri: string): void {
    this.cancel(uri);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.run(uri);
      }, this.delayMs),
    );
  }

  runNow(uri: string): void {
    this.cancel(uri);
    void this.run(uri);
  }

  isPending(uri: string): boolean {
    return this.timers.has(uri);
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(uri);
  }
}
