import { PageUse, PhysicalMemory } from './physical-memory';

const NODES = 4;
const PAGES_PER_NODE = 256;
const nodeOfPage = (p: number) => Math.floor(p / PAGES_PER_NODE);

function memory(colors: number, placement: 'round-robin' | 'first-touch' = 'round-robin') {
  return new PhysicalMemory(NODES * PAGES_PER_NODE, NODES, nodeOfPage, 0, 0, placement, colors);
}

describe('PhysicalMemory page colouring', () => {
  it('gives consecutive round-robin allocations consecutive colours, each on the next node', () => {
    const colors = 32;
    const m = memory(colors);
    const pages = Array.from({ length: 64 }, () => m.allocate(PageUse.USER, 0));
    expect(pages.map(nodeOfPage)).toEqual(pages.map((_, i) => i % NODES));
    expect(pages.map((p) => p % colors)).toEqual(pages.map((_, i) => i % colors));
  });

  it('without colouring, each round of round-robin allocations takes one colour on every node (the artefact colouring removes)', () => {
    const colors = 32;
    const m = memory(1);
    const pages = Array.from({ length: 64 }, () => m.allocate(PageUse.USER, 0));
    const colorsOfRounds = Array.from({ length: 64 / NODES }, (_, r) => new Set(pages.slice(r * NODES, (r + 1) * NODES).map((p) => p % colors)).size);
    expect(colorsOfRounds).toEqual(colorsOfRounds.map(() => 1));
  });

  it('falls back to another colour, then another node, and hands out every free page once', () => {
    const m = memory(8, 'first-touch');
    const free = m.freePages;
    const pages = Array.from({ length: free }, () => m.allocate(PageUse.USER, 2));
    expect(new Set(pages).size).toBe(free);
    expect(pages.slice(0, PAGES_PER_NODE).every((p) => nodeOfPage(p) === 2)).toBe(true);
    expect(() => m.allocate(PageUse.USER, 0)).toThrow(/out of physical memory/);
    expect(m.release(pages[5]!, nodeOfPage(pages[5]!))).toBe(true);
    expect(m.allocate(PageUse.USER, 0)).toBe(pages[5]);
  });
});
