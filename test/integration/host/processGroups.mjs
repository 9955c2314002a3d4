// Every long-running child of the host (code-server, Chromium) starts in its own process group, so
// that ending the group also ends what it spawned: the extension host, the language server,
// Chromium's renderers. Nothing may outlive a run, whether it passed, failed or was interrupted.
import { spawn } from 'node:child_process';
import fs from 'node:fs';

/** @type {Map<number, import('node:child_process').ChildProcess>} */
const runningGroups = new Map();

/** Spawns `command` as the leader of a new process group and remembers it for cleanup. */
export function spawnGroup(command, args, options = {}) {
  const child = spawn(command, args, { ...options, detached: true });
  if (child.pid !== undefined) {
    const pid = child.pid;
    runningGroups.set(pid, child);
    child.once('exit', () => runningGroups.delete(pid));
  }
  return child;
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

function groupIsAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Asks every group to end, then kills what is still there after `graceMs`. */
export async function stopAllGroups(graceMs = 3000) {
  const pids = [...runningGroups.keys()];
  for (const pid of pids) signalGroup(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (pids.some(groupIsAlive) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  killAllGroupsNow(pids);
}

/** Synchronous last resort, usable from a process 'exit' handler. */
export function killAllGroupsNow(pids = [...runningGroups.keys()]) {
  for (const pid of pids) signalGroup(pid, 'SIGKILL');
  for (const pid of pids) runningGroups.delete(pid);
}

/**
 * Kills processes whose command line names `runFolder`. Chromium starts its crash reporter in a
 * session of its own, outside the browser's process group; its arguments name the run folder
 * (its database lives there), which is how it is found. Linux only, like the host.
 */
export function killProcessesMentioning(runFolder) {
  let entries;
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      if (fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(runFolder)) process.kill(pid, 'SIGKILL');
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
}
