/**
 * Path lengths of the kernel's services: instructions run in each routine, on
 * top of the memory references the code makes explicitly (PTEs, pfdats, lock
 * words, buffer headers, inodes, user buffers, pages zeroed or copied).
 *
 * Calibrated on the native uniprocessor machine so that pmake's per-invocation
 * times come out near Table 2 of the paper (DISCO.md §4); see README.md for the
 * method and the measured figures. Nothing under Disco is calibrated: there the
 * same paths run and the monitor's mechanisms decide what they cost.
 */
export const PATHS = {
  /** Registers saved and restored on a kernel entry from user mode. */
  savedRegisters: 24,
  utlbInstructions: 3,
  /** Slow TLB fault: vfault's region lookup and checks (QUICK_FAULT is this plus the drop-in). */
  vfaultInstructions: 1600,
  tlbDropInInstructions: 120,
  /** Demand-zero: page allocation under memlock, pfdat set-up. */
  pageAllocInstructions: 2100,
  pageFreeInstructions: 160,
  cowInstructions: 700,
  /** namei, per path component (dnlc hash, vnode lookup, permission checks). */
  nameiComponentInstructions: 1700,
  vnOpenInstructions: 4800,
  fallocInstructions: 600,
  createInstructions: 2500,
  closeInstructions: 900,
  readInstructions: 4000,
  writeInstructions: 500,
  bmapInstructions: 450,
  /** Per 8-byte word of copyin/copyout beyond the load and store themselves. */
  copyLoopInstructionsPerLine: 2,
  execInstructions: 90000,
  execPerTextPageInstructions: 120,
  forkInstructions: 9000,
  forkPerPageInstructions: 60,
  exitInstructions: 7000,
  waitInstructions: 1200,
  sprocInstructions: 6000,
  barrierInstructions: 500,
  swtchInstructions: 700,
  clockInstructions: 350,
  diskInterruptInstructions: 900,
  ipiInstructions: 150,
  bdflushInstructions: 400,
  /**
   * Sleeping on a busy semaphore (psema: interrupts off, the semaphore's
   * spinlock, count and queue updated, thread state set; the switch itself is
   * swtch). ASSUMPTION: 80 instructions, not calibrated (Table 2 has none).
   */
  psemaInstructions: 80,
  /** Releasing a semaphore with a sleeper (vsema: dequeue the first, setrun). ASSUMPTION: 60 instructions; the run-queue insert and the IPI are modelled beside it. */
  vsemaInstructions: 60,
} as const;
