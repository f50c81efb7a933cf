import { existsSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expectOneLineError, runCli, sha256File, tempDir } from '@disco/cli-kit/testing';

// disco-replay --at: the projection of the monitor's state, checked against
// facts computed independently with SQL over the typed tables.

const SCENARIOS = path.join(__dirname, '../../../traces/scenarios');
let dir: string;
let cleanup: () => void;
let cow: string;
let numa: string;

function record(scenario: string, out: string): string {
  const r = runCli('record', [path.join(SCENARIOS, `${scenario}.json`), '--out', out, '--quiet']);
  if (r.status !== 0) throw new Error(r.stderr);
  return out;
}

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  // Four VMs sharing COW disk blocks and remapped network pages (≈1.5 s).
  cow = record('disco-cow-synthetic', path.join(dir, 'cow.db'));
  // One 8-VCPU VM with migration and replication (≈2 s).
  numa = record('disco-numa-synthetic', path.join(dir, 'numa.db'));
});
afterAll(() => cleanup());

/** The kinds --at projects (README: the VMs, placement, pmap entries, replicas, copy-on-write pages, decisions). */
const PROJECTED_KINDS = ['RunStarted', 'VmCreated', 'VcpuScheduled', 'TlbWriteEmulated', 'CowBlockShared', 'CowBroken', 'PageMigrated', 'PageReplicated', 'ReplicaCollapsed', 'MonitorCallHandled'];

interface Summary {
  at: { seq: number; tick: number };
  projection: { fromSnapshotSeq: number; eventsApplied: number; snapshotsWritten: number; cache: string | null };
  vms: { vm: number; cowPages: number; vcpuCpu: number[] }[];
  cpus: { cpu: number; vm: number | null; vcpu: number | null }[];
  memmap: { replicatedPages: number; replicas: number };
  cow: { guestPages: number };
  counts: Record<string, number>;
  cowEntries?: unknown;
}

function at(file: string, point: string, args: string[] = []): Summary {
  const r = runCli('replay', [file, '--at', point, '--json', ...args]);
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Summary;
}

function sql<T>(file: string, query: string, ...params: unknown[]): T[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(query).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** Guest pages whose last sharing-related event at or before `seq` shared them (per VM). */
function liveCowPages(file: string, seq: number): Map<number, number> {
  const rows = sql<{ vm: number; n: number }>(
    file,
    `WITH e AS (
       SELECT seq, vm, physical_page AS ppn, 1 AS shared FROM cow_block_shared WHERE seq <= @seq
       UNION ALL SELECT seq, vm, physical_page, 0 FROM cow_broken WHERE seq <= @seq
       UNION ALL SELECT seq, vm, physical_page, 0 FROM monitor_call_handled WHERE seq <= @seq AND call IN (1, 3)
     ), last AS (SELECT vm, ppn, shared, row_number() OVER (PARTITION BY vm, ppn ORDER BY seq DESC) AS r FROM e)
     SELECT vm, count(*) AS n FROM last WHERE r = 1 AND shared = 1 GROUP BY vm`,
    { seq },
  );
  return new Map(rows.map((r) => [r.vm, r.n]));
}

/** Replicas alive at `seq`: each page's latest PageReplicated says how many it has, unless a collapse came later. */
function liveReplicas(file: string, seq: number): { replicatedPages: number; replicas: number } {
  const [r] = sql<{ pages: number; replicas: number | null }>(
    file,
    `WITH last AS (
       SELECT machine_page, replicas, seq, row_number() OVER (PARTITION BY machine_page ORDER BY seq DESC) AS r FROM page_replicated WHERE seq <= @seq
     )
     SELECT count(*) AS pages, sum(replicas) AS replicas FROM last
     WHERE r = 1 AND NOT EXISTS (SELECT 1 FROM replica_collapsed c WHERE c.machine_page = last.machine_page AND c.seq > last.seq AND c.seq <= @seq)`,
    { seq },
  );
  return { replicatedPages: r!.pages, replicas: r!.replicas ?? 0 };
}

describe('disco-replay --at', () => {
  it('at the end, counts the live copy-on-write pages of every VM as SQL over the sharing events does', () => {
    const s = at(cow, 'end', ['--no-cache']);
    const [last] = sql<{ n: number }>(cow, 'SELECT event_count - 1 AS n FROM run');
    expect(s.at.seq).toBe(last!.n);
    const expected = liveCowPages(cow, s.at.seq);
    expect(s.vms.map((v) => [v.vm, v.cowPages])).toEqual(s.vms.map((v) => [v.vm, expected.get(v.vm) ?? 0]));
    // Each of the four VMs boots by reading its 32 kernel text pages from the shared non-persistent disk, and the
    // synthetic guest never writes text: at least 4 × 32 guest pages are still shared at the end.
    expect(s.cow.guestPages).toBeGreaterThanOrEqual(4 * 32);
    const [counts] = sql<{ shared: number; broken: number }>(cow, 'SELECT (SELECT count(*) FROM cow_block_shared) AS shared, (SELECT count(*) FROM cow_broken) AS broken');
    expect(s.counts['cowShared']).toBe(counts!.shared);
    expect(s.counts['cowBroken']).toBe(counts!.broken);
  });

  it('at the end, agrees with the replica counts the monitor reported, and with the number of migrations', () => {
    const s = at(numa, 'end', ['--no-cache']);
    expect(s.memmap).toMatchObject(liveReplicas(numa, s.at.seq));
    // The read-shared half of the 4 MB region is read by all 8 VCPUs and never written, so pages of it that were
    // replicated keep their replicas: each replicated page has one copy on each of 1 to 7 other nodes.
    expect(s.memmap.replicatedPages).toBeGreaterThanOrEqual(1);
    expect(s.memmap.replicas).toBeGreaterThanOrEqual(s.memmap.replicatedPages);
    expect(s.memmap.replicas).toBeLessThanOrEqual(7 * s.memmap.replicatedPages);
    const [m] = sql<{ n: number }>(numa, 'SELECT count(*) AS n FROM page_migrated');
    expect(s.counts['migrations']).toBe(m!.n);
  });

  it.each(['10%', '90%'])('seeks to %s of the events: state as SQL sees it up to that seq', (point) => {
    for (const file of [cow, numa]) {
      const s = at(file, point, ['--no-cache']);
      const [total] = sql<{ n: number }>(file, 'SELECT event_count - 1 AS n FROM run');
      expect(s.at.seq).toBe(Math.round((Number(point.slice(0, -1)) / 100) * total!.n));
      const cowPages = liveCowPages(file, s.at.seq);
      expect(s.cow.guestPages).toBe([...cowPages.values()].reduce((a, b) => a + b, 0));
      expect(s.memmap).toMatchObject(liveReplicas(file, s.at.seq));
      // Placement: every CPU runs the VCPU its last VcpuScheduled named.
      const placed = sql<{ cpu: number; vm: number; vcpu: number }>(
        file,
        `SELECT cpu, vm, vcpu FROM (SELECT cpu, vm, vcpu, row_number() OVER (PARTITION BY cpu ORDER BY seq DESC) AS r FROM vcpu_scheduled WHERE seq <= ?) WHERE r = 1 ORDER BY cpu`,
        s.at.seq,
      );
      expect(s.cpus.filter((c) => c.vm !== null).map((c) => ({ cpu: c.cpu, vm: c.vm, vcpu: c.vcpu }))).toEqual(placed);
    }
  });

  it('takes a simulated time: the state after the last event at or before it', () => {
    const s = at(numa, '20ms', ['--no-cache']);
    const [expected] = sql<{ seq: number }>(numa, 'SELECT max(seq) AS seq FROM events WHERE tick <= 20000000000');
    expect(s.at.seq).toBe(expected!.seq);
    expect(s.at.tick).toBeLessThanOrEqual(20e9);
    const [migrations] = sql<{ n: number }>(numa, 'SELECT count(*) AS n FROM page_migrated WHERE tick <= 20000000000');
    expect(s.counts['migrations']).toBe(migrations!.n);
    expect(at(numa, '20000us', ['--no-cache']).at.seq).toBe(s.at.seq);
  });

  it('keeps snapshots in a sidecar file, starts later seeks from them, and gives the same state; the trace is untouched', () => {
    const before = sha256File(cow);
    const cold = at(cow, '80%', ['--snapshot-every', '1000']);
    expect(cold.projection.cache).toBe(`${cow}.at-cache`);
    expect(existsSync(`${cow}.at-cache`)).toBe(true);
    const warm = at(cow, '80%', ['--snapshot-every', '1000']);
    // Snapshots are taken at seqs k × 1000 - 1 as the projection crosses them: the warm seek starts from the last
    // boundary before the last projected event at or before the point.
    const [lastProjected] = sql<{ seq: number }>(cow, `SELECT max(seq) AS seq FROM events WHERE seq <= ? AND kind IN (${PROJECTED_KINDS.map((k) => `'${k}'`).join(', ')})`, cold.at.seq);
    // With projected events in every thousand (hundreds of COW and monitor-call events each), the cold seek writes
    // one snapshot per boundary below that event, also where a projected event sits exactly on the boundary.
    expect(cold.projection.snapshotsWritten).toBe(Math.floor(lastProjected!.seq / 1000));
    expect(warm.projection.fromSnapshotSeq).toBe(Math.floor(lastProjected!.seq / 1000) * 1000 - 1);
    expect(warm.projection.eventsApplied).toBeLessThan(cold.projection.eventsApplied);
    const strip = (s: Summary) => ({ ...s, projection: null });
    expect(strip(warm)).toEqual(strip(cold));
    expect(strip(at(cow, '80%', ['--no-cache']))).toEqual(strip(cold));
    expect(sha256File(cow)).toBe(before);
  });

  it('refuses a point it cannot read, with exit 2', () => {
    const bad = runCli('replay', [cow, '--at', 'yesterday']);
    expect(bad.status).toBe(2);
    expectOneLineError(bad, /--at yesterday: give an event seq/);
    const past = runCli('replay', [cow, '--at', '999999999']);
    expect(past.status).toBe(2);
    expectOneLineError(past, /the trace has events 0 to/);
  });

  it('prints a readable summary that names what it cannot project', () => {
    const r = runCli('replay', [numa, '--at', '50%', '--no-cache']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^monitor state after event [\d,]+ \(--at 50%/);
    expect(r.stdout).toMatch(/vm 0: 8 VCPUs/);
    expect(r.stdout).toMatch(/not projected/);
  });
});

describe('disco-replay --at on a trace whose events the model could not have written', () => {
  /** A copy of the cow trace with one SQL edit, as someone handing us a file could make it. */
  const crafted = (name: string, sql: string): string => {
    const file = path.join(dir, `${name}.db`);
    const db = new Database(cow, { readonly: true });
    db.prepare('VACUUM INTO ?').run(file);
    db.close();
    const w = new Database(file);
    w.exec(sql);
    w.close();
    return file;
  };

  it.each([
    // Before the checks, the first sized the per-CPU state and ran out of memory (3.2 GB, exit 134).
    ['a machine of 2,000,000,000 CPUs', 'UPDATE run_started SET cpus = 2000000000', /RunStarted at seq \d+ gives the machine 2000000000 CPUs; a machine has 1 to 32/],
    ['a VM numbered 1,000,000,000', 'UPDATE vm_created SET vm = 1000000000 WHERE seq = (SELECT min(seq) FROM vm_created)', /VmCreated at seq \d+ creates vm 1000000000; a run has at most 64 VMs/],
    ['a VCPU run on CPU 99', 'UPDATE vcpu_scheduled SET cpu = 99 WHERE seq = (SELECT min(seq) FROM vcpu_scheduled)', /VcpuScheduled at seq \d+ runs a VCPU on CPU 99; the machine has 4/],
    ['a VM no VmCreated created', 'UPDATE vcpu_scheduled SET vm = 7 WHERE seq = (SELECT min(seq) FROM vcpu_scheduled)', /VcpuScheduled at seq \d+ names vm 7, which no VmCreated created/],
  ])('%s: exit 2 at once, one line naming the event, the trace unchanged', (name, sql, message) => {
    const file = crafted(name.replace(/\W+/g, '-'), sql);
    const before = sha256File(file);
    const started = Date.now();
    const r = runCli('replay', [file, '--at', 'end', '--no-cache']);
    expect(r.status).toBe(2);
    expectOneLineError(r, message);
    expect(r.stderr).toMatch(/the trace was altered or is damaged$/m);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(sha256File(file)).toBe(before);
  });
});

describe('disco-replay --at with a sidecar it did not write', () => {
  it.each([
    ['a state of another shape', (s: Record<string, unknown>) => ({ ...s, vms: { length: 3 } })],
    ['a VM numbered past any run', (s: Record<string, unknown>) => ({ ...s, vms: [{ vm: 1e9, vcpus: 1, physicalPages: 1, vcpuCpu: [0], pmap: {}, cow: {} }] })],
    ['text that is not JSON', () => '{"seq": '],
  ])('%s: the snapshot is dropped and the state is the one without a sidecar', (_name, edit) => {
    const file = path.join(dir, `sidecar-${_name.replace(/\W+/g, '-')}.db`);
    const db = new Database(cow, { readonly: true });
    db.prepare('VACUUM INTO ?').run(file);
    db.close();
    // A first seek writes the sidecar; every snapshot in it is then edited as someone handing us the pair could.
    const every = ['--snapshot-every', '1000'];
    at(file, '50%', every);
    const sidecar = new Database(`${file}.at-cache`);
    const rows = sidecar.prepare('SELECT seq, state FROM snapshot').all() as { seq: number; state: string }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const edited = edit(JSON.parse(r.state) as Record<string, unknown>);
      sidecar.prepare('UPDATE snapshot SET state = ? WHERE seq = ?').run(typeof edited === 'string' ? edited : JSON.stringify(edited), r.seq);
    }
    sidecar.close();
    const strip = (s: Summary) => ({ ...s, projection: null });
    const withSidecar = at(file, '90%', every);
    expect(withSidecar.projection.fromSnapshotSeq).toBe(-1);
    expect(strip(withSidecar)).toEqual(strip(at(file, '90%', ['--no-cache'])));
    // The sidecar was cleared, and the seek wrote sound snapshots again: the next one starts from them.
    expect(at(file, '95%', every).projection.fromSnapshotSeq).toBeGreaterThan(-1);
  });
});
