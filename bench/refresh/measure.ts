/**
 * Measuring one phase of the refresh benchmark: wall time, this process's
 * CPU time, the machine's CPU use, and memory — RSS and heap sampled every
 * 50 ms, plus the kernel's high-water mark of RSS for the phase (Linux:
 * reset through /proc/self/clear_refs, read from /proc/self/status).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';

const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc;

export function round(value: number, decimals = 1): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

export interface PhaseMemory {
  /** RSS when the phase started, after a garbage collection. */
  baselineRssMb: number;
  peakSampledRssMb: number;
  /** The kernel's peak RSS during the phase, when it can be reset. */
  peakKernelRssMb: number | null;
  /** max(peak sampled, peak kernel) − baseline. */
  rssGrowthMb: number;
  baselineHeapUsedMb: number;
  peakHeapUsedMb: number;
  heapGrowthMb: number;
  /** Heap used after the phase, garbage collected, minus the baseline: what it kept. */
  retainedHeapMb: number | null;
  samples: number;
}

export interface Phase<T> {
  result: T;
  wallMs: number;
  /** User + system CPU time of this process (not the PostgreSQL server's). */
  processCpuMs: number;
  /** Share of all cores busy, machine-wide, during the phase. */
  machineCpuBusy: number;
  memory: PhaseMemory;
}

/** Resets the kernel's RSS high-water mark of this process; false if it cannot. */
function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

function kernelPeakRssMb(): number | null {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

function cpuTimes() {
  let busy = 0;
  let total = 0;
  for (const cpu of os.cpus()) {
    const t = cpu.times;
    busy += t.user + t.nice + t.sys + t.irq;
    total += t.user + t.nice + t.sys + t.irq + t.idle;
  }
  return { busy, total };
}

/** Runs `fn` as one measured phase. */
export async function measure<T>(fn: () => Promise<T>): Promise<Phase<T>> {
  gc?.();
  gc?.();
  const base = process.memoryUsage();
  const canResetPeak = resetPeakRss();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  let samples = 0;
  const sample = () => {
    const { rss, heapUsed } = process.memoryUsage();
    peakRss = Math.max(peakRss, rss);
    peakHeap = Math.max(peakHeap, heapUsed);
    samples++;
  };
  const timer = setInterval(sample, 50);
  const cpuBefore = process.cpuUsage();
  const machineBefore = cpuTimes();
  const start = performance.now();
  let result: T;
  try {
    result = await fn();
  } finally {
    clearInterval(timer);
  }
  const wallMs = performance.now() - start;
  sample();
  const cpu = process.cpuUsage(cpuBefore);
  const machineAfter = cpuTimes();
  const kernelPeak = canResetPeak ? kernelPeakRssMb() : null;
  const peakSampledRssMb = peakRss / MB;
  let retainedHeapMb: number | null = null;
  if (gc) {
    gc();
    gc();
    retainedHeapMb = round(
      (process.memoryUsage().heapUsed - base.heapUsed) / MB,
    );
  }
  return {
    result,
    wallMs: round(wallMs, 0),
    processCpuMs: round((cpu.user + cpu.system) / 1000, 0),
    machineCpuBusy: round(
      (machineAfter.busy - machineBefore.busy) /
        Math.max(1, machineAfter.total - machineBefore.total),
      2,
    ),
    memory: {
      baselineRssMb: round(base.rss / MB),
      peakSampledRssMb: round(peakSampledRssMb),
      peakKernelRssMb: kernelPeak === null ? null : round(kernelPeak),
      rssGrowthMb: round(
        Math.max(peakSampledRssMb, kernelPeak ?? 0) - base.rss / MB,
      ),
      baselineHeapUsedMb: round(base.heapUsed / MB),
      peakHeapUsedMb: round(peakHeap / MB),
      heapGrowthMb: round((peakHeap - base.heapUsed) / MB),
      retainedHeapMb,
      samples,
    },
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms));
}

export function machineInfo() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    totalMemoryGb: round(os.totalmem() / 1024 ** 3, 1),
    platform: `${os.platform()} ${os.release()}`,
    arch: os.arch(),
    node: process.version,
    v8: process.versions.v8,
  };
}
