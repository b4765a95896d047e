/** Timing helpers of the benchmark: a sample's milliseconds and the percentiles of many. */

export interface Stats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    n: sorted.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    max: round(sorted.at(-1) ?? NaN),
    mean: round(sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length)),
  };
}

/** The middle sample (the lower of the two middle ones for an even count), as `stats` gives its p50. */
export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
}

export function time<T>(fn: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const value = fn();
  return [value, Number(process.hrtime.bigint() - start) / 1e6];
}

export async function timeAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return [value, Number(process.hrtime.bigint() - start) / 1e6];
}

/**
 * Wall and CPU milliseconds of many runs of one measure. On a quiet machine they agree for this
 * synchronous, single-threaded work; on a busy one the wall time waits for the CPU, and the CPU
 * time is the better estimate of what the code costs.
 */
export class Samples {
  readonly wall: number[] = [];
  readonly cpu: number[] = [];

  run<T>(fn: () => T): T {
    const cpu = process.cpuUsage();
    const [value, ms] = time(fn);
    const used = process.cpuUsage(cpu);
    this.wall.push(ms);
    this.cpu.push((used.user + used.system) / 1000);
    return value;
  }

  async runAsync<T>(fn: () => Promise<T>): Promise<T> {
    const cpu = process.cpuUsage();
    const [value, ms] = await timeAsync(fn);
    const used = process.cpuUsage(cpu);
    this.wall.push(ms);
    this.cpu.push((used.user + used.system) / 1000);
    return value;
  }

  add(other: Samples): void {
    this.wall.push(...other.wall);
    this.cpu.push(...other.cpu);
  }

  /** Percentiles of the wall time, and of the CPU time under `cpu`. */
  stats(): Stats & { cpu: Stats } {
    return { ...stats(this.wall), cpu: stats(this.cpu) };
  }
}
