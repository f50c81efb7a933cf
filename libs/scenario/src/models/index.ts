import type { ModelDefinition } from '../model-definition';
import { discoIrixModel } from './disco-irix/disco-irix-model';
import { discoSyntheticModel } from './disco-synthetic/disco-synthetic-model';
import { hardwareModel } from './hardware/hardware-model';
import { irixModel } from './irix/irix-model';
import { syntheticModel } from './synthetic/synthetic-model-definition';

/** Every model a scenario may name, one line each. */
export const MODEL_DEFINITIONS: readonly ModelDefinition[] = [syntheticModel, hardwareModel, irixModel, discoIrixModel, discoSyntheticModel];
