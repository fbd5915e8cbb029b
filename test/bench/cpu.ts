/**
 * CPU time of this process, in milliseconds, spent running `run`: what the benchmarks compare,
 * since on a shared machine another process's work would count in wall time.
 */
export function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** `cpuMs` of a run that may yield (a promise): time waiting between its steps is not CPU time. */
export async function cpuMsAsync(run: () => unknown): Promise<number> {
  const start = process.cpuUsage();
  await run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
