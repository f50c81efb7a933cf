import type { MonitorContext } from '../monitor-ports';
import { AutoNumaPolicy } from './autonuma-policy';
import { CarrefourPolicy } from './carrefour-policy';
import { DiscoPolicy } from './disco-policy';
import type { PageMover } from './page-mover';
import type { PlacementConfig } from './placement-config';
import type { PlacementPolicy } from './placement-policy';
import { ScheduledPolicy } from './scheduled-policy';
import { FirstTouchPolicy, NonePolicy, RoundRobinPolicy } from './static-policies';

/** The policy a placement config names, calling `mover` for its moves. */
export function createPlacementPolicy(ctx: MonitorContext, mover: PageMover, config: PlacementConfig): PlacementPolicy {
  switch (config.policy) {
    case 'disco':
      return new DiscoPolicy(ctx, mover);
    case 'none':
      return new NonePolicy();
    case 'first-touch':
      return new FirstTouchPolicy();
    case 'round-robin':
      return new RoundRobinPolicy(ctx.machine.nodes);
    case 'autonuma':
      return new AutoNumaPolicy(ctx, mover, config.autonuma);
    case 'carrefour':
      return new CarrefourPolicy(ctx, mover, config.carrefour);
    case 'scheduled':
      return new ScheduledPolicy(ctx, mover, config.schedule);
    default: {
      const unknown: never = config.policy;
      throw new Error(`unknown placement policy ${String(unknown)}`);
    }
  }
}
