import { defineModel } from '../../model-definition';
import { workloadSizeProblem } from '@disco/guest';
import { ScenarioError } from '../../scenario-error';
import { checkWiredEntry, workloadSizesOfGuest } from '../../sections/guest-section';
import { GUEST_RUN_DEFAULTS, guestRunProperties } from '../run-fields';
import { createIrixRun, type IrixSection } from './create-irix-run';

/** The IRIX-like OS (libs/guest) running a workload natively on the bare ccNUMA machine. */
export const irixModel = defineModel<IrixSection>({
  name: 'irix',
  description: 'the IRIX-like OS running a workload natively on the bare ccNUMA machine (libs/guest)',
  uses: ['machine', 'guest'],
  schema: { title: 'irix', description: 'a native run of the IRIX-like OS', type: 'object', additionalProperties: false, properties: guestRunProperties },
  withDefaults: (section) => ({ ...GUEST_RUN_DEFAULTS, ...section }),
  check: (_section, { machine, guest }) => {
    if (guest.os !== 'irix') throw new ScenarioError(`/guest/os: '${guest.os}' runs on Disco only (model disco-irix)`);
    const size = workloadSizeProblem({ workload: guest.workload, cpus: machine.cpus as number, scale: guest.scale, instances: guest.instances, sizes: workloadSizesOfGuest(guest) });
    if (size !== null) throw new ScenarioError(`/guest: ${size}`);
    checkWiredEntry(machine, guest);
  },
  create: createIrixRun,
});
