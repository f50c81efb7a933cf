import { OP_LOAD, OP_STORE, OpBuffer } from '@disco/hardware';
import { Prng } from '@disco/sim-kernel';
import { ReferenceStream, type DataRegion } from './reference-stream';

function dataAddresses(region: DataRegion, instructions: number): number[] {
  const stream = new ReferenceStream(
    { codeBase: 0x400000, codeBytes: 4096, loopBytes: 1024, jumpProbability: 0, instructionsPerReference: 2, regions: [region] },
    Prng.fromSeed(5).stream('test'),
  );
  const addresses: number[] = [];
  const buffer = new OpBuffer(256);
  for (let done = 0; done < instructions; ) {
    buffer.length = 0;
    done += stream.emit(buffer, instructions - done, 0);
    for (let i = 0; i < buffer.length; i++) {
      if (buffer.kinds[i] === OP_LOAD || buffer.kinds[i] === OP_STORE) addresses.push(buffer.args[i]! - region.base);
    }
  }
  return addresses;
}

describe('ReferenceStream', () => {
  const base = { base: 0x1000_0000, bytes: 4 * 1024 * 1024, weight: 1, writeFraction: 0 };

  it("keeps a 'clustered' region's references in runs inside one cluster", () => {
    const clusterBytes = 16 * 1024;
    const clusterReferences = 200;
    const addresses = dataAddresses({ ...base, pattern: 'clustered', clusterBytes, clusterReferences }, 400_000);
    // A run ends where a reference leaves the window of the run's first reference.
    let runs = 1;
    let low = addresses[0]!;
    let high = addresses[0]!;
    for (const a of addresses) {
      low = Math.min(low, a);
      high = Math.max(high, a);
      if (high - low >= clusterBytes) {
        runs++;
        low = high = a;
      }
    }
    const meanRun = addresses.length / runs;
    expect(meanRun).toBeGreaterThan(clusterReferences / 2);
    expect(meanRun).toBeLessThan(clusterReferences * 2);
    expect(addresses.filter((a) => a >= base.bytes)).toEqual([]);
  });

  it("touches many more distinct pages per reference with 'random' than with 'clustered'", () => {
    const pages = (addresses: number[]) => new Set(addresses.map((a) => Math.floor(a / 4096))).size;
    const large = { ...base, bytes: 64 * 1024 * 1024 };
    const random = pages(dataAddresses({ ...large, pattern: 'random', runWords: 1 }, 20_000));
    const clustered = pages(dataAddresses({ ...large, pattern: 'clustered', clusterBytes: 16 * 1024, clusterReferences: 200 }, 20_000));
    expect(clustered * 10).toBeLessThan(random);
  });

  it("references `runWords` consecutive words per 'random' visit, each visit starting anywhere", () => {
    const runWords = 4;
    const addresses = dataAddresses({ ...base, bytes: 64 * 1024 * 1024, pattern: 'random', runWords }, 40_000);
    // Every reference that does not start a visit is the word after the previous one.
    let followers = 0;
    for (let i = 1; i < addresses.length; i++) if (addresses[i] === addresses[i - 1]! + 8) followers++;
    const visits = Math.ceil(addresses.length / runWords);
    // Visits start uniformly over 64 MB: one lands on the word after the previous visit's end with probability 2^-23.
    expect(followers).toBe(addresses.length - visits);
    const starts = new Set(addresses.filter((_, i) => i % runWords === 0).map((a) => Math.floor(a / 4096)));
    // Uniform starts over n pages hit n·(1 − e^(−visits/n)) distinct pages on average.
    const n = (64 * 1024 * 1024) / 4096;
    const expected = n * (1 - Math.exp(-visits / n));
    expect(Math.abs(starts.size - expected)).toBeLessThan(expected * 0.05);
  });

  it("writes each of a 'streams' region's streams word after word inside its own slice, and uses them all", () => {
    const streams = 64;
    const streamStride = 10_240;
    const streamOffset = 3 * 1280;
    const streamBytes = 1280;
    const addresses = dataAddresses({ ...base, bytes: streams * streamStride, pattern: 'streams', streams, streamStride, streamOffset, streamBytes }, 60_000);
    const last = new Map<number, number>();
    let sequential = 0;
    let outside = 0;
    for (const a of addresses) {
      const stream = Math.floor(a / streamStride);
      const inSlice = a - stream * streamStride - streamOffset;
      if (inSlice < 0 || inSlice >= streamBytes) outside++;
      const previous = last.get(stream);
      if (previous !== undefined && (inSlice === previous + 8 || (inSlice === 0 && previous === streamBytes - 8))) sequential++;
      last.set(stream, inSlice);
    }
    expect(outside).toBe(0);
    expect(last.size).toBe(streams);
    expect(sequential).toBe(addresses.length - streams);
  });

  it("rejects a 'streams' region whose streams leave it", () => {
    expect(() => dataAddresses({ ...base, bytes: 8192, pattern: 'streams', streams: 4, streamStride: 4096, streamOffset: 0, streamBytes: 64 }, 100)).toThrow(/inside/);
  });
});
