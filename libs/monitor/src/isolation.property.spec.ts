import fc from 'fast-check';
import type { DiscoOptions } from './disco';
import { commandsConstraints, monitorCommands, newPropertySystem, propertyParameters } from './testing';
import { IsolationModel } from './testing/isolation-model';
import { PROPERTY_PAGES, PROPERTY_VMS } from './testing/property-system';

function isolationProperty(options: DiscoOptions) {
  return fc.property(fc.commands(monitorCommands(), commandsConstraints()), (cmds) => {
    const real = newPropertySystem(options);
    fc.modelRun(() => ({ model: new IsolationModel(PROPERTY_VMS, PROPERTY_PAGES), real }), cmds);
  });
}

describe('copy-on-write, replication and migration against a model of what each VM sees', () => {
  it('keeps isolation, read-only sharing, identical replicas and no stale translation', () => {
    fc.assert(isolationProperty({}), propertyParameters(60));
  });

  it('canary: a monitor that skips one shootdown is caught', () => {
    expect(() => fc.assert(isolationProperty({ faults: { skipOneShootdown: true } }), propertyParameters(60))).toThrow(/Property failed/);
  });
});
