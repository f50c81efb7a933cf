import { assert, assertInRange } from '@disco/sim-kernel';

/** State of a machine page. */
export const PageState = {
  FREE: 0,
  /** Disco's code, special pages. */
  MONITOR: 1,
  /** Mapped by guest-physical pages and/or held by the global disk cache. */
  GUEST: 2,
  /** A read-only copy of a GUEST page on another node (§4.2.3). */
  REPLICA: 3,
  /** A VM's privately modified disk page of a non-persistent disk (§4.2.5), not mapped. */
  DISK_PRIVATE: 4,
} as const;
export type PageState = (typeof PageState)[keyof typeof PageState];

/** A mapper is one guest-physical page of one VM: vm · 2^21 + ppn (ppn < 2^21: 8 GB of guest memory). */
export const MAPPER_VM_FACTOR = 2 ** 21;
export const mapperKey = (vm: number, ppn: number): number => vm * MAPPER_VM_FACTOR + ppn;
export const mapperVm = (key: number): number => Math.floor(key / MAPPER_VM_FACTOR);
export const mapperPpn = (key: number): number => key % MAPPER_VM_FACTOR;

/**
 * One entry per machine page (§4.2.3): the guest-physical pages that map it
 * (the (VM, physical page) pairs; the virtual addresses are in each VCPU's
 * L2TLB and found by machine page), its replicas, and the NUMA policy's
 * per-page state, which moves with the data when the page migrates.
 */
export class Memmap {
  readonly state: Uint8Array;
  /** Mappers of each GUEST page (undefined: none). */
  private readonly mappers: (number[] | undefined)[];
  /** 1 when the global disk cache holds the page (it counts as a sharer). */
  readonly cached: Uint8Array;
  /** For a REPLICA, its primary; else -1. */
  readonly primaryOf: Int32Array;
  private readonly replicaLists = new Map<number, number[]>();
  /** Moves so far (migrations and replications), carried with the data. */
  readonly moves: Uint8Array;
  /** Written while replicated once: the policy leaves it alone from then on. */
  readonly writeShared: Uint8Array;
  readonly lastMoveTicks: Float64Array;

  constructor(readonly totalPages: number) {
    this.state = new Uint8Array(totalPages);
    this.mappers = new Array<number[] | undefined>(totalPages);
    this.cached = new Uint8Array(totalPages);
    this.primaryOf = new Int32Array(totalPages).fill(-1);
    this.moves = new Uint8Array(totalPages);
    this.writeShared = new Uint8Array(totalPages);
    this.lastMoveTicks = new Float64Array(totalPages).fill(-Infinity);
  }

  mappersOf(mpn: number): readonly number[] {
    return this.mappers[mpn] ?? EMPTY;
  }

  /** Sharers: mappers plus the disk cache. */
  refCount(mpn: number): number {
    return (this.mappers[mpn]?.length ?? 0) + this.cached[mpn]!;
  }

  replicasOf(mpn: number): readonly number[] {
    return this.replicaLists.get(mpn) ?? EMPTY;
  }

  hasReplicas(mpn: number): boolean {
    return this.replicaLists.has(mpn);
  }

  /** May a guest map this page writable? Only a private, unreplicated, uncached guest page. */
  writable(mpn: number): boolean {
    return this.state[mpn] === PageState.GUEST && this.cached[mpn] === 0 && (this.mappers[mpn]?.length ?? 0) === 1 && !this.replicaLists.has(mpn);
  }

  /** The copy a CPU on `node` should use: its node's replica if there is one. */
  localCopy(mpn: number, node: number, pagesPerNode: number): number {
    const replicas = this.replicaLists.get(mpn);
    if (replicas === undefined) return mpn;
    for (const r of replicas) if (Math.floor(r / pagesPerNode) === node) return r;
    return mpn;
  }

  claim(mpn: number, state: PageState): void {
    assertInRange(mpn, 0, this.totalPages, 'machine page');
    assert(this.state[mpn] === PageState.FREE, `machine page ${mpn} claimed while in state ${this.state[mpn]}`);
    assert(state !== PageState.FREE, 'claim as FREE');
    this.state[mpn] = state;
  }

  release(mpn: number): void {
    assert(this.state[mpn] !== PageState.FREE, `machine page ${mpn} released twice`);
    assert(this.refCount(mpn) === 0, `machine page ${mpn} released with ${this.refCount(mpn)} sharers`);
    assert(!this.replicaLists.has(mpn), `machine page ${mpn} released with replicas`);
    this.state[mpn] = PageState.FREE;
    this.primaryOf[mpn] = -1;
    this.moves[mpn] = 0;
    this.writeShared[mpn] = 0;
    this.lastMoveTicks[mpn] = -Infinity;
  }

  addMapper(mpn: number, key: number): void {
    assert(this.state[mpn] === PageState.GUEST, `mapping machine page ${mpn} in state ${this.state[mpn]}`);
    const list = this.mappers[mpn];
    if (list === undefined) this.mappers[mpn] = [key];
    else {
      assert(!list.includes(key), `mapper ${key} added twice to machine page ${mpn}`);
      list.push(key);
    }
  }

  removeMapper(mpn: number, key: number): void {
    const list = this.mappers[mpn];
    const i = list === undefined ? -1 : list.indexOf(key);
    assert(list !== undefined && i >= 0, `mapper ${key} not on machine page ${mpn}`);
    list.splice(i, 1);
    if (list.length === 0) this.mappers[mpn] = undefined;
  }

  addReplica(primary: number, replica: number): void {
    assert(this.state[primary] === PageState.GUEST, 'replica of a non-guest page');
    this.claim(replica, PageState.REPLICA);
    this.primaryOf[replica] = primary;
    const list = this.replicaLists.get(primary);
    if (list === undefined) this.replicaLists.set(primary, [replica]);
    else list.push(replica);
  }

  /** Forgets every replica of `primary` (they must be freed by the caller); returns them. */
  dropReplicas(primary: number): number[] {
    const list = this.replicaLists.get(primary) ?? [];
    this.replicaLists.delete(primary);
    for (const r of list) {
      this.primaryOf[r] = -1;
      this.state[r] = PageState.FREE;
    }
    return list;
  }

  /** Moves mappers, cache reference and policy state from `from` to the fresh page `to` (migration). */
  transfer(from: number, to: number): void {
    assert(!this.replicaLists.has(from), 'transfer of a replicated page');
    this.claim(to, PageState.GUEST);
    this.mappers[to] = this.mappers[from];
    this.mappers[from] = undefined;
    this.cached[to] = this.cached[from]!;
    this.cached[from] = 0;
    this.moves[to] = this.moves[from]!;
    this.writeShared[to] = this.writeShared[from]!;
    this.lastMoveTicks[to] = this.lastMoveTicks[from]!;
  }

  /** Every primary with replicas (invariant checks). */
  replicatedPages(): number[] {
    return [...this.replicaLists.keys()].sort((a, b) => a - b);
  }
}

const EMPTY: readonly number[] = [];
