import { readFileSync } from "node:fs";
import os from "node:os";

const TICKS_PER_SECOND = 100; // Linux USER_HZ

/** CPU time and memory of one process, read from /proc (so the process being measured does nothing extra). */
export class ProcessMeter {
  constructor(readonly pid: number) {}

  /** CPU time used so far, in seconds (user + system). NaN once the process is gone. */
  cpuSeconds(): number {
    try {
      const fields = readFileSync(`/proc/${this.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
    } catch {
      return NaN;
    }
  }

  rssMb(): number {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${this.pid}/status`, "utf8"));
      return match ? Number(match[1]) / 1024 : NaN;
    } catch {
      return NaN;
    }
  }
}

/** CPU % of one core over a window: start() then stop(). */
export class CpuWindow {
  private startedAt = 0;
  private cpuAtStart = 0;

  constructor(private meter: ProcessMeter) {}

  start(): void {
    this.startedAt = performance.now();
    this.cpuAtStart = this.meter.cpuSeconds();
  }

  stop(): number {
    const elapsed = (performance.now() - this.startedAt) / 1000;
    return ((this.meter.cpuSeconds() - this.cpuAtStart) / elapsed) * 100;
  }
}

/** How busy the whole machine was (all cores, every process, other engineers' too), from /proc/stat. */
export class MachineWindow {
  private atStart = machineTicks();

  start(): void {
    this.atStart = machineTicks();
  }

  /** Busy % of the whole machine (100 = every core busy). */
  stop(): number {
    const now = machineTicks();
    const total = now.total - this.atStart.total;
    return total > 0 ? ((now.busy - this.atStart.busy) / total) * 100 : NaN;
  }
}

function machineTicks(): { busy: number; total: number } {
  const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((a, b) => a + b, 0);
  const idle = fields[3]! + (fields[4] ?? 0); // idle + iowait
  return { busy: total - idle, total };
}

export function loadAverage(): string {
  return os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(",");
}
