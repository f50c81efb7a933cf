import { CowSource, isIntegerInRange, MODEL_LIMITS, MonitorCall, type EventOf, type EventType, type TraceEvent } from '@disco/trace-schema';

/**
 * The monitor's state rebuilt from its events alone (a projection: nothing is
 * re-executed). `evolve` applies one event; the state is plain data, so a
 * snapshot is its JSON. What the events do not say is left out and listed in
 * `PROJECTION_GAPS`.
 */
export interface MonitorState {
  /** The last event applied (-1: none). */
  seq: number;
  tick: number;
  cpus: number;
  nodes: number;
  vms: VmState[];
  /** Per physical CPU, the VCPU it runs ([vm, vcpu]) or null, and since when. */
  cpuRunning: ({ vm: number; vcpu: number; sinceTick: number } | null)[];
  /** Machine page → its replicas, each [machine page, node]. */
  replicas: Record<number, [number, number][]>;
  counts: {
    vcpuSwitches: number;
    tlbWrites: number;
    cowShared: number;
    cowBroken: number;
    migrations: number;
    replications: number;
    collapses: number;
    zeroPageCalls: number;
    pagesFreed: number;
  };
}

export interface VmState {
  vm: number;
  vcpus: number;
  physicalPages: number;
  /** Placement of each VCPU: its home CPU (VmCreated), then the CPU it last ran on. */
  vcpuCpu: number[];
  /** Guest-physical page → machine page, for every page an event named (see PROJECTION_GAPS). */
  pmap: Record<number, number>;
  /** Guest-physical pages mapped copy-on-write onto a shared machine page, and how (CowSource). */
  cow: Record<number, { machinePage: number; source: number; sinceSeq: number }>;
}

/** What the monitor's events do not carry, so the projection cannot show. */
export const PROJECTION_GAPS: readonly string[] = [
  'pmap: a machine page allocated on first touch is not an event; an entry appears when an event names it (TlbWriteEmulated at the detailed level, CowBlockShared, CowBroken) and follows PageMigrated and ReplicaCollapsed',
  'pmap: the zero-page monitor call on a shared page gives it a new private machine page that MonitorCallHandled does not name (the entry becomes unknown)',
  'copy-on-write: the sending page of a network or remap share (the source of CowBlockShared) also becomes shared, but only the receiver is named',
  'copy-on-write: partial-page disk reads and copied network fragments into a shared page make it private without a CowBroken event (MemoryManager.makePrivate)',
  'replicas: replicas dropped by makePrivate or by freeing a page emit no ReplicaCollapsed',
  'memmap: which VCPUs map which replica, and the backmaps (virtual addresses), are not in any event',
];

/** The most CPUs (one per node), VMs and VCPUs per VM a run of the model has. */
const MAX_CPUS = MODEL_LIMITS.nodes;
const MAX_VMS = MODEL_LIMITS.vms;
const MAX_VCPUS = MODEL_LIMITS.vcpusPerVm;

/**
 * An event the projection cannot apply: its numbers are out of the range the
 * model gives them, or its order is not the trace's. Only a damaged or edited
 * trace has one; `projectAt` reports it as one (exit 2).
 */
export class UnprojectableEvent extends Error {
  override readonly name = 'UnprojectableEvent';
}

const inRange = isIntegerInRange;

/** The machine's CPUs once RunStarted has said, the model's most before. */
function cpusOf(state: MonitorState): number {
  return state.cpus > 0 ? state.cpus : MAX_CPUS;
}

function refuse(event: TraceEvent, what: string): never {
  throw new UnprojectableEvent(`${event.type} at seq ${event.seq} ${what}`);
}

const isInt = (v: unknown): v is number => Number.isSafeInteger(v);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const COUNTS = ['vcpuSwitches', 'tlbWrites', 'cowShared', 'cowBroken', 'migrations', 'replications', 'collapses', 'zeroPageCalls', 'pagesFreed'] as const;

function isVmState(v: unknown): boolean {
  if (v === null) return true;
  if (!isRecord(v) || !inRange(v['vm'], 0, MAX_VMS) || !inRange(v['vcpus'], 1, MAX_VCPUS + 1) || !isInt(v['physicalPages'])) return false;
  const cpus = v['vcpuCpu'];
  if (!Array.isArray(cpus) || cpus.length > MAX_VCPUS || !cpus.every((c) => c === null || inRange(c, 0, MAX_CPUS))) return false;
  const pmap = v['pmap'];
  const cow = v['cow'];
  if (!isRecord(pmap) || !Object.values(pmap).every(isInt)) return false;
  return isRecord(cow) && Object.values(cow).every((c) => isRecord(c) && isInt(c['machinePage']) && isInt(c['source']) && isInt(c['sinceSeq']));
}

/**
 * Whether `v` (a parsed snapshot) has the shape and ranges of a state the
 * projection makes: what a snapshot read back from its sidecar file must be
 * before the projection goes on from it.
 */
export function isMonitorState(v: unknown): v is MonitorState {
  if (!isRecord(v) || !isInt(v['seq']) || (v['seq'] as number) < -1 || !isInt(v['tick'])) return false;
  if (!inRange(v['cpus'], 0, MAX_CPUS + 1) || !inRange(v['nodes'], 0, MAX_CPUS + 1)) return false;
  const vms = v['vms'];
  if (!Array.isArray(vms) || vms.length > MAX_VMS || !vms.every(isVmState)) return false;
  const running = v['cpuRunning'];
  if (!Array.isArray(running) || running.length > MAX_CPUS || !running.every((r) => r === null || (isRecord(r) && isInt(r['vm']) && isInt(r['vcpu']) && isInt(r['sinceTick'])))) return false;
  const replicas = v['replicas'];
  if (!isRecord(replicas) || !Object.values(replicas).every((list) => Array.isArray(list) && list.every((p) => Array.isArray(p) && p.length === 2 && isInt(p[0]) && isInt(p[1])))) return false;
  const counts = v['counts'];
  return isRecord(counts) && COUNTS.every((k) => isInt(counts[k]));
}

/** The event kinds the projection reads. */
export const PROJECTED_TYPES: readonly EventType[] = [
  'RunStarted',
  'VmCreated',
  'VcpuScheduled',
  'TlbWriteEmulated',
  'CowBlockShared',
  'CowBroken',
  'PageMigrated',
  'PageReplicated',
  'ReplicaCollapsed',
  'MonitorCallHandled',
];

export function initialState(): MonitorState {
  return {
    seq: -1,
    tick: 0,
    cpus: 0,
    nodes: 0,
    vms: [],
    cpuRunning: [],
    replicas: {},
    counts: { vcpuSwitches: 0, tlbWrites: 0, cowShared: 0, cowBroken: 0, migrations: 0, replications: 0, collapses: 0, zeroPageCalls: 0, pagesFreed: 0 },
  };
}

/**
 * Applies one event in place (the state is owned by one projection) and
 * returns it. Events of kinds it does not project only advance seq and tick.
 */
export function evolve(state: MonitorState, event: TraceEvent, index: MachineIndex): MonitorState {
  if (!(event.seq > state.seq)) throw new UnprojectableEvent(`event seq ${event.seq} comes after seq ${state.seq}: the events are not in the order of their seq`);
  state.seq = event.seq;
  state.tick = event.tick;
  switch (event.type) {
    case 'RunStarted':
      // These size the per-CPU state: checked against the model's range first.
      if (!inRange(event.data.cpus, 1, MAX_CPUS + 1)) refuse(event, `gives the machine ${event.data.cpus} CPUs; a machine has 1 to ${MAX_CPUS}`);
      if (!inRange(event.data.nodes, 1, MAX_CPUS + 1)) refuse(event, `gives the machine ${event.data.nodes} nodes; a machine has 1 to ${MAX_CPUS}`);
      state.cpus = event.data.cpus;
      state.nodes = event.data.nodes;
      state.cpuRunning = new Array<null>(event.data.cpus).fill(null);
      break;
    case 'VmCreated':
      if (!inRange(event.vm, 0, MAX_VMS)) refuse(event, `creates vm ${event.vm}; a run has at most ${MAX_VMS} VMs`);
      if (!inRange(event.data.vcpus, 1, MAX_VCPUS + 1)) refuse(event, `gives vm ${event.vm} ${event.data.vcpus} VCPUs; a VM has 1 to ${MAX_VCPUS}`);
      // A VM may be created before RunStarted (seq 0): its CPUs are then checked against the model's range.
      if (event.data.homeCpus.length > event.data.vcpus || !event.data.homeCpus.every((cpu) => inRange(cpu, 0, cpusOf(state)))) {
        refuse(event, `places vm ${event.vm}'s VCPUs on CPUs ${event.data.homeCpus.join(', ')}; the machine has ${cpusOf(state)}`);
      }
      state.vms[event.vm] = { vm: event.vm, vcpus: event.data.vcpus, physicalPages: event.data.physicalPages, vcpuCpu: [...event.data.homeCpus], pmap: {}, cow: {} };
      break;
    case 'VcpuScheduled':
      scheduled(state, event);
      break;
    case 'TlbWriteEmulated': {
      const vm = vmOf(state, event);
      state.counts.tlbWrites++;
      if (event.data.physicalPage0 >= 0 && event.data.machinePage0 >= 0) index.map(vm, event.data.physicalPage0, event.data.machinePage0);
      if (event.data.physicalPage1 >= 0 && event.data.machinePage1 >= 0) index.map(vm, event.data.physicalPage1, event.data.machinePage1);
      break;
    }
    case 'CowBlockShared': {
      const vm = vmOf(state, event);
      state.counts.cowShared++;
      index.map(vm, event.data.physicalPage, event.data.machinePage);
      vm.cow[event.data.physicalPage] = { machinePage: event.data.machinePage, source: event.data.source, sinceSeq: event.seq };
      break;
    }
    case 'CowBroken': {
      const vm = vmOf(state, event);
      state.counts.cowBroken++;
      delete vm.cow[event.data.physicalPage];
      index.map(vm, event.data.physicalPage, event.data.newMachinePage);
      break;
    }
    case 'PageMigrated':
      state.counts.migrations++;
      index.repoint(event.data.oldMachinePage, event.data.newMachinePage);
      break;
    case 'PageReplicated':
      state.counts.replications++;
      (state.replicas[event.data.machinePage] ??= []).push([event.data.replicaMachinePage, event.data.toNode]);
      break;
    case 'ReplicaCollapsed':
      state.counts.collapses++;
      delete state.replicas[event.data.machinePage];
      if (event.data.survivorMachinePage !== event.data.machinePage) index.repoint(event.data.machinePage, event.data.survivorMachinePage);
      break;
    case 'MonitorCallHandled':
      monitorCall(state, event, index);
      break;
    default:
      break;
  }
  return state;
}

function vmOf(state: MonitorState, event: TraceEvent): VmState {
  const vm = inRange(event.vm, 0, MAX_VMS) ? state.vms[event.vm] : undefined;
  if (!vm) refuse(event, `names vm ${event.vm}, which no VmCreated created`);
  return vm;
}

function scheduled(state: MonitorState, event: EventOf<'VcpuScheduled'>): void {
  state.counts.vcpuSwitches++;
  const vm = vmOf(state, event);
  if (!inRange(event.cpu, 0, cpusOf(state))) refuse(event, `runs a VCPU on CPU ${event.cpu}; the machine has ${cpusOf(state)}`);
  if (!inRange(event.data.vcpu, 0, vm.vcpus)) refuse(event, `runs VCPU ${event.data.vcpu} of vm ${event.vm}, which has ${vm.vcpus}`);
  state.cpuRunning[event.cpu] = { vm: event.vm, vcpu: event.data.vcpu, sinceTick: event.tick };
  vm.vcpuCpu[event.data.vcpu] = event.cpu;
  // The VCPU left any other CPU it was shown on.
  state.cpuRunning.forEach((r, cpu) => {
    if (cpu !== event.cpu && r && r.vm === event.vm && r.vcpu === event.data.vcpu) state.cpuRunning[cpu] = null;
  });
}

function monitorCall(state: MonitorState, event: EventOf<'MonitorCallHandled'>, index: MachineIndex): void {
  const { call, physicalPage } = event.data;
  if (call !== MonitorCall.MONITOR_CALL_ZERO_PAGE && call !== MonitorCall.MONITOR_CALL_PAGE_FREED) return;
  const vm = vmOf(state, event);
  if (call === MonitorCall.MONITOR_CALL_PAGE_FREED) {
    state.counts.pagesFreed++;
    delete vm.cow[physicalPage];
    index.unmap(vm, physicalPage);
    return;
  }
  state.counts.zeroPageCalls++;
  // Zeroing a shared page detaches it and backs it with a fresh private page the event does not name.
  if (vm.cow[physicalPage]) {
    delete vm.cow[physicalPage];
    index.unmap(vm, physicalPage);
  }
}

/**
 * The reverse index of every pmap: machine page → the (vm, physical page)
 * entries that map it, kept in step with the pmaps so that a migration
 * repoints all its mappers. Rebuilt from the pmaps when a snapshot is loaded.
 */
export class MachineIndex {
  private readonly mappers = new Map<number, Set<number>>();
  private vms: VmState[] = [];

  static of(state: MonitorState): MachineIndex {
    const index = new MachineIndex();
    index.vms = state.vms;
    for (const vm of state.vms) {
      if (!vm) continue;
      for (const [ppn, mpn] of Object.entries(vm.pmap)) index.add(mpn, key(vm.vm, Number(ppn)));
    }
    return index;
  }

  /** Must be called with the state the index belongs to (its vms array can be replaced by VmCreated). */
  bind(state: MonitorState): this {
    this.vms = state.vms;
    return this;
  }

  map(vm: VmState, ppn: number, mpn: number): void {
    const old = vm.pmap[ppn];
    if (old === mpn) return;
    if (old !== undefined) this.remove(old, key(vm.vm, ppn));
    vm.pmap[ppn] = mpn;
    this.add(mpn, key(vm.vm, ppn));
  }

  unmap(vm: VmState, ppn: number): void {
    const old = vm.pmap[ppn];
    if (old === undefined) return;
    this.remove(old, key(vm.vm, ppn));
    delete vm.pmap[ppn];
  }

  repoint(from: number, to: number): void {
    const set = this.mappers.get(from);
    if (!set) return;
    for (const k of [...set]) {
      const vm = this.vms[Math.floor(k / VM_FACTOR)]!;
      const ppn = k % VM_FACTOR;
      this.map(vm, ppn, to);
      const cow = vm.cow[ppn];
      if (cow) cow.machinePage = to;
    }
  }

  /** (vm, physical page) pairs mapping a machine page. */
  mappersOf(mpn: number): [number, number][] {
    return [...(this.mappers.get(mpn) ?? [])].map((k) => [Math.floor(k / VM_FACTOR), k % VM_FACTOR]);
  }

  machinePages(): number[] {
    return [...this.mappers.keys()];
  }

  private add(mpn: number, k: number): void {
    let set = this.mappers.get(mpn);
    if (!set) this.mappers.set(mpn, (set = new Set()));
    set.add(k);
  }

  private remove(mpn: number, k: number): void {
    const set = this.mappers.get(mpn);
    if (!set) return;
    set.delete(k);
    if (set.size === 0) this.mappers.delete(mpn);
  }
}

const VM_FACTOR = 2 ** 26;
const key = (vm: number, ppn: number) => vm * VM_FACTOR + ppn;

export const COW_SOURCE_NAMES: Record<number, string> = Object.fromEntries(
  Object.entries(CowSource).map(([name, value]) => [value, name.replace('COW_SOURCE_', '').toLowerCase()]),
);
