import { configure, util } from 'protobufjs/minimal';

// Decode 64-bit fields as JavaScript numbers, not Long objects: ticks and seqs
// are safe integers by construction (see sim-kernel/time.ts). Imported before
// the generated code, which computes its 64-bit defaults when it loads.
util.Long = undefined as unknown as typeof util.Long;
configure();
