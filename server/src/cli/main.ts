// The CLI entry point; written in the CLI layer.
export async function main(_argv: string[]): Promise<number> {
  return 0;
}
