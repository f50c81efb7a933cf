// The NFS runs of models/disco-irix/nfs*.spec.ts (two files, so that Jest's two workers share their six runs).
import { createHash } from 'node:crypto';
import { CpuMode, KSEG0_BASE, PAGE_BYTES, type Cpu, type ExceptionHandler, type Machine } from '@disco/hardware';
import { ArraySink, Simulator } from '@disco/sim-kernel';
import type { TraceEvent } from '@disco/trace-schema';
import { NFS_HEADER_BYTES, SECTORS_PER_BLOCK, type IrixKernel } from '@disco/guest';
import { sharedSectionsOf, type Scenario } from '../scenario';
import { scenarioOf } from './run-scenario';
import { createDiscoIrixRun, nfsMounts, planOf, vmDisks, type DiscoIrixRun } from '../models/disco-irix/create-disco-irix-run';
import { ALL_DISCO_IRIX_MODIFICATIONS, type DiscoIrixScenario } from '../models/disco-irix/disco-irix-section';

/** Which sharing mechanisms a run has: the two §4.3 IRIX changes and the monitor's remapping NIC (§4.2.6). */
export interface Switches {
  readonly mbufFix: boolean;
  readonly nfsRemap: boolean;
  readonly netRemap: boolean;
}

export const ALL_ON: Switches = { mbufFix: true, nfsRemap: true, netRemap: true };
export const ALL_OFF: Switches = { mbufFix: false, nfsRemap: false, netRemap: false };
export const name = (s: Switches): string => (Object.keys(s) as (keyof Switches)[]).map((k) => `${k} ${s[k] ? 'on' : 'off'}`).join(', ');

/** A server VM and one client, one small pmake each; the client's workload disk is on the server. */
function nfsScenario(switches: Switches, trackData: boolean): Scenario {
  return scenarioOf('disco-irix', {
    workload: 'pmake',
    cpus: 2,
    memoryPerNodeMb: 64,
    vms: 2,
    vcpusPerVm: 1,
    memoryPerVmMb: 16,
    bufferCacheMb: 3,
    nfs: true,
    nfsServerMemoryMb: 32,
    nfsServerBufferCacheMb: 6,
    instances: 2,
    disks: 3,
    // Two source files per instance (the smallest pmake with NFS reads, in its warm-up, and writes of every kind of file).
    scale: 0.5,
    trackData,
    modifications: { ...ALL_DISCO_IRIX_MODIFICATIONS, mbufFix: switches.mbufFix, nfsRemap: switches.nfsRemap },
    monitor: { netRemap: switches.netRemap },
  });
}

/** Words of each block the test seeds and checks (even words: the kernel's copy loops move doublewords). */
export const WORDS = [0, 2, 100, 1022];
export const seedValue = (block: number, word: number): number => 0x5000_0000 + block * 1024 + word;

const ignore: ExceptionHandler = { tlbMiss: () => true, addressError: () => undefined, trap: () => undefined, interrupt: () => undefined };

/** Writes known words into `blocks` of a physical disk before the monitor takes the CPUs (a scratch page, one DMA per block). */
function seedDisk(sim: Simulator, machine: Machine, disk: number, blocks: readonly number[]): void {
  const cpu = machine.cpus[0]!;
  const handlers = machine.cpus.map((c) => c.handler);
  for (const c of machine.cpus) c.handler = ignore;
  cpu.mode = CpuMode.KERNEL;
  const scratch = machine.totalPages - 1;
  for (const block of blocks) {
    for (const w of WORDS) cpu.store(KSEG0_BASE + scratch * PAGE_BYTES + w * 4, seedValue(block, w));
    machine.disks[disk]!.submit({ write: true, sector: block * SECTORS_PER_BLOCK, sectors: SECTORS_PER_BLOCK, machineAddress: scratch * PAGE_BYTES });
    sim.run();
  }
  machine.cpus.forEach((c, i) => (c.handler = handlers[i]!));
  cpu.time.drain();
}

/** A machine word, read coherently by a CPU through KSEG0 after the run. */
export function machineWord(cpu: Cpu, mpn: number, word: number): number {
  cpu.mode = CpuMode.KERNEL;
  return cpu.load(KSEG0_BASE + mpn * PAGE_BYTES + word * 4);
}

export interface NfsRunResult {
  readonly run: DiscoIrixRun;
  readonly events: readonly TraceEvent[];
  /** The client's source-file blocks (read over NFS, never written) and the server's disk number for them. */
  readonly blocks: readonly number[];
  /** The client's source files on the NFS mount. */
  readonly sourceFiles: number;
  readonly serverDisk: number;
}

export function runNfs(switches: Switches, trackData: boolean, seed = 1): NfsRunResult {
  const sink = new ArraySink();
  const sim = new Simulator({ seed, sink });
  const scenario = nfsScenario(switches, trackData);
  const shared = sharedSectionsOf(scenario);
  const section = planOf(scenario['disco-irix'] as DiscoIrixScenario, shared);
  const run = createDiscoIrixRun(sim, section, shared);
  const mount = nfsMounts(section, 1)[0]!;
  const client = run.guests[1]!;
  const sources = client.fs.files.filter((f) => f.disk === mount.localDisk && f.name.endsWith('.c'));
  const blocks = sources.flatMap((f) => Array.from({ length: f.blocks }, (_, i) => f.firstBlock + i));
  if (trackData) seedDisk(sim, run.machine, vmDisks(section)[0]![mount.serverDisk]!.physicalDisk, blocks);
  run.start();
  sim.run(run.durationTicks);
  run.finish?.();
  return { run, events: sink.events, blocks, sourceFiles: sources.length, serverDisk: mount.serverDisk };
}

/** Pairs (client buffer page, server buffer page) of the source blocks both cache. */
export function cachedPairs(r: NfsRunResult): { block: number; client: number; server: number }[] {
  const server = r.run.guests[0]!.kernel as IrixKernel;
  const client = r.run.guests[1]!.kernel as IrixKernel;
  const pairs: { block: number; client: number; server: number }[] = [];
  for (const block of r.blocks) {
    const c = client.buffers.peek(1, block);
    const s = server.buffers.peek(r.serverDisk, block);
    if (c?.valid && s?.valid) pairs.push({ block, client: c.page, server: s.page });
  }
  return pairs;
}

export function digest(events: readonly TraceEvent[]): string {
  const h = createHash('sha256');
  for (const e of events) h.update(JSON.stringify(e));
  return h.digest('hex');
}

/** PacketRemapped events of messages carrying data (more than the RPC header). */
export function dataPackets(events: readonly TraceEvent[]): { pagesRemapped: number; bytesCopied: number; bytes: number }[] {
  return events.flatMap((e) => (e.type === 'PacketRemapped' && e.data.bytes > NFS_HEADER_BYTES ? [e.data] : []));
}

