import { defineModel } from '../../model-definition';
import { ScenarioError } from '../../scenario-error';
import { GUEST_RUN_DEFAULTS, guestRunProperties } from '../run-fields';
import { createIrixRun, type IrixSection } from './create-irix-run';

/** The IRIX-like OS (libs/guest) running a workload natively on the bare ccNUMA machine. */
export const irixModel = defineModel<IrixSection>({
  name: 'irix',
  description: 'the IRIX-like OS running a workload natively on the bare ccNUMA machine (libs/guest)',
  uses: ['machine', 'guest'],
  schema: { title: 'irix', description: 'a native run of the IRIX-like OS', type: 'object', additionalProperties: false, properties: guestRunProperties },
  withDefaults: (section) => ({ ...GUEST_RUN_DEFAULTS, ...section }),
  check: (_section, { guest }) => {
    if (guest.os !== 'irix') throw new ScenarioError(`/guest/os: '${guest.os}' runs on Disco only (model disco-irix)`);
  },
  create: createIrixRun,
});
