export interface Paint {
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

const sgr = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

export function createPaint(enabled: boolean): Paint {
  if (!enabled) return { red: plain, yellow: plain, blue: plain, dim: plain, bold: plain, underline: plain };
  return { red: sgr(31, 39), yellow: sgr(33, 39), blue: sgr(34, 39), dim: sgr(2, 22), bold: sgr(1, 22), underline: sgr(4, 24) };
}

/**
 * Colours go to a terminal only. NO_COLOR follows no-color.org: present and non-empty turns them
 * off. An explicit --color or --no-color wins over both.
 */
export function useColor(explicit: boolean | undefined, isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  if (explicit !== undefined) return explicit;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY === true;
}
