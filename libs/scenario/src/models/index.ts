import type { ModelDefinition } from '../model-definition';
import { discoIrixModel } from './disco-irix';
import { discoSyntheticModel } from './disco-synthetic';
import { hardwareModel } from './hardware';
import { irixModel } from './irix';
import { syntheticModel } from './synthetic';

/** Every model a scenario may name, one line each. */
export const MODEL_DEFINITIONS: readonly ModelDefinition[] = [
  syntheticModel,
  hardwareModel,
  irixModel,
  discoIrixModel,
  discoSyntheticModel,
];
