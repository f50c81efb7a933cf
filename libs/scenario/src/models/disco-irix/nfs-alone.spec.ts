import { ALL_ON, cachedPairs, dataPackets, name, runNfs, type Switches } from '../../testing/nfs-runs';

describe('NFS over the virtual network (§2.6, Figure 4): each sharing mechanism off alone', () => {
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
