// The real lint worker, except that it dies on any file whose text contains "crash-me": by
// process.exit when ADSYNC_TEST_CRASH is "exit", by an uncaught error otherwise. For the
// --concurrency crash tests only.
import type * as TextEncoding from '../../server/src/io/textEncoding';

const CRASH_MARK = 'crash-me';
// The module object itself (not an import's copy of it): lintFile calls decodeScript through it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const textEncoding = require('../../server/src/io/textEncoding') as typeof TextEncoding;
const realDecode = textEncoding.decodeScript;

textEncoding.decodeScript = (bytes) => {
  const decoded = realDecode(bytes);
  if (decoded.text.includes(CRASH_MARK)) {
    if (process.env.ADSYNC_TEST_CRASH === 'exit') process.exit(70);
    throw new Error('simulated crash in the engine');
  }
  return decoded;
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
require('../../server/src/cli/lintWorker');
