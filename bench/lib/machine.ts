import os from 'node:os';

/** Where the figures came from: they mean little without the machine. */
export function machineInfo() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    /** 1-minute load average when the run started: above the core count, other work was competing for the CPU. */
    loadAverage1m: Math.round(os.loadavg()[0]! * 100) / 100,
    date: new Date().toISOString(),
  };
}
