import { assert, usToTicks, type ModelRun, type Simulator } from '@disco/sim-kernel';
import { CpuMode, Machine, PAGE_BYTES, PageTableHandler } from '@disco/hardware';
import type { SharedSections } from '../../model-definition';
import { hardwareConfigOf } from '../../sections/machine-section';
import type { HardwareScenario } from './hardware-section';
import { SyntheticStream, type StreamLayout } from './synthetic-stream';

/** Virtual layout: code, then private regions, then the shared region, each page aligned. */
const CODE_BASE = 0x0040_0000;

export interface HardwareRun extends ModelRun {
  readonly machine: Machine;
}

/** Builds the machine of a `hardware` scenario and drives its synthetic streams. */
export function createHardwareRun(sim: Simulator, section: HardwareScenario, shared: Pick<SharedSections, 'machine'>): HardwareRun {
  const machine = new Machine(sim, hardwareConfigOf(shared.machine));
  const cpus = machine.nodes;
  const layouts = buildLayouts(section, cpus);
  const handler = mapLayouts(machine, section, layouts);
  const durationTicks = usToTicks(section.durationUs);
  return {
    machine,
    cpus,
    nodes: cpus,
    vms: 0,
    durationTicks,
    start(): void {
      machine.startSampling(usToTicks(section.sampleIntervalUs));
      machine.startMissCounterReset();
      for (const cpu of machine.cpus) {
        cpu.handler = handler;
        cpu.mode = CpuMode.USER;
        const layout = layouts[cpu.id] as StreamLayout;
        cpu.run(new SyntheticStream(layout, section, sim.prng.stream(`hardware/stream/${cpu.id}`)));
      }
    },
    finish(): void {
      machine.sample();
    },
  };
}

const roundToPages = (kb: number): number => Math.ceil((kb * 1024) / PAGE_BYTES) * PAGE_BYTES;

function buildLayouts(section: HardwareScenario, cpus: number): StreamLayout[] {
  const codeBytes = roundToPages(section.codeKb);
  const privateBytes = roundToPages(section.privateKb);
  const sharedBytes = roundToPages(section.sharedKb);
  const privateStart = CODE_BASE + codeBytes * cpus;
  const sharedBase = privateStart + privateBytes * cpus;
  assert(sharedBase + sharedBytes < 0x8000_0000, 'synthetic layout exceeds the user segment');
  return Array.from({ length: cpus }, (_, cpu) => ({
    cpu,
    cpus: cpus,
    codeBase: CODE_BASE + cpu * codeBytes,
    codeBytes,
    privateBase: privateStart + cpu * privateBytes,
    privateBytes,
    sharedBase,
    sharedBytes,
  }));
}

/**
 * Maps code and private pages on each CPU's node and shared pages by the
 * placement rule. Page colouring (as IRIX does): a virtual page gets a
 * machine page of the same L2 colour, so contiguous virtual regions do not
 * collide in the physically indexed L2 merely because nodes' memories start
 * at the same colour.
 */
function mapLayouts(machine: Machine, section: HardwareScenario, layouts: readonly StreamLayout[]): PageTableHandler {
  const last = layouts[layouts.length - 1] as StreamLayout;
  const handler = new PageTableHandler((last.sharedBase + last.sharedBytes) / PAGE_BYTES);
  const config = machine.config;
  const colors = Math.max(1, config.l2SizeBytes / config.l2Ways / PAGE_BYTES);
  const used = Array.from({ length: machine.nodes }, () => new Int32Array(colors));
  const allocate = (node: number, vpn: number): number => {
    const color = vpn % colors;
    const k = (used[node] as Int32Array)[color]++;
    const index = k * colors + color;
    assert(index < machine.pagesPerNode, `node ${node} out of memory`);
    return machine.firstPageOf(node) + index;
  };
  const mapRange = (base: number, bytes: number, nodeOf: (page: number) => number): void => {
    for (let p = 0; p < bytes / PAGE_BYTES; p++) handler.map(base / PAGE_BYTES + p, allocate(nodeOf(p), base / PAGE_BYTES + p));
  };
  for (const l of layouts) {
    mapRange(l.codeBase, l.codeBytes, () => l.cpu);
    mapRange(l.privateBase, l.privateBytes, () => l.cpu);
  }
  const first = layouts[0] as StreamLayout;
  mapRange(first.sharedBase, first.sharedBytes, (p) => (section.sharedPlacement === 'node0' ? 0 : p % machine.nodes));
  return handler;
}
