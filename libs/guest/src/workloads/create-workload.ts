import type { Prng } from '@disco/sim-kernel';
import type { FileSystem } from '../kernel/file-system';
import type { GuestScenario } from '../scenario/guest-scenario';
import { createPmake } from './pmake';
import type { Workload, WorkloadHooks } from './workload';

/** The workload a scenario names, sized by its `scale`. */
export function createWorkload(section: GuestScenario, fs: FileSystem, random: (name: string) => Prng, hooks: WorkloadHooks): Workload {
  const scale = section.scale;
  switch (section.workload) {
    case 'pmake':
      return createPmake(
        fs,
        { files: Math.max(2, Math.round(4 * scale)), jobs: 2, instances: section.instances, cc1Instructions: 1_500_000, firstSourceDisk: Math.min(1, fs.disks - 1) },
        random,
        hooks,
      );
    default:
      throw new Error(`workload ${section.workload} not built yet`);
  }
}
