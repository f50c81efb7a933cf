import fc from 'fast-check';
import { EventQueue, Priority } from './event-queue';

describe('EventQueue', () => {
  it('pops in (tick, priority, insertion) order for any insertion sequence', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(50), fc.constantFrom(...Object.values(Priority))), { maxLength: 300 }), (items) => {
        const queue = new EventQueue();
        items.forEach(([tick, priority], index) => queue.push(tick, priority, () => index));
        const popped: number[] = [];
        for (let e = queue.pop(); e !== undefined; e = queue.pop()) popped.push(e.action() as unknown as number);
        const expected = items
          .map(([tick, priority], index) => ({ tick, priority, index }))
          .sort((a, b) => a.tick - b.tick || a.priority - b.priority || a.index - b.index)
          .map((x) => x.index);
        expect(popped).toEqual(expected);
      }),
    );
  });

  it('matches a sorted-list model under interleaved pushes and pops, size and next tick included (entries are reused, a pop leaves a hole the next push fills)', () => {
    type Op = { push: [number, number] } | { pop: true };
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ push: fc.tuple(fc.nat(20), fc.constantFrom(...Object.values(Priority))) }),
      fc.constant({ pop: true as const }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const queue = new EventQueue();
        const model: { tick: number; priority: number; id: number }[] = [];
        let id = 0;
        for (const o of ops) {
          if ('push' in o) {
            const me = id++;
            queue.push(o.push[0], o.push[1], () => me);
            model.push({ tick: o.push[0], priority: o.push[1], id: me });
            model.sort((a, b) => a.tick - b.tick || a.priority - b.priority || a.id - b.id);
          } else if (model.length > 0) {
            const expected = model.shift()!;
            const action = queue.popAction();
            expect([queue.poppedTick, action()]).toEqual([expected.tick, expected.id]);
          }
          expect(queue.size).toBe(model.length);
          expect(queue.peekTick()).toBe(model[0]?.tick ?? Infinity);
        }
      }),
    );
  });

  it('refuses a negative or fractional tick', () => {
    const queue = new EventQueue();
    expect(() => queue.push(-1, Priority.CPU, () => undefined)).toThrow(/tick/);
    expect(() => queue.push(1.5, Priority.CPU, () => undefined)).toThrow(/tick/);
  });

  it('reports Infinity as the next tick when empty', () => {
    const queue = new EventQueue();
    expect(queue.peekTick()).toBe(Infinity);
    queue.push(7, Priority.CPU, () => undefined);
    expect(queue.peekTick()).toBe(7);
  });
});
