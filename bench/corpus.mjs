// Generates the benchmark corpus under bench/corpus/ from a fixed seed. Generation is skipped
// when a corpus from the same seed and generator version is already there.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom } from './random.mjs';
import { chunk, passwordSyncBlock } from './snippets.mjs';

/** Bump when the snippets change, so an old corpus on disk is regenerated. */
const GENERATOR_VERSION = 2;
export const DEFAULT_SEED = 20240917;

export const SINGLE_SIZES = [
  { label: '100 KB', name: 'single-100k.ps1', bytes: 100 * 1024 },
  { label: '1 MB', name: 'single-1m.ps1', bytes: 1024 * 1024 },
  { label: '10 MB', name: 'single-10m.ps1', bytes: 10 * 1024 * 1024 },
];
export const MANY_FILES = 10_000;
/** The sync-heavy corpus: a folder of admin scripts most of which enable password sync. */
export const SYNC_HEAVY_FILES = 10_000;
const SYNC_HEAVY_SHARE = 0.85;
const FILES_PER_DIR = 500;

function textOfSize(rng, bytes, syncShare, startWithSync) {
  const parts = startWithSync ? [passwordSyncBlock(rng)] : [];
  let length = parts.length ? parts[0].length : 0;
  while (length < bytes) {
    const part = chunk(rng, syncShare);
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

/** A sync script padded with general code to exactly `lines` lines, for the editing benchmark. */
function editScript(rng, lines) {
  let text = passwordSyncBlock(rng);
  while (text.split('\n').length < lines + 1) text += chunk(rng, 0);
  return text.split('\n').slice(0, lines).join('\n') + '\n';
}

export function corpusPaths(root) {
  return {
    root,
    single: Object.fromEntries(SINGLE_SIZES.map((s) => [s.label, join(root, s.name)])),
    manyDir: join(root, 'many'),
    syncHeavyDir: join(root, 'sync-heavy'),
    editScript: join(root, 'edit-500-lines.ps1'),
    manifest: join(root, 'manifest.json'),
  };
}

export function ensureCorpus(root, seed = DEFAULT_SEED, log = () => {}) {
  const paths = corpusPaths(root);
  const wanted = { seed, version: GENERATOR_VERSION, files: MANY_FILES };
  if (existsSync(paths.manifest)) {
    const found = JSON.parse(readFileSync(paths.manifest, 'utf8'));
    if (found.seed === seed && found.version === GENERATOR_VERSION && found.files === MANY_FILES) return { ...paths, manifest: found };
  }
  log(`generating corpus (seed ${seed}) in ${root} ...`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(paths.manyDir, { recursive: true });

  // Each part draws from its own stream, so changing one part's size leaves the others identical.
  const sizes = {};
  SINGLE_SIZES.forEach((size, index) => {
    const text = textOfSize(createRandom(seed + index + 1), size.bytes, 0.05, true);
    writeFileSync(paths.single[size.label], text);
    sizes[size.label] = Buffer.byteLength(text);
  });

  const rng = createRandom(seed + 100);
  let manyBytes = 0;
  let syncFiles = 0;
  for (let i = 0; i < MANY_FILES; i++) {
    const dir = join(paths.manyDir, `d${String(Math.floor(i / FILES_PER_DIR)).padStart(2, '0')}`);
    if (i % FILES_PER_DIR === 0) mkdirSync(dir, { recursive: true });
    const startWithSync = rng.chance(0.5);
    if (startWithSync) syncFiles++;
    // Stay inside 2-20 KB: the filler overshoots by at most one chunk, so aim a little low.
    const text = textOfSize(rng, rng.int(2 * 1024, 17 * 1024), 0.02, startWithSync).slice(0, 20 * 1024);
    writeFileSync(join(dir, `script-${String(i).padStart(5, '0')}.ps1`), text);
    manyBytes += Buffer.byteLength(text);
  }

  const syncHeavy = writeSyncHeavy(paths.syncHeavyDir, createRandom(seed + 400));

  writeFileSync(paths.editScript, editScript(createRandom(seed + 200), 500));
  const manifest = { ...wanted, sizes, manyBytes, syncFiles, syncHeavy };
  writeFileSync(paths.manifest, JSON.stringify(manifest, null, 2) + '\n');
  return { ...paths, manifest };
}

/**
 * Most files are a password-sync script with a little code around it (1-8 KB, what admins keep),
 * the rest general scripts of 2-20 KB: every sync file is parsed in full, none skips the parse.
 */
function writeSyncHeavy(dir, rng) {
  let bytes = 0;
  let syncFiles = 0;
  for (let i = 0; i < SYNC_HEAVY_FILES; i++) {
    const sub = join(dir, `d${String(Math.floor(i / FILES_PER_DIR)).padStart(2, '0')}`);
    if (i % FILES_PER_DIR === 0) mkdirSync(sub, { recursive: true });
    const sync = rng.chance(SYNC_HEAVY_SHARE);
    if (sync) syncFiles++;
    const text = sync ? textOfSize(rng, rng.int(1024, 7 * 1024), 0, true).slice(0, 8 * 1024) : textOfSize(rng, rng.int(2 * 1024, 17 * 1024), 0, false).slice(0, 20 * 1024);
    writeFileSync(join(sub, `script-${String(i).padStart(5, '0')}.ps1`), text);
    bytes += Buffer.byteLength(text);
  }
  return { files: SYNC_HEAVY_FILES, bytes, syncFiles };
}
