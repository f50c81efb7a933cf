import { nsToTicks, msToTicks, Priority, type ModelRun, type Simulator } from '@disco/sim-kernel';

/**
 * A synthetic event source that exercises the kernel, pipeline and store
 * before any machine model exists: workers alternate busy periods and
 * messages to each other. Its numbers mean nothing about Disco.
 */
export interface SyntheticScenario {
  /** Workers, each shown as one CPU on its own node. */
  readonly workers: number;
  /** Mean busy time per unit of work, exponentially distributed (ns). */
  readonly meanWorkNs: number;
  /** Probability that a finished unit of work sends a message. */
  readonly messageProbability: number;
  /** Latency of a message (ns). */
  readonly messageLatencyNs: number;
  /** Simulated duration of the run (ms). */
  readonly durationMs: number;
}

export const syntheticScenarioSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['workers', 'meanWorkNs', 'messageProbability', 'messageLatencyNs', 'durationMs'],
  properties: {
    workers: { type: 'integer', minimum: 1, maximum: 1024 },
    meanWorkNs: { type: 'number', exclusiveMinimum: 0, maximum: 1e9 },
    messageProbability: { type: 'number', minimum: 0, maximum: 1 },
    messageLatencyNs: { type: 'number', minimum: 0, maximum: 1e9 },
    durationMs: { type: 'number', exclusiveMinimum: 0, maximum: 600_000 },
  },
} as const;

export function createSyntheticRun(sim: Simulator, scenario: SyntheticScenario): ModelRun {
  const durationTicks = msToTicks(scenario.durationMs);
  const meanWorkTicks = nsToTicks(scenario.meanWorkNs);
  const latencyTicks = nsToTicks(scenario.messageLatencyNs);
  const streams = Array.from({ length: scenario.workers }, (_, w) => sim.prng.stream(`synthetic/worker${w}`));
  const workDone = new Array<number>(scenario.workers).fill(0);

  const work = (worker: number) => {
    const prng = streams[worker]!;
    const busyTicks = Math.max(1, Math.round(prng.exponential(meanWorkTicks)));
    sim.after(busyTicks, Priority.CPU, () => {
      workDone[worker]!++;
      sim.emit('SyntheticWorkDone', { worker, workUnits: workDone[worker]!, busyTicks, value: prng.nextU32() }, worker, worker);
      if (scenario.workers > 1 && prng.chance(scenario.messageProbability)) {
        const toWorker = (worker + prng.int(1, scenario.workers)) % scenario.workers;
        sim.emit('SyntheticMessageSent', { fromWorker: worker, toWorker, bytes: 64 * prng.int(1, 65), latencyTicks }, worker, worker);
      }
      work(worker);
    });
  };

  return {
    cpus: scenario.workers,
    nodes: scenario.workers,
    vms: 0,
    durationTicks,
    start: () => {
      for (let w = 0; w < scenario.workers; w++) work(w);
    },
  };
}
