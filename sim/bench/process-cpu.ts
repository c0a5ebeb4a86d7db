/**
 * CPU time spent by the processes a bench started (every descendant of this process, not this
 * process itself: the load generator is not the system under test), from Linux's /proc.
 */
import { readdir, readFile } from 'node:fs/promises';

/** Linux reports utime and stime in clock ticks of 1/100 s on every platform Node runs on. */
const MS_PER_TICK = 10;

interface ProcStat {
  readonly ppid: number;
  readonly cpuMs: number;
}

/** Total CPU (user + system) of every descendant of `root`, in milliseconds. */
export async function descendantsCpuMs(root = process.pid): Promise<number> {
  const stats = new Map<number, ProcStat>();
  for (const entry of await readdir('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const stat = await readStat(pid);
    if (stat !== undefined) stats.set(pid, stat);
  }
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of stats) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  const pending = [...(children.get(root) ?? [])];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    total += stats.get(pid)!.cpuMs;
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** CPU (user + system) of one process so far, in milliseconds; 0 once it has exited. */
export async function processCpuMs(pid: number): Promise<number> {
  return (await readStat(pid))?.cpuMs ?? 0;
}

async function readStat(pid: number): Promise<ProcStat | undefined> {
  let text: string;
  try {
    text = await readFile(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined; // exited meanwhile
  }
  // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // fields[0] is the state (field 3): ppid is field 4, utime 14, stime 15.
  const ppid = Number(fields[1]);
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ppid) && Number.isFinite(ticks) ? { ppid, cpuMs: ticks * MS_PER_TICK } : undefined;
}

/** CPU of the descendants while `work` runs, minus what they spend idle for as long (measured first). */
export async function cpuAboveIdle<T>(
  idleMs: number,
  work: () => Promise<T>,
): Promise<{ result: T; cpuMs: number; idleCpuMsPerS: number }> {
  const idleStart = await descendantsCpuMs();
  const idleStarted = performance.now();
  await new Promise((resolve) => setTimeout(resolve, idleMs));
  const idleCpuMsPerS = ((await descendantsCpuMs()) - idleStart) / ((performance.now() - idleStarted) / 1000);
  const start = await descendantsCpuMs();
  const started = performance.now();
  const result = await work();
  const seconds = (performance.now() - started) / 1000;
  const cpuMs = (await descendantsCpuMs()) - start - idleCpuMsPerS * seconds;
  return { result, cpuMs: Math.max(0, cpuMs), idleCpuMsPerS };
}
