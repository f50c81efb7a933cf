import { InterruptCause, type HardwareConfig, Machine, PAGE_BYTES, type GuestKernel, type KernelCpu, type OpBuffer, type TlbExceptionKind } from '@disco/hardware';
import {
  createWorkload,
  defaultIrixConfig,
  defaultSplashOsConfig,
  FileSystem,
  IrixKernel,
  NfsWire,
  PageUse,
  SECTORS_PER_BLOCK,
  SplashOs,
  type CacheAffinity,
  type GuestModifications,
  type NfsMount,
  type WorkloadName,
  type Workload,
  type WorkloadHooks,
  type WorkloadSizes,
  workloadSizeProblem,
} from '@disco/guest';
import { Disco, PageKind, type Modifications, type VirtualDiskSpec, type Vm } from '@disco/monitor';
import { assert, cycleTicksOfMhz, msToTicks, Priority, usToTicks, type ModelRun, type Simulator } from '@disco/sim-kernel';
import type { SharedSections } from '../../model-definition';
import { cacheAffinityOf, checkWiredEntry, irixTimingOf, workloadSizesOfGuest } from '../../sections/guest-section';
import { hardwareConfigOf } from '../../sections/machine-section';
import { monitorConfigOf } from '../../sections/monitor-section';
import { pageColorsOf } from '../page-colors';
import type { DiscoIrixModifications, DiscoIrixScenario } from './disco-irix-section';

/** Receive buffers the NFS server keeps posted. ASSUMPTION: 256 pages (1 MB), more than the seven clients' calls in flight need. */
const NFS_SERVER_RECEIVE_PAGES = 256;

/** Vector of the start signal posted to a waiting VM (its console, in effect): IRIX re-checks paused threads on any IPI. */
const START_VECTOR = 7;

/** One VM with its kernel and workload share. */
export interface DiscoGuest {
  readonly vm: Vm;
  readonly kernel: IrixKernel | SplashOs;
  readonly workload: Workload;
  readonly fs: FileSystem;
}

export interface DiscoIrixRun extends ModelRun {
  readonly machine: Machine;
  readonly disco: Disco;
  readonly guests: readonly DiscoGuest[];
  /** When every VM had booted and warmed up (measurement starts), and when the last workload finished; -1 until then. */
  readonly bootedTicks: () => number;
  readonly finishedTicks: () => number;
}

/** What the run is built from: the `disco-irix` section with the machine's and the guest's fields it divides among the VMs. */
export interface DiscoIrixPlan extends DiscoIrixScenario {
  readonly cpus: number;
  readonly disks: number;
  readonly workload: WorkloadName;
  readonly guestOs: 'irix' | 'splashos';
  readonly scale: number;
  readonly instances: number;
  readonly bufferCacheMb: number;
  readonly dynamicBufferCache: boolean;
  readonly wiredEntrySwap: boolean;
  readonly splashosFixedMap: boolean;
  readonly cacheAffinity: CacheAffinity | null;
  readonly sleepingLocks: boolean;
  readonly pinThreads: boolean;
  /** IRIX's time slice, flush period and text size (`irixTimingOf`). */
  readonly irixTiming: ReturnType<typeof irixTimingOf>;
  /** The workload's sizes that `/guest/sizes` sets (`workloadSizesOfGuest`). */
  readonly sizes: Partial<WorkloadSizes>;
}

export function planOf(section: DiscoIrixScenario, { machine, guest }: Pick<SharedSections, 'machine' | 'guest'>): DiscoIrixPlan {
  return {
    ...section,
    cpus: machine.cpus as number,
    disks: machine.disks as number,
    workload: guest.workload,
    guestOs: guest.os,
    scale: guest.scale,
    instances: guest.instances,
    bufferCacheMb: guest.bufferCacheMb,
    dynamicBufferCache: guest.dynamicBufferCache,
    wiredEntrySwap: guest.wiredEntrySwap,
    splashosFixedMap: guest.splashosFixedMap,
    cacheAffinity: cacheAffinityOf(guest),
    sleepingLocks: guest.sleepingLocks,
    pinThreads: guest.pinThreads,
    irixTiming: irixTimingOf(guest),
    sizes: workloadSizesOfGuest(guest),
  };
}

/** The monitor's side of each §4.3 switch. */
export function monitorModifications(m: DiscoIrixModifications): Modifications {
  return {
    relocatedKernel: m.relocatedKernel,
    monitorCallDrivers: m.monitorCallDrivers,
    specialPage: m.specialPage,
    zeroPageCall: m.zeroedPageRequest,
    freedPageHint: m.freedPageHint,
    nfsRemap: m.nfsRemap,
    mbufFix: m.mbufFix,
  };
}

/** The guest's side of each §4.3 switch. */
export function guestModifications(m: DiscoIrixModifications): GuestModifications {
  return { zeroPageRequest: m.zeroedPageRequest, pageFreedHint: m.freedPageHint, nfsRemap: m.nfsRemap, mbufFix: m.mbufFix };
}

/** The footprint category (§5.3) of what the guest keeps in a page. */
export function pageKindOfUse(use: PageUse): PageKind {
  switch (use) {
    case PageUse.KERNEL_TEXT:
      return PageKind.KERNEL_TEXT;
    case PageUse.KERNEL_DATA:
    case PageUse.PAGE_TABLE:
    case PageUse.MBUF:
      return PageKind.KERNEL_DATA;
    case PageUse.BUFFER_CACHE:
      return PageKind.BUFFER_CACHE;
    default:
      return PageKind.USER;
  }
}

/**
 * Physical disks of each VM: virtual disk 0 is the root (the one shared
 * copy-on-write disk, or a persistent copy per VM), then one private
 * persistent disk per workload instance it runs.
 */
export function vmDisks(section: DiscoIrixPlan): VirtualDiskSpec[][] {
  const perVm = section.instances / section.vms;
  const roots = section.sharedRootDisk ? 1 : section.vms;
  const needed = roots + section.vms * perVm;
  // Without COW sharing each VM boots from its own persistent root copy, and a persistent disk has one
  // mounter (§4.2.5); the model has no partitions, so every copy takes a physical disk of its own.
  const why = section.sharedRootDisk ? '1 shared root disk' : `a root disk each (sharedRootDisk off: persistent copies, one mounter per disk)`;
  assert(needed <= section.disks, `disco-irix: ${section.vms} VMs with ${perVm} private disk(s) and ${why} need ${needed} disks, /machine/disks is ${section.disks}: set /machine/disks to ${needed}`);
  let next = roots;
  const disks = Array.from({ length: section.vms }, (_, i) => {
    const root: VirtualDiskSpec = { physicalDisk: section.sharedRootDisk ? 0 : i, persistent: !section.sharedRootDisk };
    const own: VirtualDiskSpec[] = Array.from({ length: perVm }, () => ({ physicalDisk: next++, persistent: true }));
    return [root, ...own];
  });
  if (!section.nfs) return disks;
  // The server mounts every workload disk; the clients only their root disk (their files are on the server).
  return disks.map((d, i) => (i === 0 ? [d[0]!, ...disks.flatMap((v) => v.slice(1))] : [d[0]!]));
}

/** NFS mounts of VM `index` (8VMs+NFS): its workload disks, numbered as without NFS, on the server's disks. */
export function nfsMounts(section: DiscoIrixPlan, index: number): NfsMount[] {
  if (!section.nfs || index === 0) return [];
  const perVm = section.instances / section.vms;
  return Array.from({ length: perVm }, (_, k) => ({ localDisk: 1 + k, server: 0, serverDisk: 1 + index * perVm + k }));
}

/** Forwards to the kernel built once its VM exists (a VM's platform info is the kernel's constructor argument). */
class DeferredKernel implements GuestKernel {
  target: GuestKernel | null = null;

  private get kernel(): GuestKernel {
    assert(this.target !== null, 'VM started before its kernel was built');
    return this.target;
  }

  fill(buffer: OpBuffer, cpu: KernelCpu): void {
    this.kernel.fill(buffer, cpu);
  }

  tlbMiss(cpu: KernelCpu, kind: TlbExceptionKind, va: number, write: boolean): boolean {
    return this.kernel.tlbMiss(cpu, kind, va, write);
  }

  trap(cpu: KernelCpu, code: number, argument: number): void {
    this.kernel.trap(cpu, code, argument);
  }

  interrupt(cpu: KernelCpu, cause: InterruptCause, data: number): void {
    this.kernel.interrupt(cpu, cause, data);
  }
}

/** Combinations the schema cannot refuse; each broken one names itself. */
export function checkDiscoIrix(section: DiscoIrixScenario, shared: Pick<SharedSections, 'machine' | 'guest'>): void {
  checkWiredEntry(shared.machine, shared.guest);
  const plan = planOf(section, shared);
  validate(plan);
  vmDisks(plan);
}

function validate(section: DiscoIrixPlan): void {
  assert(section.instances % section.vms === 0, `disco-irix: ${section.instances} instances do not spread evenly over ${section.vms} VMs`);
  assert(!section.nfs || (section.vms > 1 && section.guestOs === 'irix'), 'disco-irix: NFS needs several IRIX VMs (VM 0 serves the others)');
  assert(section.guestOs === 'irix' || section.vms === 1, 'disco-irix: SPLASHOS runs one program in one VM');
  assert(section.vms * section.vcpusPerVm <= section.cpus, `disco-irix: ${section.vms} VMs of ${section.vcpusPerVm} VCPUs need more than ${section.cpus} CPUs`);
  const size = workloadSizeProblem({ workload: section.workload, cpus: section.vcpusPerVm, scale: section.scale, instances: section.instances / section.vms, sizes: section.sizes });
  assert(size === null, `/guest: ${size}`);
}

/**
 * Builds the machine, Disco, and one VM per `vms` running the IRIX-like
 * kernel with the §4.3 changes and its share of the workload. Boot loads each
 * kernel's text from the root disk; each init warms its files, then waits
 * until every VM has, so the measured part (`booted` to `finished`) starts
 * together on all VMs.
 */
export function createDiscoIrixRun(sim: Simulator, scenarioSection: DiscoIrixScenario, shared: SharedSections): DiscoIrixRun {
  const section = planOf(scenarioSection, shared);
  validate(section);
  const hw: HardwareConfig = hardwareConfigOf(shared.machine);
  const machine = new Machine(sim, hw);
  const disco = new Disco(sim, machine, monitorConfigOf(shared.monitor, section.sampleIntervalUs));
  const state = { booted: -1, finished: -1, warmVms: 0, finishedVms: 0 };
  const guests: DiscoGuest[] = [];
  const startAll = (): void => {
    state.booted = sim.now;
    for (const g of guests) g.kernel.core.services.resetLifetime();
    let processes = 0;
    for (const g of guests) processes += g.kernel.processes.size;
    sim.emit('WorkloadPhaseChanged', { workload: section.workload, phase: 'booted', processes });
    // Paused inits re-check at their next interrupt: post one to each VM now.
    if (section.vms === 1) return;
    sim.after(0, Priority.INTERRUPT, () => {
      for (const g of guests) disco.postInterrupt(g.vm.vcpus[0]!, InterruptCause.IPI, START_VECTOR, -1);
    });
  };
  const hooks: WorkloadHooks = {
    booted: () => {
      if (++state.warmVms === section.vms) startAll();
    },
    startGate: section.vms > 1 ? () => state.warmVms === section.vms : undefined,
  };
  const sampleAll = (): void => {
    machine.sample();
    for (const g of guests) g.kernel.sample(sim.now);
  };
  const disks = vmDisks(section);
  const wire = new NfsWire();
  for (let i = 0; i < section.vms; i++) {
    const guest = createGuest(sim, disco, section, i, disks[i]!, cycleTicksOfMhz(hw.clockMhz), hooks, wire);
    guest.kernel.onAllExited = () => {
      if (++state.finishedVms < section.vms) return;
      state.finished = sim.now;
      sim.emit('WorkloadPhaseChanged', { workload: section.workload, phase: 'finished', processes: 0 });
      sim.after(hw.sliceTicks, Priority.END, () => {
        sampleAll();
        disco.sample();
        sim.stop();
      });
    };
    guests.push(guest);
  }
  const sampleTicks = usToTicks(section.sampleIntervalUs);
  return {
    machine,
    disco,
    guests,
    cpus: section.cpus,
    nodes: section.cpus,
    vms: section.vms,
    durationTicks: msToTicks(section.maxDurationMs),
    bootedTicks: () => state.booted,
    finishedTicks: () => state.finished,
    start(): void {
      machine.startMissCounterReset();
      const tick = (): void => {
        sampleAll();
        sim.after(sampleTicks, Priority.SAMPLE, tick);
      };
      sim.after(sampleTicks, Priority.SAMPLE, tick);
      disco.start();
    },
    finish(): void {
      if (state.finished < 0) {
        sampleAll();
        disco.sample();
      }
    },
  };
}

function createGuest(sim: Simulator, disco: Disco, section: DiscoIrixPlan, index: number, disks: VirtualDiskSpec[], cycleTicks: number, hooks: WorkloadHooks, wire: NfsWire): DiscoGuest {
  const deferred = new DeferredKernel();
  const vcpus = section.vcpusPerVm;
  const server = section.nfs && index === 0;
  const vm = disco.createVm(
    {
      name: `irix${index}`,
      vcpus,
      memoryMb: server ? section.nfsServerMemoryMb : section.memoryPerVmMb,
      cpus: Array.from({ length: vcpus }, (_, j) => index * vcpus + j),
      disks,
      modifications: monitorModifications(section.modifications),
    },
    deferred,
  );
  const mounts = nfsMounts(section, index);
  const diskBlocks = vm.platform.diskSectors.map((s) => Math.floor(s / SECTORS_PER_BLOCK));
  // A client's workload disks are the server's: same size, reached over NFS.
  for (const m of mounts) diskBlocks[m.localDisk] = diskBlocks[0]!;
  const fs = new FileSystem(diskBlocks);
  if (section.guestOs === 'splashos') return createSplashOsGuest(sim, vm, deferred, section, fs, cycleTicks, hooks);
  const config = defaultIrixConfig({
    name: `irix${index}`,
    vm: vm.id,
    cycleTicks,
    bufferCachePages: Math.round(((server ? section.nfsServerBufferCacheMb : section.bufferCacheMb) * 1024 * 1024) / PAGE_BYTES),
    modifications: guestModifications(section.modifications),
    kernelImage: { disk: 0, firstBlock: 0 },
    pageColors: pageColorsOf(disco.machine.config),
    wiredEntrySwap: section.wiredEntrySwap,
    cacheAffinity: section.cacheAffinity,
    sleepingLocks: section.sleepingLocks,
    pinThreads: section.pinThreads,
    dynamicBufferCache: section.dynamicBufferCache,
    ...section.irixTiming,
  });
  // The kernel image is the root disk's first file, at the same blocks on every VM's view of it.
  const image = fs.create('/unix', 0, config.kernelTextPages * PAGE_BYTES, 1, null);
  const perVm = section.instances / section.vms;
  const workload = createWorkload({ workload: section.workload, cpus: vcpus, scale: section.scale, instances: perVm, sizes: section.sizes }, fs, (name) => sim.prng.stream(`guest/vm${index}/${name}`), hooks);
  const nfs = section.nfs
    ? { device: { postReceive: (pages: readonly number[]) => vm.postReceivePages(pages), take: () => vm.takeDelivery() }, wire, address: vm.id, mounts, server, serverReceivePages: NFS_SERVER_RECEIVE_PAGES }
    : null;
  const kernel = new IrixKernel(sim, vm.platform, { ...config, kernelImage: { disk: 0, firstBlock: image.firstBlock } }, fs, nfs);
  deferred.target = kernel;
  // Footprint hints (§5.3): what each page holds now and whenever that changes.
  const memory = kernel.memory;
  for (let p = 0; p < memory.pages; p++) if (memory.use[p] !== PageUse.FREE) vm.classifyPage(p, pageKindOfUse(memory.use[p] as PageUse));
  memory.onUseChanged = (page, use) => vm.classifyPage(page, pageKindOfUse(use));
  // Table 2's split: each service's time by bucket, read from the physical CPU each VCPU is pinned to.
  kernel.core.services.measureBuckets((cpu) => vm.vcpus[cpu.id]!.cpu.time);
  kernel.spawn(workload.init, workload.initBinary);
  return { vm, kernel, workload, fs };
}

/** SPLASHOS's own `booted` when the workload's window gate reports it (after its data is initialised). */
const WORKLOAD_REPORTS_BOOTED = (): void => undefined;

/** SPLASHOS in the VM (§2.8): the workload's main program linked with the library OS; its text read from disk 0 at start. */
function createSplashOsGuest(sim: Simulator, vm: Vm, deferred: DeferredKernel, section: DiscoIrixPlan, fs: FileSystem, cycleTicks: number, hooks: WorkloadHooks): DiscoGuest {
  const workload = createWorkload({ workload: section.workload, cpus: section.vcpusPerVm, scale: section.scale, instances: 1, sizes: section.sizes }, fs, (name) => sim.prng.stream(`guest/vm${vm.id}/${name}`), hooks);
  const main = workload.main;
  assert(main !== undefined, `disco-irix: SPLASHOS runs SPLASH-2 programs; ${section.workload} is not one`);
  const kernel = new SplashOs(sim, vm.platform, defaultSplashOsConfig({ name: `splashos${vm.id}`, vm: vm.id, cycleTicks, fixedMap: section.splashosFixedMap }), main.binary, main.program, workload.opensWindow ? WORKLOAD_REPORTS_BOOTED : hooks.booted);
  deferred.target = kernel;
  kernel.pageUse.forEach((use, p) => {
    if (use !== PageUse.FREE) vm.classifyPage(p, pageKindOfUse(use as PageUse));
  });
  kernel.core.services.measureBuckets((cpu) => vm.vcpus[cpu.id]!.cpu.time);
  return { vm, kernel, workload, fs };
}
