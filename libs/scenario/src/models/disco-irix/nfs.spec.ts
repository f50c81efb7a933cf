import { createHash } from 'node:crypto';
import { CpuMode, KSEG0_BASE, PAGE_BYTES, type Cpu, type ExceptionHandler, type Machine } from '@disco/hardware';
import { ArraySink, Simulator } from '@disco/sim-kernel';
import type { TraceEvent } from '@disco/trace-schema';
import { NFS_HEADER_BYTES, SECTORS_PER_BLOCK, type IrixKernel } from '@disco/guest';
import { sharedSectionsOf, type Scenario } from '../../scenario';
import { scenarioOf } from '../../testing/run-scenario';
import { createDiscoIrixRun, nfsMounts, planOf, vmDisks, type DiscoIrixRun } from './create-disco-irix-run';
import { ALL_DISCO_IRIX_MODIFICATIONS, type DiscoIrixScenario } from './disco-irix-section';

/** Which sharing mechanisms a run has: the two §4.3 IRIX changes and the monitor's remapping NIC (§4.2.6). */
interface Switches {
  readonly mbufFix: boolean;
  readonly nfsRemap: boolean;
  readonly netRemap: boolean;
}

const ALL_ON: Switches = { mbufFix: true, nfsRemap: true, netRemap: true };
const ALL_OFF: Switches = { mbufFix: false, nfsRemap: false, netRemap: false };
const name = (s: Switches): string => (Object.keys(s) as (keyof Switches)[]).map((k) => `${k} ${s[k] ? 'on' : 'off'}`).join(', ');

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
    // Two source files per instance (the smallest pmake with several NFS reads per file pair).
    scale: 0.5,
    trackData,
    modifications: { ...ALL_DISCO_IRIX_MODIFICATIONS, mbufFix: switches.mbufFix, nfsRemap: switches.nfsRemap },
    monitor: { netRemap: switches.netRemap },
  });
}

/** Words of each block the test seeds and checks (even words: the kernel's copy loops move doublewords). */
const WORDS = [0, 2, 100, 1022];
const seedValue = (block: number, word: number): number => 0x5000_0000 + block * 1024 + word;

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
function machineWord(cpu: Cpu, mpn: number, word: number): number {
  cpu.mode = CpuMode.KERNEL;
  return cpu.load(KSEG0_BASE + mpn * PAGE_BYTES + word * 4);
}

interface NfsRunResult {
  readonly run: DiscoIrixRun;
  readonly events: readonly TraceEvent[];
  /** The client's source-file blocks (read over NFS, never written) and the server's disk number for them. */
  readonly blocks: readonly number[];
  readonly serverDisk: number;
}

function runNfs(switches: Switches, trackData: boolean, seed = 1): NfsRunResult {
  const sink = new ArraySink();
  const sim = new Simulator({ seed, sink });
  const scenario = nfsScenario(switches, trackData);
  const shared = sharedSectionsOf(scenario);
  const section = planOf(scenario['disco-irix'] as DiscoIrixScenario, shared);
  const run = createDiscoIrixRun(sim, section, shared);
  const mount = nfsMounts(section, 1)[0]!;
  const client = run.guests[1]!;
  const blocks = client.fs.files.filter((f) => f.disk === mount.localDisk && f.name.endsWith('.c')).flatMap((f) => Array.from({ length: f.blocks }, (_, i) => f.firstBlock + i));
  if (trackData) seedDisk(sim, run.machine, vmDisks(section)[0]![mount.serverDisk]!.physicalDisk, blocks);
  run.start();
  sim.run(run.durationTicks);
  run.finish?.();
  return { run, events: sink.events, blocks, serverDisk: mount.serverDisk };
}

/** Pairs (client buffer page, server buffer page) of the source blocks both cache. */
function cachedPairs(r: NfsRunResult): { block: number; client: number; server: number }[] {
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

function digest(events: readonly TraceEvent[]): string {
  const h = createHash('sha256');
  for (const e of events) h.update(JSON.stringify(e));
  return h.digest('hex');
}

/** PacketRemapped events of messages carrying data (more than the RPC header). */
function dataPackets(events: readonly TraceEvent[]): { pagesRemapped: number; bytesCopied: number; bytes: number }[] {
  return events.flatMap((e) => (e.type === 'PacketRemapped' && e.data.bytes > NFS_HEADER_BYTES ? [e.data] : []));
}

describe('NFS over the virtual network (§2.6, Figure 4)', () => {
  const digests = new Map<Switches, string>();
  for (const switches of [ALL_ON, ALL_OFF]) {
    const on = switches === ALL_ON;
    describe(name(switches), () => {
      const r = runNfs(switches, true);
      digests.set(switches, digest(r.events));
      const [server, client] = r.run.guests;
      const pairs = cachedPairs(r);

      it("runs both workloads to the end, the client's file I/O going to the server, nothing dropped", () => {
        expect(r.run.finishedTicks()).toBeGreaterThan(r.run.bootedTicks());
        expect((client!.kernel as IrixKernel).nfs!.setup.mounts).toHaveLength(1);
        expect((server!.kernel as IrixKernel).nfs!.callsServed).toBeGreaterThan(5);
        for (const g of r.run.guests) expect(g.vm.netDropped).toBe(0);
        expect(pairs.length).toBeGreaterThan(3);
        if (process.env['NFS_FIGURES']) console.log(`pairs ${pairs.length} of ${r.blocks.length} source blocks; calls served ${(server!.kernel as IrixKernel).nfs!.callsServed}; sim ${(r.run.finishedTicks() / 1e9).toFixed(1)} ms`);
      });

      it("a file read over NFS returns the server's data", () => {
        const cpu = r.run.machine.cpus[1]!;
        for (const p of pairs) {
          for (const w of WORDS) expect(machineWord(cpu, client!.vm.pmap[p.client]!, w)).toBe(seedValue(p.block, w));
        }
      });

      it(on ? 'remaps every data page of a message and copies only its RPC header' : 'copies every fragment: none starts on its page', () => {
        const packets = dataPackets(r.events);
        expect(packets.length).toBeGreaterThan(0);
        for (const p of packets) {
          expect(p.pagesRemapped).toBe(on ? (p.bytes - NFS_HEADER_BYTES) / PAGE_BYTES : 0);
          expect(p.bytesCopied).toBe(on ? NFS_HEADER_BYTES : p.bytes);
        }
      });

      it(`the client's buffer-cache page and the server's are ${on ? 'one machine page' : 'distinct machine pages'}`, () => {
        for (const p of pairs) {
          const same = client!.vm.pmap[p.client] === server!.vm.pmap[p.server];
          expect(same).toBe(on);
        }
      });
    });
  }

  it('is deterministic: the same run again gives the same event stream; the switches change it', () => {
    expect(digest(runNfs(ALL_ON, true).events)).toBe(digests.get(ALL_ON));
    expect(digests.get(ALL_OFF)).not.toBe(digests.get(ALL_ON));
  });

  // Each mechanism off alone: what reaches the client's buffer cache, and whether the NIC remapped anything.
  const alone: readonly { readonly switches: Switches; readonly nicRemaps: boolean; readonly why: string }[] = [
    { switches: { ...ALL_ON, mbufFix: false }, nicRemaps: false, why: 'mbufs start with their header: no fragment is a page-aligned full page' },
    { switches: { ...ALL_ON, nfsRemap: false }, nicRemaps: true, why: 'the NIC remaps into the mbufs, the client bcopies them into its cache' },
    { switches: { ...ALL_ON, netRemap: false }, nicRemaps: false, why: 'the monitor copies every fragment' },
  ];
  for (const { switches, nicRemaps, why } of alone) {
    it(`${name(switches)}: the client caches its own copy of the server's pages (${why})`, () => {
      const r = runNfs(switches, false);
      const [server, client] = r.run.guests;
      const pairs = cachedPairs(r);
      expect(pairs.length).toBeGreaterThan(3);
      for (const p of pairs) expect(client!.vm.pmap[p.client]).not.toBe(server!.vm.pmap[p.server]);
      const packets = dataPackets(r.events);
      expect(packets.length).toBeGreaterThan(0);
      const remapped = packets.reduce((s, p) => s + p.pagesRemapped, 0);
      if (nicRemaps) expect(remapped).toBeGreaterThan(0);
      else {
        expect(remapped).toBe(0);
        // Nothing remapped, so every payload byte was copied.
        for (const p of packets) expect(p.bytesCopied).toBe(p.bytes);
      }
    });
  }
});
