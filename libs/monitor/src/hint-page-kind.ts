import type { KernelCpu } from '@disco/hardware';
import type { PageKind } from './page-kind';
import { Vcpu } from './vm';

/**
 * The guest's footprint hint: what a physical page holds. A no-op on the
 * bare machine, so an OS model can call it unconditionally.
 */
export function hintPageKind(cpu: KernelCpu, physicalPage: number, kind: PageKind): void {
  if (cpu instanceof Vcpu) cpu.vm.classifyPage(physicalPage, kind);
}
