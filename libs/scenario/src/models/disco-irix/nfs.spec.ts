import { PAGE_BYTES } from '@disco/hardware';
import { NFS_HEADER_BYTES, type IrixKernel } from '@disco/guest';
import { ALL_OFF, ALL_ON, cachedPairs, dataPackets, digest, machineWord, name, runNfs, seedValue, WORDS, type Switches } from '../../testing/nfs-runs';

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
        // Every source file the client reads (in its warm-up) comes from the server: at least one call each.
        expect(r.sourceFiles).toBeGreaterThan(1);
        expect((server!.kernel as IrixKernel).nfs!.callsServed).toBeGreaterThanOrEqual(r.sourceFiles);
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
});
