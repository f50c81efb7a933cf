import { runDiscoIrix, runIrix } from '../../testing/run-scenario';

/** IRIX's start-up clears its static data and builds its tables (pfdat, buffer headers) on the boot CPU before any process runs. */
describe("the IRIX-like kernel's start-up", () => {
  const flat = { workload: 'pmake', scale: 0.2, bufferCacheMb: 16 } as const;

  it('writes every page of static kernel data: natively each is referenced, under Disco each is backed by a machine page', () => {
    const native = runIrix(flat, 1, false).run;
    const { first, end } = native.kernel.staticData;
    // pfdat (32 bytes a page of 64 MB) and the headers of 4,096 buffers alone take more than 100 pages.
    expect(end - first).toBeGreaterThan(100);
    const referenced = native.machine.directory.pagesReferenced;
    const unreferenced = [];
    for (let p = first; p < end; p++) if (referenced[p] !== 1) unreferenced.push(p);
    expect(unreferenced).toEqual([]);

    const guest = runDiscoIrix(flat, 1, false).run.guests[0]!;
    const kernel = guest.kernel as typeof native.kernel;
    expect(kernel.staticData).toEqual(native.kernel.staticData);
    const unbacked = [];
    for (let p = first; p < end; p++) if (guest.vm.pmap[p]! < 0) unbacked.push(p);
    expect(unbacked).toEqual([]);
  });
});
