/** Types every layer shares: how serious a problem is, where it points, and the edits that fix it. */

export type Severity = 'error' | 'warning' | 'information';

export interface TextEdit {
  /** UTF-16 offsets into the linted text; `start === end` inserts. */
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The one obvious fix, offered first and applied by "fix all". */
  preferred?: boolean;
}

export interface RelatedSpan {
  start: number;
  end: number;
  message: string;
}
