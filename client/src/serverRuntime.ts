/**
 * Node options the language server process runs with. `--optimize-for-size` has V8 collect
 * garbage sooner and keep a smaller heap: the server lints scripts of a few hundred lines, so its
 * speed barely changes, while its resident memory after linting 10,000 files drops from about
 * 130 MB to about 75 MB (docs/performance.md). The benchmark starts the server with these too.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--optimize-for-size'];
