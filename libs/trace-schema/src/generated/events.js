/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.disco = (function() {

    /**
     * Namespace disco.
     * @exports disco
     * @namespace
     */
    var disco = {};

    disco.trace = (function() {

        /**
         * Namespace trace.
         * @memberof disco
         * @namespace
         */
        var trace = {};

        trace.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof disco.trace
             * @namespace
             */
            var v1 = {};

            v1.Event = (function() {

                /**
                 * Properties of an Event.
                 * @typedef {Object} disco.trace.v1.Event.$Properties
                 * @property {number|null} [seq] Event seq
                 * @property {number|null} [tick] Event tick
                 * @property {number|null} [cpu] Event cpu
                 * @property {number|null} [node] Event node
                 * @property {number|null} [vm] Event vm
                 * @property {disco.trace.v1.RunStarted.$Properties|null} [runStarted] Event runStarted
                 * @property {disco.trace.v1.RunFinished.$Properties|null} [runFinished] Event runFinished
                 * @property {disco.trace.v1.SyntheticWorkDone.$Properties|null} [syntheticWorkDone] Event syntheticWorkDone
                 * @property {disco.trace.v1.SyntheticMessageSent.$Properties|null} [syntheticMessageSent] Event syntheticMessageSent
                 * @property {disco.trace.v1.CounterSample.$Properties|null} [counterSample] Event counterSample
                 * @property {disco.trace.v1.TlbMissed.$Properties|null} [tlbMissed] Event tlbMissed
                 * @property {disco.trace.v1.CacheMissed.$Properties|null} [cacheMissed] Event cacheMissed
                 * @property {disco.trace.v1.HotPageFlagged.$Properties|null} [hotPageFlagged] Event hotPageFlagged
                 * @property {disco.trace.v1.IpiSent.$Properties|null} [ipiSent] Event ipiSent
                 * @property {disco.trace.v1.DiskRequestCompleted.$Properties|null} [diskRequestCompleted] Event diskRequestCompleted
                 * @property {disco.trace.v1.NicPacketTransferred.$Properties|null} [nicPacketTransferred] Event nicPacketTransferred
                 * @property {disco.trace.v1.MissCountersReset.$Properties|null} [missCountersReset] Event missCountersReset
                 * @property {disco.trace.v1.ExecutionSample.$Properties|null} [executionSample] Event executionSample
                 * @property {disco.trace.v1.KernelServiceCompleted.$Properties|null} [kernelServiceCompleted] Event kernelServiceCompleted
                 * @property {disco.trace.v1.KernelServiceSampled.$Properties|null} [kernelServiceSampled] Event kernelServiceSampled
                 * @property {disco.trace.v1.ProcessForked.$Properties|null} [processForked] Event processForked
                 * @property {disco.trace.v1.ProcessExeced.$Properties|null} [processExeced] Event processExeced
                 * @property {disco.trace.v1.ProcessExited.$Properties|null} [processExited] Event processExited
                 * @property {disco.trace.v1.LockContentionSampled.$Properties|null} [lockContentionSampled] Event lockContentionSampled
                 * @property {disco.trace.v1.LockSpun.$Properties|null} [lockSpun] Event lockSpun
                 * @property {disco.trace.v1.BufferCacheSampled.$Properties|null} [bufferCacheSampled] Event bufferCacheSampled
                 * @property {disco.trace.v1.ThreadScheduled.$Properties|null} [threadScheduled] Event threadScheduled
                 * @property {disco.trace.v1.WorkloadPhaseChanged.$Properties|null} [workloadPhaseChanged] Event workloadPhaseChanged
                 * @property {disco.trace.v1.GuestMemorySampled.$Properties|null} [guestMemorySampled] Event guestMemorySampled
                 * @property {"runStarted"|"runFinished"|"syntheticWorkDone"|"syntheticMessageSent"|"counterSample"|"tlbMissed"|"cacheMissed"|"hotPageFlagged"|"ipiSent"|"diskRequestCompleted"|"nicPacketTransferred"|"missCountersReset"|"executionSample"|"kernelServiceCompleted"|"kernelServiceSampled"|"processForked"|"processExeced"|"processExited"|"lockContentionSampled"|"lockSpun"|"bufferCacheSampled"|"threadScheduled"|"workloadPhaseChanged"|"guestMemorySampled"} [payload] Event payload
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Event.
                 * @memberof disco.trace.v1
                 * @interface IEvent
                 * @augments disco.trace.v1.Event.$Properties
                 * @deprecated Use disco.trace.v1.Event.$Properties instead.
                 */

                /**
                 * Narrowed shape of an Event.
                 * @typedef {{
                 *   seq?: number|null;
                 *   tick?: number|null;
                 *   cpu?: number|null;
                 *   node?: number|null;
                 *   vm?: number|null;
                 *   runStarted?: disco.trace.v1.RunStarted.$Shape|null;
                 *   runFinished?: disco.trace.v1.RunFinished.$Shape|null;
                 *   syntheticWorkDone?: disco.trace.v1.SyntheticWorkDone.$Shape|null;
                 *   syntheticMessageSent?: disco.trace.v1.SyntheticMessageSent.$Shape|null;
                 *   counterSample?: disco.trace.v1.CounterSample.$Shape|null;
                 *   tlbMissed?: disco.trace.v1.TlbMissed.$Shape|null;
                 *   cacheMissed?: disco.trace.v1.CacheMissed.$Shape|null;
                 *   hotPageFlagged?: disco.trace.v1.HotPageFlagged.$Shape|null;
                 *   ipiSent?: disco.trace.v1.IpiSent.$Shape|null;
                 *   diskRequestCompleted?: disco.trace.v1.DiskRequestCompleted.$Shape|null;
                 *   nicPacketTransferred?: disco.trace.v1.NicPacketTransferred.$Shape|null;
                 *   missCountersReset?: disco.trace.v1.MissCountersReset.$Shape|null;
                 *   executionSample?: disco.trace.v1.ExecutionSample.$Shape|null;
                 *   kernelServiceCompleted?: disco.trace.v1.KernelServiceCompleted.$Shape|null;
                 *   kernelServiceSampled?: disco.trace.v1.KernelServiceSampled.$Shape|null;
                 *   processForked?: disco.trace.v1.ProcessForked.$Shape|null;
                 *   processExeced?: disco.trace.v1.ProcessExeced.$Shape|null;
                 *   processExited?: disco.trace.v1.ProcessExited.$Shape|null;
                 *   lockContentionSampled?: disco.trace.v1.LockContentionSampled.$Shape|null;
                 *   lockSpun?: disco.trace.v1.LockSpun.$Shape|null;
                 *   bufferCacheSampled?: disco.trace.v1.BufferCacheSampled.$Shape|null;
                 *   threadScheduled?: disco.trace.v1.ThreadScheduled.$Shape|null;
                 *   workloadPhaseChanged?: disco.trace.v1.WorkloadPhaseChanged.$Shape|null;
                 *   guestMemorySampled?: disco.trace.v1.GuestMemorySampled.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ payload?: undefined; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "runStarted"; runStarted: disco.trace.v1.RunStarted.$Shape; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "runFinished"; runStarted?: null; runFinished: disco.trace.v1.RunFinished.$Shape; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "syntheticWorkDone"; runStarted?: null; runFinished?: null; syntheticWorkDone: disco.trace.v1.SyntheticWorkDone.$Shape; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "syntheticMessageSent"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent: disco.trace.v1.SyntheticMessageSent.$Shape; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "counterSample"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample: disco.trace.v1.CounterSample.$Shape; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "tlbMissed"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed: disco.trace.v1.TlbMissed.$Shape; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "cacheMissed"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed: disco.trace.v1.CacheMissed.$Shape; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "hotPageFlagged"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged: disco.trace.v1.HotPageFlagged.$Shape; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "ipiSent"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent: disco.trace.v1.IpiSent.$Shape; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "diskRequestCompleted"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted: disco.trace.v1.DiskRequestCompleted.$Shape; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "nicPacketTransferred"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred: disco.trace.v1.NicPacketTransferred.$Shape; missCountersReset?: null; executionSample?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "missCountersReset"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset: disco.trace.v1.MissCountersReset.$Shape; executionSample?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "executionSample"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample: disco.trace.v1.ExecutionSample.$Shape; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "kernelServiceCompleted"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; kernelServiceCompleted: disco.trace.v1.KernelServiceCompleted.$Shape; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "kernelServiceSampled"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; kernelServiceCompleted?: null; kernelServiceSampled: disco.trace.v1.KernelServiceSampled.$Shape; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "processForked"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked: disco.trace.v1.ProcessForked.$Shape; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "processExeced"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced: disco.trace.v1.ProcessExeced.$Shape; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "processExited"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited: disco.trace.v1.ProcessExited.$Shape; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "lockContentionSampled"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled: disco.trace.v1.LockContentionSampled.$Shape; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "lockSpun"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun: disco.trace.v1.LockSpun.$Shape; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "bufferCacheSampled"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled: disco.trace.v1.BufferCacheSampled.$Shape; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "threadScheduled"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled: disco.trace.v1.ThreadScheduled.$Shape; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "workloadPhaseChanged"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged: disco.trace.v1.WorkloadPhaseChanged.$Shape; guestMemorySampled?: null }|{ payload?: "guestMemorySampled"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled: disco.trace.v1.GuestMemorySampled.$Shape })
                 * )} disco.trace.v1.Event.$Shape
                 */

                /**
                 * Constructs a new Event.
                 * @memberof disco.trace.v1
                 * @classdesc Represents an Event.
                 * @constructor
                 * @param {disco.trace.v1.Event.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Event = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Event seq.
                 * @member {number} seq
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Event tick.
                 * @member {number} tick
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.tick = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Event cpu.
                 * @member {number} cpu
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.cpu = 0;

                /**
                 * Event node.
                 * @member {number} node
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.node = 0;

                /**
                 * Event vm.
                 * @member {number} vm
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.vm = 0;

                /**
                 * Event runStarted.
                 * @member {disco.trace.v1.RunStarted.$Properties|null|undefined} runStarted
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.runStarted = null;

                /**
                 * Event runFinished.
                 * @member {disco.trace.v1.RunFinished.$Properties|null|undefined} runFinished
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.runFinished = null;

                /**
                 * Event syntheticWorkDone.
                 * @member {disco.trace.v1.SyntheticWorkDone.$Properties|null|undefined} syntheticWorkDone
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.syntheticWorkDone = null;

                /**
                 * Event syntheticMessageSent.
                 * @member {disco.trace.v1.SyntheticMessageSent.$Properties|null|undefined} syntheticMessageSent
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.syntheticMessageSent = null;

                /**
                 * Event counterSample.
                 * @member {disco.trace.v1.CounterSample.$Properties|null|undefined} counterSample
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.counterSample = null;

                /**
                 * Event tlbMissed.
                 * @member {disco.trace.v1.TlbMissed.$Properties|null|undefined} tlbMissed
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.tlbMissed = null;

                /**
                 * Event cacheMissed.
                 * @member {disco.trace.v1.CacheMissed.$Properties|null|undefined} cacheMissed
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.cacheMissed = null;

                /**
                 * Event hotPageFlagged.
                 * @member {disco.trace.v1.HotPageFlagged.$Properties|null|undefined} hotPageFlagged
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.hotPageFlagged = null;

                /**
                 * Event ipiSent.
                 * @member {disco.trace.v1.IpiSent.$Properties|null|undefined} ipiSent
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.ipiSent = null;

                /**
                 * Event diskRequestCompleted.
                 * @member {disco.trace.v1.DiskRequestCompleted.$Properties|null|undefined} diskRequestCompleted
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.diskRequestCompleted = null;

                /**
                 * Event nicPacketTransferred.
                 * @member {disco.trace.v1.NicPacketTransferred.$Properties|null|undefined} nicPacketTransferred
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.nicPacketTransferred = null;

                /**
                 * Event missCountersReset.
                 * @member {disco.trace.v1.MissCountersReset.$Properties|null|undefined} missCountersReset
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.missCountersReset = null;

                /**
                 * Event executionSample.
                 * @member {disco.trace.v1.ExecutionSample.$Properties|null|undefined} executionSample
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.executionSample = null;

                /**
                 * Event kernelServiceCompleted.
                 * @member {disco.trace.v1.KernelServiceCompleted.$Properties|null|undefined} kernelServiceCompleted
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.kernelServiceCompleted = null;

                /**
                 * Event kernelServiceSampled.
                 * @member {disco.trace.v1.KernelServiceSampled.$Properties|null|undefined} kernelServiceSampled
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.kernelServiceSampled = null;

                /**
                 * Event processForked.
                 * @member {disco.trace.v1.ProcessForked.$Properties|null|undefined} processForked
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.processForked = null;

                /**
                 * Event processExeced.
                 * @member {disco.trace.v1.ProcessExeced.$Properties|null|undefined} processExeced
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.processExeced = null;

                /**
                 * Event processExited.
                 * @member {disco.trace.v1.ProcessExited.$Properties|null|undefined} processExited
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.processExited = null;

                /**
                 * Event lockContentionSampled.
                 * @member {disco.trace.v1.LockContentionSampled.$Properties|null|undefined} lockContentionSampled
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.lockContentionSampled = null;

                /**
                 * Event lockSpun.
                 * @member {disco.trace.v1.LockSpun.$Properties|null|undefined} lockSpun
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.lockSpun = null;

                /**
                 * Event bufferCacheSampled.
                 * @member {disco.trace.v1.BufferCacheSampled.$Properties|null|undefined} bufferCacheSampled
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.bufferCacheSampled = null;

                /**
                 * Event threadScheduled.
                 * @member {disco.trace.v1.ThreadScheduled.$Properties|null|undefined} threadScheduled
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.threadScheduled = null;

                /**
                 * Event workloadPhaseChanged.
                 * @member {disco.trace.v1.WorkloadPhaseChanged.$Properties|null|undefined} workloadPhaseChanged
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.workloadPhaseChanged = null;

                /**
                 * Event guestMemorySampled.
                 * @member {disco.trace.v1.GuestMemorySampled.$Properties|null|undefined} guestMemorySampled
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.guestMemorySampled = null;

                // OneOf field names bound to virtual getters and setters
                var $oneOfFields;

                /**
                 * Event payload.
                 * @member {"runStarted"|"runFinished"|"syntheticWorkDone"|"syntheticMessageSent"|"counterSample"|"tlbMissed"|"cacheMissed"|"hotPageFlagged"|"ipiSent"|"diskRequestCompleted"|"nicPacketTransferred"|"missCountersReset"|"executionSample"|"kernelServiceCompleted"|"kernelServiceSampled"|"processForked"|"processExeced"|"processExited"|"lockContentionSampled"|"lockSpun"|"bufferCacheSampled"|"threadScheduled"|"workloadPhaseChanged"|"guestMemorySampled"|undefined} payload
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                $Object.defineProperty(Event.prototype, "payload", {
                    get: $util.oneOfGetter($oneOfFields = ["runStarted", "runFinished", "syntheticWorkDone", "syntheticMessageSent", "counterSample", "tlbMissed", "cacheMissed", "hotPageFlagged", "ipiSent", "diskRequestCompleted", "nicPacketTransferred", "missCountersReset", "executionSample", "kernelServiceCompleted", "kernelServiceSampled", "processForked", "processExeced", "processExited", "lockContentionSampled", "lockSpun", "bufferCacheSampled", "threadScheduled", "workloadPhaseChanged", "guestMemorySampled"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Encodes the specified Event message. Does not implicitly {@link disco.trace.v1.Event.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.Event
                 * @static
                 * @param {disco.trace.v1.Event.$Properties} message Event message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Event.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                    if (message.tick != null && $Object.hasOwnProperty.call(message, "tick") && (typeof message.tick === "object" ? message.tick.low || message.tick.high : message.tick !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.tick);
                    if (message.cpu != null && $Object.hasOwnProperty.call(message, "cpu") && message.cpu !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.cpu);
                    if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).sint32(message.node);
                    if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).sint32(message.vm);
                    if (message.runStarted != null && $Object.hasOwnProperty.call(message, "runStarted"))
                        $root.disco.trace.v1.RunStarted.encode(message.runStarted, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                    if (message.runFinished != null && $Object.hasOwnProperty.call(message, "runFinished"))
                        $root.disco.trace.v1.RunFinished.encode(message.runFinished, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                    if (message.syntheticWorkDone != null && $Object.hasOwnProperty.call(message, "syntheticWorkDone"))
                        $root.disco.trace.v1.SyntheticWorkDone.encode(message.syntheticWorkDone, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                    if (message.syntheticMessageSent != null && $Object.hasOwnProperty.call(message, "syntheticMessageSent"))
                        $root.disco.trace.v1.SyntheticMessageSent.encode(message.syntheticMessageSent, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                    if (message.counterSample != null && $Object.hasOwnProperty.call(message, "counterSample"))
                        $root.disco.trace.v1.CounterSample.encode(message.counterSample, writer.uint32(/* id 32, wireType 2 =*/258).fork(), _depth + 1).ldelim();
                    if (message.tlbMissed != null && $Object.hasOwnProperty.call(message, "tlbMissed"))
                        $root.disco.trace.v1.TlbMissed.encode(message.tlbMissed, writer.uint32(/* id 33, wireType 2 =*/266).fork(), _depth + 1).ldelim();
                    if (message.cacheMissed != null && $Object.hasOwnProperty.call(message, "cacheMissed"))
                        $root.disco.trace.v1.CacheMissed.encode(message.cacheMissed, writer.uint32(/* id 34, wireType 2 =*/274).fork(), _depth + 1).ldelim();
                    if (message.hotPageFlagged != null && $Object.hasOwnProperty.call(message, "hotPageFlagged"))
                        $root.disco.trace.v1.HotPageFlagged.encode(message.hotPageFlagged, writer.uint32(/* id 35, wireType 2 =*/282).fork(), _depth + 1).ldelim();
                    if (message.ipiSent != null && $Object.hasOwnProperty.call(message, "ipiSent"))
                        $root.disco.trace.v1.IpiSent.encode(message.ipiSent, writer.uint32(/* id 36, wireType 2 =*/290).fork(), _depth + 1).ldelim();
                    if (message.diskRequestCompleted != null && $Object.hasOwnProperty.call(message, "diskRequestCompleted"))
                        $root.disco.trace.v1.DiskRequestCompleted.encode(message.diskRequestCompleted, writer.uint32(/* id 37, wireType 2 =*/298).fork(), _depth + 1).ldelim();
                    if (message.nicPacketTransferred != null && $Object.hasOwnProperty.call(message, "nicPacketTransferred"))
                        $root.disco.trace.v1.NicPacketTransferred.encode(message.nicPacketTransferred, writer.uint32(/* id 38, wireType 2 =*/306).fork(), _depth + 1).ldelim();
                    if (message.missCountersReset != null && $Object.hasOwnProperty.call(message, "missCountersReset"))
                        $root.disco.trace.v1.MissCountersReset.encode(message.missCountersReset, writer.uint32(/* id 39, wireType 2 =*/314).fork(), _depth + 1).ldelim();
                    if (message.executionSample != null && $Object.hasOwnProperty.call(message, "executionSample"))
                        $root.disco.trace.v1.ExecutionSample.encode(message.executionSample, writer.uint32(/* id 40, wireType 2 =*/322).fork(), _depth + 1).ldelim();
                    if (message.kernelServiceCompleted != null && $Object.hasOwnProperty.call(message, "kernelServiceCompleted"))
                        $root.disco.trace.v1.KernelServiceCompleted.encode(message.kernelServiceCompleted, writer.uint32(/* id 128, wireType 2 =*/1026).fork(), _depth + 1).ldelim();
                    if (message.kernelServiceSampled != null && $Object.hasOwnProperty.call(message, "kernelServiceSampled"))
                        $root.disco.trace.v1.KernelServiceSampled.encode(message.kernelServiceSampled, writer.uint32(/* id 129, wireType 2 =*/1034).fork(), _depth + 1).ldelim();
                    if (message.processForked != null && $Object.hasOwnProperty.call(message, "processForked"))
                        $root.disco.trace.v1.ProcessForked.encode(message.processForked, writer.uint32(/* id 130, wireType 2 =*/1042).fork(), _depth + 1).ldelim();
                    if (message.processExeced != null && $Object.hasOwnProperty.call(message, "processExeced"))
                        $root.disco.trace.v1.ProcessExeced.encode(message.processExeced, writer.uint32(/* id 131, wireType 2 =*/1050).fork(), _depth + 1).ldelim();
                    if (message.processExited != null && $Object.hasOwnProperty.call(message, "processExited"))
                        $root.disco.trace.v1.ProcessExited.encode(message.processExited, writer.uint32(/* id 132, wireType 2 =*/1058).fork(), _depth + 1).ldelim();
                    if (message.lockContentionSampled != null && $Object.hasOwnProperty.call(message, "lockContentionSampled"))
                        $root.disco.trace.v1.LockContentionSampled.encode(message.lockContentionSampled, writer.uint32(/* id 133, wireType 2 =*/1066).fork(), _depth + 1).ldelim();
                    if (message.lockSpun != null && $Object.hasOwnProperty.call(message, "lockSpun"))
                        $root.disco.trace.v1.LockSpun.encode(message.lockSpun, writer.uint32(/* id 134, wireType 2 =*/1074).fork(), _depth + 1).ldelim();
                    if (message.bufferCacheSampled != null && $Object.hasOwnProperty.call(message, "bufferCacheSampled"))
                        $root.disco.trace.v1.BufferCacheSampled.encode(message.bufferCacheSampled, writer.uint32(/* id 135, wireType 2 =*/1082).fork(), _depth + 1).ldelim();
                    if (message.threadScheduled != null && $Object.hasOwnProperty.call(message, "threadScheduled"))
                        $root.disco.trace.v1.ThreadScheduled.encode(message.threadScheduled, writer.uint32(/* id 136, wireType 2 =*/1090).fork(), _depth + 1).ldelim();
                    if (message.workloadPhaseChanged != null && $Object.hasOwnProperty.call(message, "workloadPhaseChanged"))
                        $root.disco.trace.v1.WorkloadPhaseChanged.encode(message.workloadPhaseChanged, writer.uint32(/* id 137, wireType 2 =*/1098).fork(), _depth + 1).ldelim();
                    if (message.guestMemorySampled != null && $Object.hasOwnProperty.call(message, "guestMemorySampled"))
                        $root.disco.trace.v1.GuestMemorySampled.encode(message.guestMemorySampled, writer.uint32(/* id 138, wireType 2 =*/1106).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Event message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.Event
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.Event & disco.trace.v1.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Event.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.disco.trace.v1.Event();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.seq = value;
                                else
                                    delete message.seq;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.tick = value;
                                else
                                    delete message.tick;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.sint32())
                                    message.cpu = value;
                                else
                                    delete message.cpu;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.sint32())
                                    message.node = value;
                                else
                                    delete message.node;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.sint32())
                                    message.vm = value;
                                else
                                    delete message.vm;
                                continue;
                            }
                        case 16: {
                                if (wireType !== 2)
                                    break;
                                message.runStarted = $root.disco.trace.v1.RunStarted.decode(reader, reader.size(), $undefined, _depth + 1, message.runStarted);
                                message.payload = "runStarted";
                                continue;
                            }
                        case 17: {
                                if (wireType !== 2)
                                    break;
                                message.runFinished = $root.disco.trace.v1.RunFinished.decode(reader, reader.size(), $undefined, _depth + 1, message.runFinished);
                                message.payload = "runFinished";
                                continue;
                            }
                        case 18: {
                                if (wireType !== 2)
                                    break;
                                message.syntheticWorkDone = $root.disco.trace.v1.SyntheticWorkDone.decode(reader, reader.size(), $undefined, _depth + 1, message.syntheticWorkDone);
                                message.payload = "syntheticWorkDone";
                                continue;
                            }
                        case 19: {
                                if (wireType !== 2)
                                    break;
                                message.syntheticMessageSent = $root.disco.trace.v1.SyntheticMessageSent.decode(reader, reader.size(), $undefined, _depth + 1, message.syntheticMessageSent);
                                message.payload = "syntheticMessageSent";
                                continue;
                            }
                        case 32: {
                                if (wireType !== 2)
                                    break;
                                message.counterSample = $root.disco.trace.v1.CounterSample.decode(reader, reader.size(), $undefined, _depth + 1, message.counterSample);
                                message.payload = "counterSample";
                                continue;
                            }
                        case 33: {
                                if (wireType !== 2)
                                    break;
                                message.tlbMissed = $root.disco.trace.v1.TlbMissed.decode(reader, reader.size(), $undefined, _depth + 1, message.tlbMissed);
                                message.payload = "tlbMissed";
                                continue;
                            }
                        case 34: {
                                if (wireType !== 2)
                                    break;
                                message.cacheMissed = $root.disco.trace.v1.CacheMissed.decode(reader, reader.size(), $undefined, _depth + 1, message.cacheMissed);
                                message.payload = "cacheMissed";
                                continue;
                            }
                        case 35: {
                                if (wireType !== 2)
                                    break;
                                message.hotPageFlagged = $root.disco.trace.v1.HotPageFlagged.decode(reader, reader.size(), $undefined, _depth + 1, message.hotPageFlagged);
                                message.payload = "hotPageFlagged";
                                continue;
                            }
                        case 36: {
                                if (wireType !== 2)
                                    break;
                                message.ipiSent = $root.disco.trace.v1.IpiSent.decode(reader, reader.size(), $undefined, _depth + 1, message.ipiSent);
                                message.payload = "ipiSent";
                                continue;
                            }
                        case 37: {
                                if (wireType !== 2)
                                    break;
                                message.diskRequestCompleted = $root.disco.trace.v1.DiskRequestCompleted.decode(reader, reader.size(), $undefined, _depth + 1, message.diskRequestCompleted);
                                message.payload = "diskRequestCompleted";
                                continue;
                            }
                        case 38: {
                                if (wireType !== 2)
                                    break;
                                message.nicPacketTransferred = $root.disco.trace.v1.NicPacketTransferred.decode(reader, reader.size(), $undefined, _depth + 1, message.nicPacketTransferred);
                                message.payload = "nicPacketTransferred";
                                continue;
                            }
                        case 39: {
                                if (wireType !== 2)
                                    break;
                                message.missCountersReset = $root.disco.trace.v1.MissCountersReset.decode(reader, reader.size(), $undefined, _depth + 1, message.missCountersReset);
                                message.payload = "missCountersReset";
                                continue;
                            }
                        case 40: {
                                if (wireType !== 2)
                                    break;
                                message.executionSample = $root.disco.trace.v1.ExecutionSample.decode(reader, reader.size(), $undefined, _depth + 1, message.executionSample);
                                message.payload = "executionSample";
                                continue;
                            }
                        case 128: {
                                if (wireType !== 2)
                                    break;
                                message.kernelServiceCompleted = $root.disco.trace.v1.KernelServiceCompleted.decode(reader, reader.size(), $undefined, _depth + 1, message.kernelServiceCompleted);
                                message.payload = "kernelServiceCompleted";
                                continue;
                            }
                        case 129: {
                                if (wireType !== 2)
                                    break;
                                message.kernelServiceSampled = $root.disco.trace.v1.KernelServiceSampled.decode(reader, reader.size(), $undefined, _depth + 1, message.kernelServiceSampled);
                                message.payload = "kernelServiceSampled";
                                continue;
                            }
                        case 130: {
                                if (wireType !== 2)
                                    break;
                                message.processForked = $root.disco.trace.v1.ProcessForked.decode(reader, reader.size(), $undefined, _depth + 1, message.processForked);
                                message.payload = "processForked";
                                continue;
                            }
                        case 131: {
                                if (wireType !== 2)
                                    break;
                                message.processExeced = $root.disco.trace.v1.ProcessExeced.decode(reader, reader.size(), $undefined, _depth + 1, message.processExeced);
                                message.payload = "processExeced";
                                continue;
                            }
                        case 132: {
                                if (wireType !== 2)
                                    break;
                                message.processExited = $root.disco.trace.v1.ProcessExited.decode(reader, reader.size(), $undefined, _depth + 1, message.processExited);
                                message.payload = "processExited";
                                continue;
                            }
                        case 133: {
                                if (wireType !== 2)
                                    break;
                                message.lockContentionSampled = $root.disco.trace.v1.LockContentionSampled.decode(reader, reader.size(), $undefined, _depth + 1, message.lockContentionSampled);
                                message.payload = "lockContentionSampled";
                                continue;
                            }
                        case 134: {
                                if (wireType !== 2)
                                    break;
                                message.lockSpun = $root.disco.trace.v1.LockSpun.decode(reader, reader.size(), $undefined, _depth + 1, message.lockSpun);
                                message.payload = "lockSpun";
                                continue;
                            }
                        case 135: {
                                if (wireType !== 2)
                                    break;
                                message.bufferCacheSampled = $root.disco.trace.v1.BufferCacheSampled.decode(reader, reader.size(), $undefined, _depth + 1, message.bufferCacheSampled);
                                message.payload = "bufferCacheSampled";
                                continue;
                            }
                        case 136: {
                                if (wireType !== 2)
                                    break;
                                message.threadScheduled = $root.disco.trace.v1.ThreadScheduled.decode(reader, reader.size(), $undefined, _depth + 1, message.threadScheduled);
                                message.payload = "threadScheduled";
                                continue;
                            }
                        case 137: {
                                if (wireType !== 2)
                                    break;
                                message.workloadPhaseChanged = $root.disco.trace.v1.WorkloadPhaseChanged.decode(reader, reader.size(), $undefined, _depth + 1, message.workloadPhaseChanged);
                                message.payload = "workloadPhaseChanged";
                                continue;
                            }
                        case 138: {
                                if (wireType !== 2)
                                    break;
                                message.guestMemorySampled = $root.disco.trace.v1.GuestMemorySampled.decode(reader, reader.size(), $undefined, _depth + 1, message.guestMemorySampled);
                                message.payload = "guestMemorySampled";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return Event;
            })();

            v1.Batch = (function() {

                /**
                 * Properties of a Batch.
                 * @typedef {Object} disco.trace.v1.Batch.$Properties
                 * @property {number|null} [index] Batch index
                 * @property {number|null} [firstSeq] Batch firstSeq
                 * @property {Array.<disco.trace.v1.Event.$Properties>|null} [events] Batch events
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Batch.
                 * @memberof disco.trace.v1
                 * @interface IBatch
                 * @augments disco.trace.v1.Batch.$Properties
                 * @deprecated Use disco.trace.v1.Batch.$Properties instead.
                 */

                /**
                 * Shape of a Batch.
                 * @typedef {{
                 *   index?: number|null;
                 *   firstSeq?: number|null;
                 *   events?: Array.<disco.trace.v1.Event.$Shape>|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} disco.trace.v1.Batch.$Shape
                 */

                /**
                 * Constructs a new Batch.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a Batch.
                 * @constructor
                 * @param {disco.trace.v1.Batch.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Batch = function (properties) {
                    this.events = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Batch index.
                 * @member {number} index
                 * @memberof disco.trace.v1.Batch
                 * @instance
                 */
                Batch.prototype.index = 0;

                /**
                 * Batch firstSeq.
                 * @member {number} firstSeq
                 * @memberof disco.trace.v1.Batch
                 * @instance
                 */
                Batch.prototype.firstSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Batch events.
                 * @member {Array.<disco.trace.v1.Event.$Properties>} events
                 * @memberof disco.trace.v1.Batch
                 * @instance
                 */
                Batch.prototype.events = $util.emptyArray;

                /**
                 * Encodes the specified Batch message. Does not implicitly {@link disco.trace.v1.Batch.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.Batch
                 * @static
                 * @param {disco.trace.v1.Batch.$Properties} message Batch message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Batch.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.index);
                    if (message.firstSeq != null && $Object.hasOwnProperty.call(message, "firstSeq") && (typeof message.firstSeq === "object" ? message.firstSeq.low || message.firstSeq.high : message.firstSeq !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.firstSeq);
                    if (message.events != null && message.events.length)
                        for (var i = 0; i < message.events.length; ++i)
                            $root.disco.trace.v1.Event.encode(message.events[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Batch message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.Batch
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.Batch & disco.trace.v1.Batch.$Shape} Batch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Batch.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.disco.trace.v1.Batch();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.index = value;
                                else
                                    delete message.index;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.firstSeq = value;
                                else
                                    delete message.firstSeq;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.events && message.events.length))
                                    message.events = [];
                                message.events.push($root.disco.trace.v1.Event.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return Batch;
            })();

            v1.RunStarted = (function() {

                /**
                 * Properties of a RunStarted.
                 * @typedef {Object} disco.trace.v1.RunStarted.$Properties
                 * @property {string|null} [scenarioName] RunStarted scenarioName
                 * @property {number|null} [seed] RunStarted seed
                 * @property {number|null} [cpus] RunStarted cpus
                 * @property {number|null} [nodes] RunStarted nodes
                 * @property {number|null} [vms] RunStarted vms
                 * @property {string|null} [level] RunStarted level
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RunStarted.
                 * @memberof disco.trace.v1
                 * @interface IRunStarted
                 * @augments disco.trace.v1.RunStarted.$Properties
                 * @deprecated Use disco.trace.v1.RunStarted.$Properties instead.
                 */

                /**
                 * Shape of a RunStarted.
                 * @typedef {disco.trace.v1.RunStarted.$Properties} disco.trace.v1.RunStarted.$Shape
                 */

                /**
                 * Constructs a new RunStarted.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a RunStarted.
                 * @constructor
                 * @param {disco.trace.v1.RunStarted.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var RunStarted = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RunStarted scenarioName.
                 * @member {string} scenarioName
                 * @memberof disco.trace.v1.RunStarted
                 * @instance
                 */
                RunStarted.prototype.scenarioName = "";

                /**
                 * RunStarted seed.
                 * @member {number} seed
                 * @memberof disco.trace.v1.RunStarted
                 * @instance
                 */
                RunStarted.prototype.seed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * RunStarted cpus.
                 * @member {number} cpus
                 * @memberof disco.trace.v1.RunStarted
                 * @instance
                 */
                RunStarted.prototype.cpus = 0;

                /**
                 * RunStarted nodes.
                 * @member {number} nodes
                 * @memberof disco.trace.v1.RunStarted
                 * @instance
                 */
                RunStarted.prototype.nodes = 0;

                /**
                 * RunStarted vms.
                 * @member {number} vms
                 * @memberof disco.trace.v1.RunStarted
                 * @instance
                 */
                RunStarted.prototype.vms = 0;

                /**
                 * RunStarted level.
                 * @member {string} level
                 * @memberof disco.trace.v1.RunStarted
                 * @instance
                 */
                RunStarted.prototype.level = "";

                /**
                 * Encodes the specified RunStarted message. Does not implicitly {@link disco.trace.v1.RunStarted.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.RunStarted
                 * @static
                 * @param {disco.trace.v1.RunStarted.$Properties} message RunStarted message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RunStarted.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.scenarioName != null && $Object.hasOwnProperty.call(message, "scenarioName") && message.scenarioName !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.scenarioName);
                    if (message.seed != null && $Object.hasOwnProperty.call(message, "seed") && (typeof message.seed === "object" ? message.seed.low || message.seed.high : message.seed !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seed);
                    if (message.cpus != null && $Object.hasOwnProperty.call(message, "cpus") && message.cpus !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.cpus);
                    if (message.nodes != null && $Object.hasOwnProperty.call(message, "nodes") && message.nodes !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.nodes);
                    if (message.vms != null && $Object.hasOwnProperty.call(message, "vms") && message.vms !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.vms);
                    if (message.level != null && $Object.hasOwnProperty.call(message, "level") && message.level !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.level);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RunStarted message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.RunStarted
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.RunStarted & disco.trace.v1.RunStarted.$Shape} RunStarted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RunStarted.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.disco.trace.v1.RunStarted();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.scenarioName = value;
                                else
                                    delete message.scenarioName;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.seed = value;
                                else
                                    delete message.seed;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.cpus = value;
                                else
                                    delete message.cpus;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.nodes = value;
                                else
                                    delete message.nodes;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.vms = value;
                                else
                                    delete message.vms;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.level = value;
                                else
                                    delete message.level;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return RunStarted;
            })();

            v1.RunFinished = (function() {

                /**
                 * Properties of a RunFinished.
                 * @typedef {Object} disco.trace.v1.RunFinished.$Properties
                 * @property {string|null} [reason] RunFinished reason
                 * @property {number|null} [simTicks] RunFinished simTicks
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RunFinished.
                 * @memberof disco.trace.v1
                 * @interface IRunFinished
                 * @augments disco.trace.v1.RunFinished.$Properties
                 * @deprecated Use disco.trace.v1.RunFinished.$Properties instead.
                 */

                /**
                 * Shape of a RunFinished.
                 * @typedef {disco.trace.v1.RunFinished.$Properties} disco.trace.v1.RunFinished.$Shape
                 */

                /**
                 * Constructs a new RunFinished.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a RunFinished.
                 * @constructor
                 * @param {disco.trace.v1.RunFinished.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var RunFinished = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RunFinished reason.
                 * @member {string} reason
                 * @memberof disco.trace.v1.RunFinished
                 * @instance
                 */
                RunFinished.prototype.reason = "";

                /**
                 * RunFinished simTicks.
                 * @member {number} simTicks
                 * @memberof disco.trace.v1.RunFinished
                 * @instance
                 */
                RunFinished.prototype.simTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified RunFinished message. Does not implicitly {@link disco.trace.v1.RunFinished.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.RunFinished
                 * @static
                 * @param {disco.trace.v1.RunFinished.$Properties} message RunFinished message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RunFinished.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.reason);
                    if (message.simTicks != null && $Object.hasOwnProperty.call(message, "simTicks") && (typeof message.simTicks === "object" ? message.simTicks.low || message.simTicks.high : message.simTicks !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.simTicks);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RunFinished message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.RunFinished
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.RunFinished & disco.trace.v1.RunFinished.$Shape} RunFinished
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RunFinished.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.disco.trace.v1.RunFinished();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.simTicks = value;
                                else
                                    delete message.simTicks;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return RunFinished;
            })();

            v1.SyntheticWorkDone = (function() {

                /**
                 * Properties of a SyntheticWorkDone.
                 * @typedef {Object} disco.trace.v1.SyntheticWorkDone.$Properties
                 * @property {number|null} [worker] SyntheticWorkDone worker
                 * @property {number|null} [workUnits] SyntheticWorkDone workUnits
                 * @property {number|null} [busyTicks] SyntheticWorkDone busyTicks
                 * @property {number|null} [value] SyntheticWorkDone value
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SyntheticWorkDone.
                 * @memberof disco.trace.v1
                 * @interface ISyntheticWorkDone
                 * @augments disco.trace.v1.SyntheticWorkDone.$Properties
                 * @deprecated Use disco.trace.v1.SyntheticWorkDone.$Properties instead.
                 */

                /**
                 * Shape of a SyntheticWorkDone.
                 * @typedef {disco.trace.v1.SyntheticWorkDone.$Properties} disco.trace.v1.SyntheticWorkDone.$Shape
                 */

                /**
                 * Constructs a new SyntheticWorkDone.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a SyntheticWorkDone.
                 * @constructor
                 * @param {disco.trace.v1.SyntheticWorkDone.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var SyntheticWorkDone = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SyntheticWorkDone worker.
                 * @member {number} worker
                 * @memberof disco.trace.v1.SyntheticWorkDone
                 * @instance
                 */
                SyntheticWorkDone.prototype.worker = 0;

                /**
                 * SyntheticWorkDone workUnits.
                 * @member {number} workUnits
                 * @memberof disco.trace.v1.SyntheticWorkDone
                 * @instance
                 */
                SyntheticWorkDone.prototype.workUnits = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SyntheticWorkDone busyTicks.
                 * @member {number} busyTicks
                 * @memberof disco.trace.v1.SyntheticWorkDone
                 * @instance
                 */
                SyntheticWorkDone.prototype.busyTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SyntheticWorkDone value.
                 * @member {number} value
                 * @memberof disco.trace.v1.SyntheticWorkDone
                 * @instance
                 */
                SyntheticWorkDone.prototype.value = 0;

                /**
                 * Encodes the specified SyntheticWorkDone message. Does not implicitly {@link disco.trace.v1.SyntheticWorkDone.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.SyntheticWorkDone
                 * @static
                 * @param {disco.trace.v1.SyntheticWorkDone.$Properties} message SyntheticWorkDone message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SyntheticWorkDone.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.worker != null && $Object.hasOwnProperty.call(message, "worker") && message.worker !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.worker);
                    if (message.workUnits != null && $Object.hasOwnProperty.call(message, "workUnits") && (typeof message.workUnits === "object" ? message.workUnits.low || message.workUnits.high : message.workUnits !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.workUnits);
                    if (message.busyTicks != null && $Object.hasOwnProperty.call(message, "busyTicks") && (typeof message.busyTicks === "object" ? message.busyTicks.low || message.busyTicks.high : message.busyTicks !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.busyTicks);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.value);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SyntheticWorkDone message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.SyntheticWorkDone
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.SyntheticWorkDone & disco.trace.v1.SyntheticWorkDone.$Shape} SyntheticWorkDone
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SyntheticWorkDone.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.disco.trace.v1.SyntheticWorkDone();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.worker = value;
                                else
                                    delete message.worker;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.workUnits = value;
                                else
                                    delete message.workUnits;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.busyTicks = value;
                                else
                                    delete message.busyTicks;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.value = value;
                                else
                                    delete message.value;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return SyntheticWorkDone;
            })();

            v1.SyntheticMessageSent = (function() {

                /**
                 * Properties of a SyntheticMessageSent.
                 * @typedef {Object} disco.trace.v1.SyntheticMessageSent.$Properties
                 * @property {number|null} [fromWorker] SyntheticMessageSent fromWorker
                 * @property {number|null} [toWorker] SyntheticMessageSent toWorker
                 * @property {number|null} [bytes] SyntheticMessageSent bytes
                 * @property {number|null} [latencyTicks] SyntheticMessageSent latencyTicks
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SyntheticMessageSent.
                 * @memberof disco.trace.v1
                 * @interface ISyntheticMessageSent
                 * @augments disco.trace.v1.SyntheticMessageSent.$Properties
                 * @deprecated Use disco.trace.v1.SyntheticMessageSent.$Properties instead.
                 */

                /**
                 * Shape of a SyntheticMessageSent.
                 * @typedef {disco.trace.v1.SyntheticMessageSent.$Properties} disco.trace.v1.SyntheticMessageSent.$Shape
                 */

                /**
                 * Constructs a new SyntheticMessageSent.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a SyntheticMessageSent.
                 * @constructor
                 * @param {disco.trace.v1.SyntheticMessageSent.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var SyntheticMessageSent = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SyntheticMessageSent fromWorker.
                 * @member {number} fromWorker
                 * @memberof disco.trace.v1.SyntheticMessageSent
                 * @instance
                 */
                SyntheticMessageSent.prototype.fromWorker = 0;

                /**
                 * SyntheticMessageSent toWorker.
                 * @member {number} toWorker
                 * @memberof disco.trace.v1.SyntheticMessageSent
                 * @instance
                 */
                SyntheticMessageSent.prototype.toWorker = 0;

                /**
                 * SyntheticMessageSent bytes.
                 * @member {number} bytes
                 * @memberof disco.trace.v1.SyntheticMessageSent
                 * @instance
                 */
                SyntheticMessageSent.prototype.bytes = 0;

                /**
                 * SyntheticMessageSent latencyTicks.
                 * @member {number} latencyTicks
                 * @memberof disco.trace.v1.SyntheticMessageSent
                 * @instance
                 */
                SyntheticMessageSent.prototype.latencyTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified SyntheticMessageSent message. Does not implicitly {@link disco.trace.v1.SyntheticMessageSent.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.SyntheticMessageSent
                 * @static
                 * @param {disco.trace.v1.SyntheticMessageSent.$Properties} message SyntheticMessageSent message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SyntheticMessageSent.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.fromWorker != null && $Object.hasOwnProperty.call(message, "fromWorker") && message.fromWorker !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.fromWorker);
                    if (message.toWorker != null && $Object.hasOwnProperty.call(message, "toWorker") && message.toWorker !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.toWorker);
                    if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && message.bytes !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.bytes);
                    if (message.latencyTicks != null && $Object.hasOwnProperty.call(message, "latencyTicks") && (typeof message.latencyTicks === "object" ? message.latencyTicks.low || message.latencyTicks.high : message.latencyTicks !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.latencyTicks);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SyntheticMessageSent message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.SyntheticMessageSent
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.SyntheticMessageSent & disco.trace.v1.SyntheticMessageSent.$Shape} SyntheticMessageSent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SyntheticMessageSent.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.disco.trace.v1.SyntheticMessageSent();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.fromWorker = value;
                                else
                                    delete message.fromWorker;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.toWorker = value;
                                else
                                    delete message.toWorker;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.bytes = value;
                                else
                                    delete message.bytes;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.latencyTicks = value;
                                else
                                    delete message.latencyTicks;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return SyntheticMessageSent;
            })();

            /**
             * CacheMissKind enum.
             * @name disco.trace.v1.CacheMissKind
             * @enum {number}
             * @property {number} CACHE_MISS_KIND_UNSPECIFIED=0 CACHE_MISS_KIND_UNSPECIFIED value
             * @property {number} CACHE_MISS_READ=1 CACHE_MISS_READ value
             * @property {number} CACHE_MISS_WRITE=2 CACHE_MISS_WRITE value
             * @property {number} CACHE_MISS_UPGRADE=3 CACHE_MISS_UPGRADE value
             * @property {number} CACHE_MISS_IFETCH=4 CACHE_MISS_IFETCH value
             */
            v1.CacheMissKind = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "CACHE_MISS_KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "CACHE_MISS_READ"] = 1;
                values[valuesById[2] = "CACHE_MISS_WRITE"] = 2;
                values[valuesById[3] = "CACHE_MISS_UPGRADE"] = 3;
                values[valuesById[4] = "CACHE_MISS_IFETCH"] = 4;
                return values;
            })();

            /**
             * TlbMissKind enum.
             * @name disco.trace.v1.TlbMissKind
             * @enum {number}
             * @property {number} TLB_MISS_KIND_UNSPECIFIED=0 TLB_MISS_KIND_UNSPECIFIED value
             * @property {number} TLB_MISS_REFILL=1 TLB_MISS_REFILL value
             * @property {number} TLB_MISS_INVALID=2 TLB_MISS_INVALID value
             * @property {number} TLB_MISS_MODIFIED=3 TLB_MISS_MODIFIED value
             */
            v1.TlbMissKind = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "TLB_MISS_KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "TLB_MISS_REFILL"] = 1;
                values[valuesById[2] = "TLB_MISS_INVALID"] = 2;
                values[valuesById[3] = "TLB_MISS_MODIFIED"] = 3;
                return values;
            })();

            v1.CounterSample = (function() {

                /**
                 * Properties of a CounterSample.
                 * @typedef {Object} disco.trace.v1.CounterSample.$Properties
                 * @property {number|null} [intervalTicks] CounterSample intervalTicks
                 * @property {number|null} [instructions] CounterSample instructions
                 * @property {number|null} [cycles] CounterSample cycles
                 * @property {number|null} [stallLocalTicks] CounterSample stallLocalTicks
                 * @property {number|null} [stallRemoteTicks] CounterSample stallRemoteTicks
                 * @property {number|null} [stallL2HitTicks] CounterSample stallL2HitTicks
                 * @property {number|null} [exceptionTicks] CounterSample exceptionTicks
                 * @property {number|null} [idleTicks] CounterSample idleTicks
                 * @property {number|null} [tlbMisses] CounterSample tlbMisses
                 * @property {number|null} [l1iMisses] CounterSample l1iMisses
                 * @property {number|null} [l1dMisses] CounterSample l1dMisses
                 * @property {number|null} [missesLocal] CounterSample missesLocal
                 * @property {number|null} [missesRemote] CounterSample missesRemote
                 * @property {number|null} [threeHopMisses] CounterSample threeHopMisses
                 * @property {number|null} [upgrades] CounterSample upgrades
                 * @property {number|null} [invalidationsReceived] CounterSample invalidationsReceived
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CounterSample.
                 * @memberof disco.trace.v1
                 * @interface ICounterSample
                 * @augments disco.trace.v1.CounterSample.$Properties
                 * @deprecated Use disco.trace.v1.CounterSample.$Properties instead.
                 */

                /**
                 * Shape of a CounterSample.
                 * @typedef {disco.trace.v1.CounterSample.$Properties} disco.trace.v1.CounterSample.$Shape
                 */

                /**
                 * Constructs a new CounterSample.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a CounterSample.
                 * @constructor
                 * @param {disco.trace.v1.CounterSample.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var CounterSample = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CounterSample intervalTicks.
                 * @member {number} intervalTicks
                 * @memberof disco.trace.v1.CounterSample
                 * @instance
                 */
                CounterSample.prototype.intervalTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CounterSample instructions.
                 * @member {number} instructions
                 * @memberof disco.trace.v1.CounterSample
                 * @instance
                 */
                CounterSample.prototype.instructions = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CounterSample cycles.
                 * @member {number} cycles
                 * @memberof disco.trace.v1.CounterSample
                 * @instance
                 */
                CounterSample.prototype.cycles = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CounterSample stallLocalTicks.
                 * @member {number} stallLocalTicks
                 * @memberof disco.trace.v1.CounterSample
                 * @instance
                 */
                CounterSample.prototype.stallLocalTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CounterSample stallRemoteTicks.
                 * @member {number} stallRemoteTicks
                 * @memberof disco.trace.v1.CounterSample
                 * @instance
                 */
                CounterSample.prototype.stallRemoteTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CounterSample stallL2HitTicks.
                 * @member {number} stallL2HitTicks
                 * @memberof disco.trace.v1.CounterSample
                 * @instance
                 */
                CounterSample.prototype.stallL2HitTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CounterSample exceptionTicks.
                 * @member {number} exceptionTicks
                 * @memberof disco.trace.v1.CounterSample
                 * @instance
                 */
                CounterSample.prototype.exceptionTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CounterSample idleTicks.
                 * @member {number} idleTicks
                 * @memberof disco.trace.v1.CounterSample
                 * @instance
                 */
                CounterSample.prototype.idleTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CounterSample tlbMisses.
                 * @member {number} tlbMisses
                 * @memberof disco.trace.v1.CounterSample
                 * @instance
                 */
                CounterSample.prototype.tlbMisses = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CounterSample l1iMisses.
                 * @member {number} l1iMisses
                 * @memberof disco.trace.v1.CounterSample
                 * @instance
                 */
                CounterSample.prototype.l1iMisses = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CounterSample l1dMisses.
                 * @member {number} l1dMisses
                 * @memberof disco.trace.v1.CounterSample
                 * @instance
                 */
                CounterSample.prototype.l1dMisses = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CounterSample missesLocal.
                 * @member {number} missesLocal
                 * @memberof disco.trace.v1.CounterSample
                 * @instance
                 */
                CounterSample.prototype.missesLocal = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CounterSample missesRemote.
                 * @member {number} missesRemote
                 * @memberof disco.trace.v1.CounterSample
                 * @instance
                 */
                CounterSample.prototype.missesRemote = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CounterSample threeHopMisses.
                 * @member {number} threeHopMisses
                 * @memberof disco.trace.v1.CounterSample
                 * @instance
                 */
                CounterSample.prototype.threeHopMisses = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CounterSample upgrades.
                 * @member {number} upgrades
                 * @memberof disco.trace.v1.CounterSample
                 * @instance
                 */
                CounterSample.prototype.upgrades = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CounterSample invalidationsReceived.
                 * @member {number} invalidationsReceived
                 * @memberof disco.trace.v1.CounterSample
                 * @instance
                 */
                CounterSample.prototype.invalidationsReceived = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified CounterSample message. Does not implicitly {@link disco.trace.v1.CounterSample.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.CounterSample
                 * @static
                 * @param {disco.trace.v1.CounterSample.$Properties} message CounterSample message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CounterSample.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.intervalTicks != null && $Object.hasOwnProperty.call(message, "intervalTicks") && (typeof message.intervalTicks === "object" ? message.intervalTicks.low || message.intervalTicks.high : message.intervalTicks !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.intervalTicks);
                    if (message.instructions != null && $Object.hasOwnProperty.call(message, "instructions") && (typeof message.instructions === "object" ? message.instructions.low || message.instructions.high : message.instructions !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.instructions);
                    if (message.cycles != null && $Object.hasOwnProperty.call(message, "cycles") && (typeof message.cycles === "object" ? message.cycles.low || message.cycles.high : message.cycles !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.cycles);
                    if (message.stallLocalTicks != null && $Object.hasOwnProperty.call(message, "stallLocalTicks") && (typeof message.stallLocalTicks === "object" ? message.stallLocalTicks.low || message.stallLocalTicks.high : message.stallLocalTicks !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.stallLocalTicks);
                    if (message.stallRemoteTicks != null && $Object.hasOwnProperty.call(message, "stallRemoteTicks") && (typeof message.stallRemoteTicks === "object" ? message.stallRemoteTicks.low || message.stallRemoteTicks.high : message.stallRemoteTicks !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.stallRemoteTicks);
                    if (message.stallL2HitTicks != null && $Object.hasOwnProperty.call(message, "stallL2HitTicks") && (typeof message.stallL2HitTicks === "object" ? message.stallL2HitTicks.low || message.stallL2HitTicks.high : message.stallL2HitTicks !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.stallL2HitTicks);
                    if (message.exceptionTicks != null && $Object.hasOwnProperty.call(message, "exceptionTicks") && (typeof message.exceptionTicks === "object" ? message.exceptionTicks.low || message.exceptionTicks.high : message.exceptionTicks !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.exceptionTicks);
                    if (message.idleTicks != null && $Object.hasOwnProperty.call(message, "idleTicks") && (typeof message.idleTicks === "object" ? message.idleTicks.low || message.idleTicks.high : message.idleTicks !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.idleTicks);
                    if (message.tlbMisses != null && $Object.hasOwnProperty.call(message, "tlbMisses") && (typeof message.tlbMisses === "object" ? message.tlbMisses.low || message.tlbMisses.high : message.tlbMisses !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.tlbMisses);
                    if (message.l1iMisses != null && $Object.hasOwnProperty.call(message, "l1iMisses") && (typeof message.l1iMisses === "object" ? message.l1iMisses.low || message.l1iMisses.high : message.l1iMisses !== 0))
                        writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.l1iMisses);
                    if (message.l1dMisses != null && $Object.hasOwnProperty.call(message, "l1dMisses") && (typeof message.l1dMisses === "object" ? message.l1dMisses.low || message.l1dMisses.high : message.l1dMisses !== 0))
                        writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.l1dMisses);
                    if (message.missesLocal != null && $Object.hasOwnProperty.call(message, "missesLocal") && (typeof message.missesLocal === "object" ? message.missesLocal.low || message.missesLocal.high : message.missesLocal !== 0))
                        writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.missesLocal);
                    if (message.missesRemote != null && $Object.hasOwnProperty.call(message, "missesRemote") && (typeof message.missesRemote === "object" ? message.missesRemote.low || message.missesRemote.high : message.missesRemote !== 0))
                        writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.missesRemote);
                    if (message.threeHopMisses != null && $Object.hasOwnProperty.call(message, "threeHopMisses") && (typeof message.threeHopMisses === "object" ? message.threeHopMisses.low || message.threeHopMisses.high : message.threeHopMisses !== 0))
                        writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.threeHopMisses);
                    if (message.upgrades != null && $Object.hasOwnProperty.call(message, "upgrades") && (typeof message.upgrades === "object" ? message.upgrades.low || message.upgrades.high : message.upgrades !== 0))
                        writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.upgrades);
                    if (message.invalidationsReceived != null && $Object.hasOwnProperty.call(message, "invalidationsReceived") && (typeof message.invalidationsReceived === "object" ? message.invalidationsReceived.low || message.invalidationsReceived.high : message.invalidationsReceived !== 0))
                        writer.uint32(/* id 16, wireType 0 =*/128).uint64(message.invalidationsReceived);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CounterSample message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.CounterSample
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.CounterSample & disco.trace.v1.CounterSample.$Shape} CounterSample
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CounterSample.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.disco.trace.v1.CounterSample();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.intervalTicks = value;
                                else
                                    delete message.intervalTicks;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.instructions = value;
                                else
                                    delete message.instructions;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.cycles = value;
                                else
                                    delete message.cycles;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.stallLocalTicks = value;
                                else
                                    delete message.stallLocalTicks;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.stallRemoteTicks = value;
                                else
                                    delete message.stallRemoteTicks;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.stallL2HitTicks = value;
                                else
                                    delete message.stallL2HitTicks;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.exceptionTicks = value;
                                else
                                    delete message.exceptionTicks;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.idleTicks = value;
                                else
                                    delete message.idleTicks;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.tlbMisses = value;
                                else
                                    delete message.tlbMisses;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.l1iMisses = value;
                                else
                                    delete message.l1iMisses;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.l1dMisses = value;
                                else
                                    delete message.l1dMisses;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.missesLocal = value;
                                else
                                    delete message.missesLocal;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.missesRemote = value;
                                else
                                    delete message.missesRemote;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.threeHopMisses = value;
                                else
                                    delete message.threeHopMisses;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.upgrades = value;
                                else
                                    delete message.upgrades;
                                continue;
                            }
                        case 16: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.invalidationsReceived = value;
                                else
                                    delete message.invalidationsReceived;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return CounterSample;
            })();

            v1.TlbMissed = (function() {

                /**
                 * Properties of a TlbMissed.
                 * @typedef {Object} disco.trace.v1.TlbMissed.$Properties
                 * @property {number|null} [virtualAddress] TlbMissed virtualAddress
                 * @property {number|null} [asid] TlbMissed asid
                 * @property {disco.trace.v1.TlbMissKind|null} [kind] TlbMissed kind
                 * @property {boolean|null} [write] TlbMissed write
                 * @property {number|null} [handlerTicks] TlbMissed handlerTicks
                 * @property {number|null} [localTicks] TlbMissed localTicks
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TlbMissed.
                 * @memberof disco.trace.v1
                 * @interface ITlbMissed
                 * @augments disco.trace.v1.TlbMissed.$Properties
                 * @deprecated Use disco.trace.v1.TlbMissed.$Properties instead.
                 */

                /**
                 * Shape of a TlbMissed.
                 * @typedef {disco.trace.v1.TlbMissed.$Properties} disco.trace.v1.TlbMissed.$Shape
                 */

                /**
                 * Constructs a new TlbMissed.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a TlbMissed.
                 * @constructor
                 * @param {disco.trace.v1.TlbMissed.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var TlbMissed = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TlbMissed virtualAddress.
                 * @member {number} virtualAddress
                 * @memberof disco.trace.v1.TlbMissed
                 * @instance
                 */
                TlbMissed.prototype.virtualAddress = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * TlbMissed asid.
                 * @member {number} asid
                 * @memberof disco.trace.v1.TlbMissed
                 * @instance
                 */
                TlbMissed.prototype.asid = 0;

                /**
                 * TlbMissed kind.
                 * @member {disco.trace.v1.TlbMissKind} kind
                 * @memberof disco.trace.v1.TlbMissed
                 * @instance
                 */
                TlbMissed.prototype.kind = 0;

                /**
                 * TlbMissed write.
                 * @member {boolean} write
                 * @memberof disco.trace.v1.TlbMissed
                 * @instance
                 */
                TlbMissed.prototype.write = false;

                /**
                 * TlbMissed handlerTicks.
                 * @member {number} handlerTicks
                 * @memberof disco.trace.v1.TlbMissed
                 * @instance
                 */
                TlbMissed.prototype.handlerTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * TlbMissed localTicks.
                 * @member {number} localTicks
                 * @memberof disco.trace.v1.TlbMissed
                 * @instance
                 */
                TlbMissed.prototype.localTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified TlbMissed message. Does not implicitly {@link disco.trace.v1.TlbMissed.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.TlbMissed
                 * @static
                 * @param {disco.trace.v1.TlbMissed.$Properties} message TlbMissed message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TlbMissed.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.virtualAddress != null && $Object.hasOwnProperty.call(message, "virtualAddress") && (typeof message.virtualAddress === "object" ? message.virtualAddress.low || message.virtualAddress.high : message.virtualAddress !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.virtualAddress);
                    if (message.asid != null && $Object.hasOwnProperty.call(message, "asid") && message.asid !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.asid);
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.kind);
                    if (message.write != null && $Object.hasOwnProperty.call(message, "write") && message.write !== false)
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.write);
                    if (message.handlerTicks != null && $Object.hasOwnProperty.call(message, "handlerTicks") && (typeof message.handlerTicks === "object" ? message.handlerTicks.low || message.handlerTicks.high : message.handlerTicks !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.handlerTicks);
                    if (message.localTicks != null && $Object.hasOwnProperty.call(message, "localTicks") && (typeof message.localTicks === "object" ? message.localTicks.low || message.localTicks.high : message.localTicks !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.localTicks);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TlbMissed message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.TlbMissed
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.TlbMissed & disco.trace.v1.TlbMissed.$Shape} TlbMissed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TlbMissed.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.disco.trace.v1.TlbMissed();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.virtualAddress = value;
                                else
                                    delete message.virtualAddress;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.asid = value;
                                else
                                    delete message.asid;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.write = value;
                                else
                                    delete message.write;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.handlerTicks = value;
                                else
                                    delete message.handlerTicks;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.localTicks = value;
                                else
                                    delete message.localTicks;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return TlbMissed;
            })();

            v1.CacheMissed = (function() {

                /**
                 * Properties of a CacheMissed.
                 * @typedef {Object} disco.trace.v1.CacheMissed.$Properties
                 * @property {number|null} [machineAddress] CacheMissed machineAddress
                 * @property {number|null} [homeNode] CacheMissed homeNode
                 * @property {disco.trace.v1.CacheMissKind|null} [kind] CacheMissed kind
                 * @property {number|null} [latencyTicks] CacheMissed latencyTicks
                 * @property {number|null} [hops] CacheMissed hops
                 * @property {boolean|null} [fromCache] CacheMissed fromCache
                 * @property {number|null} [invalidations] CacheMissed invalidations
                 * @property {number|null} [queueTicks] CacheMissed queueTicks
                 * @property {number|null} [localTicks] CacheMissed localTicks
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CacheMissed.
                 * @memberof disco.trace.v1
                 * @interface ICacheMissed
                 * @augments disco.trace.v1.CacheMissed.$Properties
                 * @deprecated Use disco.trace.v1.CacheMissed.$Properties instead.
                 */

                /**
                 * Shape of a CacheMissed.
                 * @typedef {disco.trace.v1.CacheMissed.$Properties} disco.trace.v1.CacheMissed.$Shape
                 */

                /**
                 * Constructs a new CacheMissed.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a CacheMissed.
                 * @constructor
                 * @param {disco.trace.v1.CacheMissed.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var CacheMissed = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CacheMissed machineAddress.
                 * @member {number} machineAddress
                 * @memberof disco.trace.v1.CacheMissed
                 * @instance
                 */
                CacheMissed.prototype.machineAddress = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CacheMissed homeNode.
                 * @member {number} homeNode
                 * @memberof disco.trace.v1.CacheMissed
                 * @instance
                 */
                CacheMissed.prototype.homeNode = 0;

                /**
                 * CacheMissed kind.
                 * @member {disco.trace.v1.CacheMissKind} kind
                 * @memberof disco.trace.v1.CacheMissed
                 * @instance
                 */
                CacheMissed.prototype.kind = 0;

                /**
                 * CacheMissed latencyTicks.
                 * @member {number} latencyTicks
                 * @memberof disco.trace.v1.CacheMissed
                 * @instance
                 */
                CacheMissed.prototype.latencyTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CacheMissed hops.
                 * @member {number} hops
                 * @memberof disco.trace.v1.CacheMissed
                 * @instance
                 */
                CacheMissed.prototype.hops = 0;

                /**
                 * CacheMissed fromCache.
                 * @member {boolean} fromCache
                 * @memberof disco.trace.v1.CacheMissed
                 * @instance
                 */
                CacheMissed.prototype.fromCache = false;

                /**
                 * CacheMissed invalidations.
                 * @member {number} invalidations
                 * @memberof disco.trace.v1.CacheMissed
                 * @instance
                 */
                CacheMissed.prototype.invalidations = 0;

                /**
                 * CacheMissed queueTicks.
                 * @member {number} queueTicks
                 * @memberof disco.trace.v1.CacheMissed
                 * @instance
                 */
                CacheMissed.prototype.queueTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CacheMissed localTicks.
                 * @member {number} localTicks
                 * @memberof disco.trace.v1.CacheMissed
                 * @instance
                 */
                CacheMissed.prototype.localTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified CacheMissed message. Does not implicitly {@link disco.trace.v1.CacheMissed.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.CacheMissed
                 * @static
                 * @param {disco.trace.v1.CacheMissed.$Properties} message CacheMissed message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CacheMissed.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.machineAddress != null && $Object.hasOwnProperty.call(message, "machineAddress") && (typeof message.machineAddress === "object" ? message.machineAddress.low || message.machineAddress.high : message.machineAddress !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.machineAddress);
                    if (message.homeNode != null && $Object.hasOwnProperty.call(message, "homeNode") && message.homeNode !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.homeNode);
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.kind);
                    if (message.latencyTicks != null && $Object.hasOwnProperty.call(message, "latencyTicks") && (typeof message.latencyTicks === "object" ? message.latencyTicks.low || message.latencyTicks.high : message.latencyTicks !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.latencyTicks);
                    if (message.hops != null && $Object.hasOwnProperty.call(message, "hops") && message.hops !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.hops);
                    if (message.fromCache != null && $Object.hasOwnProperty.call(message, "fromCache") && message.fromCache !== false)
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.fromCache);
                    if (message.invalidations != null && $Object.hasOwnProperty.call(message, "invalidations") && message.invalidations !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.invalidations);
                    if (message.queueTicks != null && $Object.hasOwnProperty.call(message, "queueTicks") && (typeof message.queueTicks === "object" ? message.queueTicks.low || message.queueTicks.high : message.queueTicks !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.queueTicks);
                    if (message.localTicks != null && $Object.hasOwnProperty.call(message, "localTicks") && (typeof message.localTicks === "object" ? message.localTicks.low || message.localTicks.high : message.localTicks !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.localTicks);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CacheMissed message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.CacheMissed
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.CacheMissed & disco.trace.v1.CacheMissed.$Shape} CacheMissed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CacheMissed.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.disco.trace.v1.CacheMissed();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.machineAddress = value;
                                else
                                    delete message.machineAddress;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.homeNode = value;
                                else
                                    delete message.homeNode;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.latencyTicks = value;
                                else
                                    delete message.latencyTicks;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.hops = value;
                                else
                                    delete message.hops;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.fromCache = value;
                                else
                                    delete message.fromCache;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.invalidations = value;
                                else
                                    delete message.invalidations;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.queueTicks = value;
                                else
                                    delete message.queueTicks;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.localTicks = value;
                                else
                                    delete message.localTicks;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return CacheMissed;
            })();

            v1.HotPageFlagged = (function() {

                /**
                 * Properties of a HotPageFlagged.
                 * @typedef {Object} disco.trace.v1.HotPageFlagged.$Properties
                 * @property {number|null} [machinePage] HotPageFlagged machinePage
                 * @property {number|null} [homeNode] HotPageFlagged homeNode
                 * @property {number|null} [triggerNode] HotPageFlagged triggerNode
                 * @property {number|null} [threshold] HotPageFlagged threshold
                 * @property {Array.<number>|null} [nodeMisses] HotPageFlagged nodeMisses
                 * @property {number|null} [intervalStartTicks] HotPageFlagged intervalStartTicks
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HotPageFlagged.
                 * @memberof disco.trace.v1
                 * @interface IHotPageFlagged
                 * @augments disco.trace.v1.HotPageFlagged.$Properties
                 * @deprecated Use disco.trace.v1.HotPageFlagged.$Properties instead.
                 */

                /**
                 * Shape of a HotPageFlagged.
                 * @typedef {disco.trace.v1.HotPageFlagged.$Properties} disco.trace.v1.HotPageFlagged.$Shape
                 */

                /**
                 * Constructs a new HotPageFlagged.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a HotPageFlagged.
                 * @constructor
                 * @param {disco.trace.v1.HotPageFlagged.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var HotPageFlagged = function (properties) {
                    this.nodeMisses = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HotPageFlagged machinePage.
                 * @member {number} machinePage
                 * @memberof disco.trace.v1.HotPageFlagged
                 * @instance
                 */
                HotPageFlagged.prototype.machinePage = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * HotPageFlagged homeNode.
                 * @member {number} homeNode
                 * @memberof disco.trace.v1.HotPageFlagged
                 * @instance
                 */
                HotPageFlagged.prototype.homeNode = 0;

                /**
                 * HotPageFlagged triggerNode.
                 * @member {number} triggerNode
                 * @memberof disco.trace.v1.HotPageFlagged
                 * @instance
                 */
                HotPageFlagged.prototype.triggerNode = 0;

                /**
                 * HotPageFlagged threshold.
                 * @member {number} threshold
                 * @memberof disco.trace.v1.HotPageFlagged
                 * @instance
                 */
                HotPageFlagged.prototype.threshold = 0;

                /**
                 * HotPageFlagged nodeMisses.
                 * @member {Array.<number>} nodeMisses
                 * @memberof disco.trace.v1.HotPageFlagged
                 * @instance
                 */
                HotPageFlagged.prototype.nodeMisses = $util.emptyArray;

                /**
                 * HotPageFlagged intervalStartTicks.
                 * @member {number} intervalStartTicks
                 * @memberof disco.trace.v1.HotPageFlagged
                 * @instance
                 */
                HotPageFlagged.prototype.intervalStartTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified HotPageFlagged message. Does not implicitly {@link disco.trace.v1.HotPageFlagged.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.HotPageFlagged
                 * @static
                 * @param {disco.trace.v1.HotPageFlagged.$Properties} message HotPageFlagged message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HotPageFlagged.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.machinePage != null && $Object.hasOwnProperty.call(message, "machinePage") && (typeof message.machinePage === "object" ? message.machinePage.low || message.machinePage.high : message.machinePage !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.machinePage);
                    if (message.homeNode != null && $Object.hasOwnProperty.call(message, "homeNode") && message.homeNode !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.homeNode);
                    if (message.triggerNode != null && $Object.hasOwnProperty.call(message, "triggerNode") && message.triggerNode !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.triggerNode);
                    if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold") && message.threshold !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.threshold);
                    if (message.nodeMisses != null && message.nodeMisses.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).uint32s(message.nodeMisses);
                    if (message.intervalStartTicks != null && $Object.hasOwnProperty.call(message, "intervalStartTicks") && (typeof message.intervalStartTicks === "object" ? message.intervalStartTicks.low || message.intervalStartTicks.high : message.intervalStartTicks !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.intervalStartTicks);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a HotPageFlagged message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.HotPageFlagged
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.HotPageFlagged & disco.trace.v1.HotPageFlagged.$Shape} HotPageFlagged
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HotPageFlagged.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.disco.trace.v1.HotPageFlagged();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.machinePage = value;
                                else
                                    delete message.machinePage;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.homeNode = value;
                                else
                                    delete message.homeNode;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.triggerNode = value;
                                else
                                    delete message.triggerNode;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.threshold = value;
                                else
                                    delete message.threshold;
                                continue;
                            }
                        case 5: {
                                if (wireType === 2) {
                                    if (!(message.nodeMisses && message.nodeMisses.length))
                                        message.nodeMisses = [];
                                    reader.uint32s(message.nodeMisses);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.nodeMisses && message.nodeMisses.length))
                                    message.nodeMisses = [];
                                message.nodeMisses.push(reader.uint32());
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.intervalStartTicks = value;
                                else
                                    delete message.intervalStartTicks;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return HotPageFlagged;
            })();

            v1.MissCountersReset = (function() {

                /**
                 * Properties of a MissCountersReset.
                 * @typedef {Object} disco.trace.v1.MissCountersReset.$Properties
                 * @property {number|null} [pagesFlagged] MissCountersReset pagesFlagged
                 * @property {number|null} [intervalTicks] MissCountersReset intervalTicks
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MissCountersReset.
                 * @memberof disco.trace.v1
                 * @interface IMissCountersReset
                 * @augments disco.trace.v1.MissCountersReset.$Properties
                 * @deprecated Use disco.trace.v1.MissCountersReset.$Properties instead.
                 */

                /**
                 * Shape of a MissCountersReset.
                 * @typedef {disco.trace.v1.MissCountersReset.$Properties} disco.trace.v1.MissCountersReset.$Shape
                 */

                /**
                 * Constructs a new MissCountersReset.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a MissCountersReset.
                 * @constructor
                 * @param {disco.trace.v1.MissCountersReset.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var MissCountersReset = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MissCountersReset pagesFlagged.
                 * @member {number} pagesFlagged
                 * @memberof disco.trace.v1.MissCountersReset
                 * @instance
                 */
                MissCountersReset.prototype.pagesFlagged = 0;

                /**
                 * MissCountersReset intervalTicks.
                 * @member {number} intervalTicks
                 * @memberof disco.trace.v1.MissCountersReset
                 * @instance
                 */
                MissCountersReset.prototype.intervalTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified MissCountersReset message. Does not implicitly {@link disco.trace.v1.MissCountersReset.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.MissCountersReset
                 * @static
                 * @param {disco.trace.v1.MissCountersReset.$Properties} message MissCountersReset message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MissCountersReset.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pagesFlagged != null && $Object.hasOwnProperty.call(message, "pagesFlagged") && message.pagesFlagged !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pagesFlagged);
                    if (message.intervalTicks != null && $Object.hasOwnProperty.call(message, "intervalTicks") && (typeof message.intervalTicks === "object" ? message.intervalTicks.low || message.intervalTicks.high : message.intervalTicks !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.intervalTicks);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MissCountersReset message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.MissCountersReset
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.MissCountersReset & disco.trace.v1.MissCountersReset.$Shape} MissCountersReset
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MissCountersReset.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.disco.trace.v1.MissCountersReset();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pagesFlagged = value;
                                else
                                    delete message.pagesFlagged;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.intervalTicks = value;
                                else
                                    delete message.intervalTicks;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return MissCountersReset;
            })();

            v1.IpiSent = (function() {

                /**
                 * Properties of an IpiSent.
                 * @typedef {Object} disco.trace.v1.IpiSent.$Properties
                 * @property {number|null} [fromCpu] IpiSent fromCpu
                 * @property {number|null} [toCpu] IpiSent toCpu
                 * @property {number|null} [vector] IpiSent vector
                 * @property {number|null} [latencyTicks] IpiSent latencyTicks
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an IpiSent.
                 * @memberof disco.trace.v1
                 * @interface IIpiSent
                 * @augments disco.trace.v1.IpiSent.$Properties
                 * @deprecated Use disco.trace.v1.IpiSent.$Properties instead.
                 */

                /**
                 * Shape of an IpiSent.
                 * @typedef {disco.trace.v1.IpiSent.$Properties} disco.trace.v1.IpiSent.$Shape
                 */

                /**
                 * Constructs a new IpiSent.
                 * @memberof disco.trace.v1
                 * @classdesc Represents an IpiSent.
                 * @constructor
                 * @param {disco.trace.v1.IpiSent.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var IpiSent = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * IpiSent fromCpu.
                 * @member {number} fromCpu
                 * @memberof disco.trace.v1.IpiSent
                 * @instance
                 */
                IpiSent.prototype.fromCpu = 0;

                /**
                 * IpiSent toCpu.
                 * @member {number} toCpu
                 * @memberof disco.trace.v1.IpiSent
                 * @instance
                 */
                IpiSent.prototype.toCpu = 0;

                /**
                 * IpiSent vector.
                 * @member {number} vector
                 * @memberof disco.trace.v1.IpiSent
                 * @instance
                 */
                IpiSent.prototype.vector = 0;

                /**
                 * IpiSent latencyTicks.
                 * @member {number} latencyTicks
                 * @memberof disco.trace.v1.IpiSent
                 * @instance
                 */
                IpiSent.prototype.latencyTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified IpiSent message. Does not implicitly {@link disco.trace.v1.IpiSent.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.IpiSent
                 * @static
                 * @param {disco.trace.v1.IpiSent.$Properties} message IpiSent message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                IpiSent.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.fromCpu != null && $Object.hasOwnProperty.call(message, "fromCpu") && message.fromCpu !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.fromCpu);
                    if (message.toCpu != null && $Object.hasOwnProperty.call(message, "toCpu") && message.toCpu !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.toCpu);
                    if (message.vector != null && $Object.hasOwnProperty.call(message, "vector") && message.vector !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.vector);
                    if (message.latencyTicks != null && $Object.hasOwnProperty.call(message, "latencyTicks") && (typeof message.latencyTicks === "object" ? message.latencyTicks.low || message.latencyTicks.high : message.latencyTicks !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.latencyTicks);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an IpiSent message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.IpiSent
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.IpiSent & disco.trace.v1.IpiSent.$Shape} IpiSent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                IpiSent.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.disco.trace.v1.IpiSent();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.fromCpu = value;
                                else
                                    delete message.fromCpu;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.toCpu = value;
                                else
                                    delete message.toCpu;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.vector = value;
                                else
                                    delete message.vector;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.latencyTicks = value;
                                else
                                    delete message.latencyTicks;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return IpiSent;
            })();

            v1.DiskRequestCompleted = (function() {

                /**
                 * Properties of a DiskRequestCompleted.
                 * @typedef {Object} disco.trace.v1.DiskRequestCompleted.$Properties
                 * @property {number|null} [disk] DiskRequestCompleted disk
                 * @property {boolean|null} [write] DiskRequestCompleted write
                 * @property {number|null} [sector] DiskRequestCompleted sector
                 * @property {number|null} [sectors] DiskRequestCompleted sectors
                 * @property {number|null} [machineAddress] DiskRequestCompleted machineAddress
                 * @property {number|null} [queueTicks] DiskRequestCompleted queueTicks
                 * @property {number|null} [seekTicks] DiskRequestCompleted seekTicks
                 * @property {number|null} [rotationTicks] DiskRequestCompleted rotationTicks
                 * @property {number|null} [transferTicks] DiskRequestCompleted transferTicks
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DiskRequestCompleted.
                 * @memberof disco.trace.v1
                 * @interface IDiskRequestCompleted
                 * @augments disco.trace.v1.DiskRequestCompleted.$Properties
                 * @deprecated Use disco.trace.v1.DiskRequestCompleted.$Properties instead.
                 */

                /**
                 * Shape of a DiskRequestCompleted.
                 * @typedef {disco.trace.v1.DiskRequestCompleted.$Properties} disco.trace.v1.DiskRequestCompleted.$Shape
                 */

                /**
                 * Constructs a new DiskRequestCompleted.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a DiskRequestCompleted.
                 * @constructor
                 * @param {disco.trace.v1.DiskRequestCompleted.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var DiskRequestCompleted = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * DiskRequestCompleted disk.
                 * @member {number} disk
                 * @memberof disco.trace.v1.DiskRequestCompleted
                 * @instance
                 */
                DiskRequestCompleted.prototype.disk = 0;

                /**
                 * DiskRequestCompleted write.
                 * @member {boolean} write
                 * @memberof disco.trace.v1.DiskRequestCompleted
                 * @instance
                 */
                DiskRequestCompleted.prototype.write = false;

                /**
                 * DiskRequestCompleted sector.
                 * @member {number} sector
                 * @memberof disco.trace.v1.DiskRequestCompleted
                 * @instance
                 */
                DiskRequestCompleted.prototype.sector = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DiskRequestCompleted sectors.
                 * @member {number} sectors
                 * @memberof disco.trace.v1.DiskRequestCompleted
                 * @instance
                 */
                DiskRequestCompleted.prototype.sectors = 0;

                /**
                 * DiskRequestCompleted machineAddress.
                 * @member {number} machineAddress
                 * @memberof disco.trace.v1.DiskRequestCompleted
                 * @instance
                 */
                DiskRequestCompleted.prototype.machineAddress = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DiskRequestCompleted queueTicks.
                 * @member {number} queueTicks
                 * @memberof disco.trace.v1.DiskRequestCompleted
                 * @instance
                 */
                DiskRequestCompleted.prototype.queueTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DiskRequestCompleted seekTicks.
                 * @member {number} seekTicks
                 * @memberof disco.trace.v1.DiskRequestCompleted
                 * @instance
                 */
                DiskRequestCompleted.prototype.seekTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DiskRequestCompleted rotationTicks.
                 * @member {number} rotationTicks
                 * @memberof disco.trace.v1.DiskRequestCompleted
                 * @instance
                 */
                DiskRequestCompleted.prototype.rotationTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DiskRequestCompleted transferTicks.
                 * @member {number} transferTicks
                 * @memberof disco.trace.v1.DiskRequestCompleted
                 * @instance
                 */
                DiskRequestCompleted.prototype.transferTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified DiskRequestCompleted message. Does not implicitly {@link disco.trace.v1.DiskRequestCompleted.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.DiskRequestCompleted
                 * @static
                 * @param {disco.trace.v1.DiskRequestCompleted.$Properties} message DiskRequestCompleted message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DiskRequestCompleted.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.disk != null && $Object.hasOwnProperty.call(message, "disk") && message.disk !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.disk);
                    if (message.write != null && $Object.hasOwnProperty.call(message, "write") && message.write !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.write);
                    if (message.sector != null && $Object.hasOwnProperty.call(message, "sector") && (typeof message.sector === "object" ? message.sector.low || message.sector.high : message.sector !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.sector);
                    if (message.sectors != null && $Object.hasOwnProperty.call(message, "sectors") && message.sectors !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.sectors);
                    if (message.machineAddress != null && $Object.hasOwnProperty.call(message, "machineAddress") && (typeof message.machineAddress === "object" ? message.machineAddress.low || message.machineAddress.high : message.machineAddress !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.machineAddress);
                    if (message.queueTicks != null && $Object.hasOwnProperty.call(message, "queueTicks") && (typeof message.queueTicks === "object" ? message.queueTicks.low || message.queueTicks.high : message.queueTicks !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.queueTicks);
                    if (message.seekTicks != null && $Object.hasOwnProperty.call(message, "seekTicks") && (typeof message.seekTicks === "object" ? message.seekTicks.low || message.seekTicks.high : message.seekTicks !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.seekTicks);
                    if (message.rotationTicks != null && $Object.hasOwnProperty.call(message, "rotationTicks") && (typeof message.rotationTicks === "object" ? message.rotationTicks.low || message.rotationTicks.high : message.rotationTicks !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.rotationTicks);
                    if (message.transferTicks != null && $Object.hasOwnProperty.call(message, "transferTicks") && (typeof message.transferTicks === "object" ? message.transferTicks.low || message.transferTicks.high : message.transferTicks !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.transferTicks);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a DiskRequestCompleted message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.DiskRequestCompleted
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.DiskRequestCompleted & disco.trace.v1.DiskRequestCompleted.$Shape} DiskRequestCompleted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DiskRequestCompleted.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.disco.trace.v1.DiskRequestCompleted();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.disk = value;
                                else
                                    delete message.disk;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.write = value;
                                else
                                    delete message.write;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.sector = value;
                                else
                                    delete message.sector;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.sectors = value;
                                else
                                    delete message.sectors;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.machineAddress = value;
                                else
                                    delete message.machineAddress;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.queueTicks = value;
                                else
                                    delete message.queueTicks;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.seekTicks = value;
                                else
                                    delete message.seekTicks;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.rotationTicks = value;
                                else
                                    delete message.rotationTicks;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.transferTicks = value;
                                else
                                    delete message.transferTicks;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return DiskRequestCompleted;
            })();

            v1.NicPacketTransferred = (function() {

                /**
                 * Properties of a NicPacketTransferred.
                 * @typedef {Object} disco.trace.v1.NicPacketTransferred.$Properties
                 * @property {number|null} [fromNode] NicPacketTransferred fromNode
                 * @property {number|null} [toNode] NicPacketTransferred toNode
                 * @property {number|null} [bytes] NicPacketTransferred bytes
                 * @property {number|null} [sourceAddress] NicPacketTransferred sourceAddress
                 * @property {number|null} [destinationAddress] NicPacketTransferred destinationAddress
                 * @property {number|null} [latencyTicks] NicPacketTransferred latencyTicks
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a NicPacketTransferred.
                 * @memberof disco.trace.v1
                 * @interface INicPacketTransferred
                 * @augments disco.trace.v1.NicPacketTransferred.$Properties
                 * @deprecated Use disco.trace.v1.NicPacketTransferred.$Properties instead.
                 */

                /**
                 * Shape of a NicPacketTransferred.
                 * @typedef {disco.trace.v1.NicPacketTransferred.$Properties} disco.trace.v1.NicPacketTransferred.$Shape
                 */

                /**
                 * Constructs a new NicPacketTransferred.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a NicPacketTransferred.
                 * @constructor
                 * @param {disco.trace.v1.NicPacketTransferred.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var NicPacketTransferred = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * NicPacketTransferred fromNode.
                 * @member {number} fromNode
                 * @memberof disco.trace.v1.NicPacketTransferred
                 * @instance
                 */
                NicPacketTransferred.prototype.fromNode = 0;

                /**
                 * NicPacketTransferred toNode.
                 * @member {number} toNode
                 * @memberof disco.trace.v1.NicPacketTransferred
                 * @instance
                 */
                NicPacketTransferred.prototype.toNode = 0;

                /**
                 * NicPacketTransferred bytes.
                 * @member {number} bytes
                 * @memberof disco.trace.v1.NicPacketTransferred
                 * @instance
                 */
                NicPacketTransferred.prototype.bytes = 0;

                /**
                 * NicPacketTransferred sourceAddress.
                 * @member {number} sourceAddress
                 * @memberof disco.trace.v1.NicPacketTransferred
                 * @instance
                 */
                NicPacketTransferred.prototype.sourceAddress = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * NicPacketTransferred destinationAddress.
                 * @member {number} destinationAddress
                 * @memberof disco.trace.v1.NicPacketTransferred
                 * @instance
                 */
                NicPacketTransferred.prototype.destinationAddress = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * NicPacketTransferred latencyTicks.
                 * @member {number} latencyTicks
                 * @memberof disco.trace.v1.NicPacketTransferred
                 * @instance
                 */
                NicPacketTransferred.prototype.latencyTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified NicPacketTransferred message. Does not implicitly {@link disco.trace.v1.NicPacketTransferred.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.NicPacketTransferred
                 * @static
                 * @param {disco.trace.v1.NicPacketTransferred.$Properties} message NicPacketTransferred message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                NicPacketTransferred.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.fromNode != null && $Object.hasOwnProperty.call(message, "fromNode") && message.fromNode !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.fromNode);
                    if (message.toNode != null && $Object.hasOwnProperty.call(message, "toNode") && message.toNode !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.toNode);
                    if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && message.bytes !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.bytes);
                    if (message.sourceAddress != null && $Object.hasOwnProperty.call(message, "sourceAddress") && (typeof message.sourceAddress === "object" ? message.sourceAddress.low || message.sourceAddress.high : message.sourceAddress !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.sourceAddress);
                    if (message.destinationAddress != null && $Object.hasOwnProperty.call(message, "destinationAddress") && (typeof message.destinationAddress === "object" ? message.destinationAddress.low || message.destinationAddress.high : message.destinationAddress !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.destinationAddress);
                    if (message.latencyTicks != null && $Object.hasOwnProperty.call(message, "latencyTicks") && (typeof message.latencyTicks === "object" ? message.latencyTicks.low || message.latencyTicks.high : message.latencyTicks !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.latencyTicks);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a NicPacketTransferred message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.NicPacketTransferred
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.NicPacketTransferred & disco.trace.v1.NicPacketTransferred.$Shape} NicPacketTransferred
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                NicPacketTransferred.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.disco.trace.v1.NicPacketTransferred();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.fromNode = value;
                                else
                                    delete message.fromNode;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.toNode = value;
                                else
                                    delete message.toNode;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.bytes = value;
                                else
                                    delete message.bytes;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.sourceAddress = value;
                                else
                                    delete message.sourceAddress;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.destinationAddress = value;
                                else
                                    delete message.destinationAddress;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.latencyTicks = value;
                                else
                                    delete message.latencyTicks;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return NicPacketTransferred;
            })();

            v1.ExecutionSample = (function() {

                /**
                 * Properties of an ExecutionSample.
                 * @typedef {Object} disco.trace.v1.ExecutionSample.$Properties
                 * @property {disco.trace.v1.TimeBucket|null} [bucket] ExecutionSample bucket
                 * @property {number|null} [intervalTicks] ExecutionSample intervalTicks
                 * @property {number|null} [execTicks] ExecutionSample execTicks
                 * @property {number|null} [stallLocalTicks] ExecutionSample stallLocalTicks
                 * @property {number|null} [stallRemoteTicks] ExecutionSample stallRemoteTicks
                 * @property {number|null} [stallL2HitTicks] ExecutionSample stallL2HitTicks
                 * @property {number|null} [instructions] ExecutionSample instructions
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ExecutionSample.
                 * @memberof disco.trace.v1
                 * @interface IExecutionSample
                 * @augments disco.trace.v1.ExecutionSample.$Properties
                 * @deprecated Use disco.trace.v1.ExecutionSample.$Properties instead.
                 */

                /**
                 * Shape of an ExecutionSample.
                 * @typedef {disco.trace.v1.ExecutionSample.$Properties} disco.trace.v1.ExecutionSample.$Shape
                 */

                /**
                 * Constructs a new ExecutionSample.
                 * @memberof disco.trace.v1
                 * @classdesc Represents an ExecutionSample.
                 * @constructor
                 * @param {disco.trace.v1.ExecutionSample.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ExecutionSample = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ExecutionSample bucket.
                 * @member {disco.trace.v1.TimeBucket} bucket
                 * @memberof disco.trace.v1.ExecutionSample
                 * @instance
                 */
                ExecutionSample.prototype.bucket = 0;

                /**
                 * ExecutionSample intervalTicks.
                 * @member {number} intervalTicks
                 * @memberof disco.trace.v1.ExecutionSample
                 * @instance
                 */
                ExecutionSample.prototype.intervalTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ExecutionSample execTicks.
                 * @member {number} execTicks
                 * @memberof disco.trace.v1.ExecutionSample
                 * @instance
                 */
                ExecutionSample.prototype.execTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ExecutionSample stallLocalTicks.
                 * @member {number} stallLocalTicks
                 * @memberof disco.trace.v1.ExecutionSample
                 * @instance
                 */
                ExecutionSample.prototype.stallLocalTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ExecutionSample stallRemoteTicks.
                 * @member {number} stallRemoteTicks
                 * @memberof disco.trace.v1.ExecutionSample
                 * @instance
                 */
                ExecutionSample.prototype.stallRemoteTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ExecutionSample stallL2HitTicks.
                 * @member {number} stallL2HitTicks
                 * @memberof disco.trace.v1.ExecutionSample
                 * @instance
                 */
                ExecutionSample.prototype.stallL2HitTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ExecutionSample instructions.
                 * @member {number} instructions
                 * @memberof disco.trace.v1.ExecutionSample
                 * @instance
                 */
                ExecutionSample.prototype.instructions = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified ExecutionSample message. Does not implicitly {@link disco.trace.v1.ExecutionSample.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.ExecutionSample
                 * @static
                 * @param {disco.trace.v1.ExecutionSample.$Properties} message ExecutionSample message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ExecutionSample.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.bucket != null && $Object.hasOwnProperty.call(message, "bucket") && message.bucket !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.bucket);
                    if (message.intervalTicks != null && $Object.hasOwnProperty.call(message, "intervalTicks") && (typeof message.intervalTicks === "object" ? message.intervalTicks.low || message.intervalTicks.high : message.intervalTicks !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.intervalTicks);
                    if (message.execTicks != null && $Object.hasOwnProperty.call(message, "execTicks") && (typeof message.execTicks === "object" ? message.execTicks.low || message.execTicks.high : message.execTicks !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.execTicks);
                    if (message.stallLocalTicks != null && $Object.hasOwnProperty.call(message, "stallLocalTicks") && (typeof message.stallLocalTicks === "object" ? message.stallLocalTicks.low || message.stallLocalTicks.high : message.stallLocalTicks !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.stallLocalTicks);
                    if (message.stallRemoteTicks != null && $Object.hasOwnProperty.call(message, "stallRemoteTicks") && (typeof message.stallRemoteTicks === "object" ? message.stallRemoteTicks.low || message.stallRemoteTicks.high : message.stallRemoteTicks !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.stallRemoteTicks);
                    if (message.stallL2HitTicks != null && $Object.hasOwnProperty.call(message, "stallL2HitTicks") && (typeof message.stallL2HitTicks === "object" ? message.stallL2HitTicks.low || message.stallL2HitTicks.high : message.stallL2HitTicks !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.stallL2HitTicks);
                    if (message.instructions != null && $Object.hasOwnProperty.call(message, "instructions") && (typeof message.instructions === "object" ? message.instructions.low || message.instructions.high : message.instructions !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.instructions);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an ExecutionSample message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.ExecutionSample
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.ExecutionSample & disco.trace.v1.ExecutionSample.$Shape} ExecutionSample
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ExecutionSample.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.disco.trace.v1.ExecutionSample();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.bucket = value;
                                else
                                    delete message.bucket;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.intervalTicks = value;
                                else
                                    delete message.intervalTicks;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.execTicks = value;
                                else
                                    delete message.execTicks;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.stallLocalTicks = value;
                                else
                                    delete message.stallLocalTicks;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.stallRemoteTicks = value;
                                else
                                    delete message.stallRemoteTicks;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.stallL2HitTicks = value;
                                else
                                    delete message.stallL2HitTicks;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.instructions = value;
                                else
                                    delete message.instructions;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ExecutionSample;
            })();

            /**
             * TimeBucket enum.
             * @name disco.trace.v1.TimeBucket
             * @enum {number}
             * @property {number} TIME_USER=0 TIME_USER value
             * @property {number} TIME_KERNEL=1 TIME_KERNEL value
             * @property {number} TIME_KERNEL_SYNC=2 TIME_KERNEL_SYNC value
             * @property {number} TIME_IDLE=3 TIME_IDLE value
             * @property {number} TIME_MONITOR_TLB_WRITE=4 TIME_MONITOR_TLB_WRITE value
             * @property {number} TIME_MONITOR_PRIVILEGED=5 TIME_MONITOR_PRIVILEGED value
             * @property {number} TIME_MONITOR_CALL_FAULT=6 TIME_MONITOR_CALL_FAULT value
             * @property {number} TIME_MONITOR_KERNEL_TLB=7 TIME_MONITOR_KERNEL_TLB value
             * @property {number} TIME_MONITOR_TLB_MISS=8 TIME_MONITOR_TLB_MISS value
             * @property {number} TIME_MONITOR_NUMA=9 TIME_MONITOR_NUMA value
             * @property {number} TIME_MONITOR_OTHER=10 TIME_MONITOR_OTHER value
             */
            v1.TimeBucket = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "TIME_USER"] = 0;
                values[valuesById[1] = "TIME_KERNEL"] = 1;
                values[valuesById[2] = "TIME_KERNEL_SYNC"] = 2;
                values[valuesById[3] = "TIME_IDLE"] = 3;
                values[valuesById[4] = "TIME_MONITOR_TLB_WRITE"] = 4;
                values[valuesById[5] = "TIME_MONITOR_PRIVILEGED"] = 5;
                values[valuesById[6] = "TIME_MONITOR_CALL_FAULT"] = 6;
                values[valuesById[7] = "TIME_MONITOR_KERNEL_TLB"] = 7;
                values[valuesById[8] = "TIME_MONITOR_TLB_MISS"] = 8;
                values[valuesById[9] = "TIME_MONITOR_NUMA"] = 9;
                values[valuesById[10] = "TIME_MONITOR_OTHER"] = 10;
                return values;
            })();

            /**
             * GuestService enum.
             * @name disco.trace.v1.GuestService
             * @enum {number}
             * @property {number} GUEST_SERVICE_UNSPECIFIED=0 GUEST_SERVICE_UNSPECIFIED value
             * @property {number} SERVICE_UTLB_MISS=1 SERVICE_UTLB_MISS value
             * @property {number} SERVICE_QUICK_FAULT=2 SERVICE_QUICK_FAULT value
             * @property {number} SERVICE_DEMAND_ZERO=3 SERVICE_DEMAND_ZERO value
             * @property {number} SERVICE_COW_FAULT=4 SERVICE_COW_FAULT value
             * @property {number} SERVICE_OPEN=5 SERVICE_OPEN value
             * @property {number} SERVICE_CLOSE=6 SERVICE_CLOSE value
             * @property {number} SERVICE_READ=7 SERVICE_READ value
             * @property {number} SERVICE_WRITE=8 SERVICE_WRITE value
             * @property {number} SERVICE_EXECVE=9 SERVICE_EXECVE value
             * @property {number} SERVICE_FORK=10 SERVICE_FORK value
             * @property {number} SERVICE_EXIT=11 SERVICE_EXIT value
             * @property {number} SERVICE_WAIT=12 SERVICE_WAIT value
             * @property {number} SERVICE_SPROC=13 SERVICE_SPROC value
             * @property {number} SERVICE_BARRIER=14 SERVICE_BARRIER value
             * @property {number} SERVICE_CONTEXT_SWITCH=15 SERVICE_CONTEXT_SWITCH value
             * @property {number} SERVICE_CLOCK_INTERRUPT=16 SERVICE_CLOCK_INTERRUPT value
             * @property {number} SERVICE_DISK_INTERRUPT=17 SERVICE_DISK_INTERRUPT value
             * @property {number} SERVICE_NET_INTERRUPT=18 SERVICE_NET_INTERRUPT value
             * @property {number} SERVICE_IPI=19 SERVICE_IPI value
             * @property {number} SERVICE_BDFLUSH=20 SERVICE_BDFLUSH value
             * @property {number} SERVICE_NFS_SERVE=21 SERVICE_NFS_SERVE value
             * @property {number} SERVICE_OTHER_SYSCALL=22 SERVICE_OTHER_SYSCALL value
             */
            v1.GuestService = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "GUEST_SERVICE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "SERVICE_UTLB_MISS"] = 1;
                values[valuesById[2] = "SERVICE_QUICK_FAULT"] = 2;
                values[valuesById[3] = "SERVICE_DEMAND_ZERO"] = 3;
                values[valuesById[4] = "SERVICE_COW_FAULT"] = 4;
                values[valuesById[5] = "SERVICE_OPEN"] = 5;
                values[valuesById[6] = "SERVICE_CLOSE"] = 6;
                values[valuesById[7] = "SERVICE_READ"] = 7;
                values[valuesById[8] = "SERVICE_WRITE"] = 8;
                values[valuesById[9] = "SERVICE_EXECVE"] = 9;
                values[valuesById[10] = "SERVICE_FORK"] = 10;
                values[valuesById[11] = "SERVICE_EXIT"] = 11;
                values[valuesById[12] = "SERVICE_WAIT"] = 12;
                values[valuesById[13] = "SERVICE_SPROC"] = 13;
                values[valuesById[14] = "SERVICE_BARRIER"] = 14;
                values[valuesById[15] = "SERVICE_CONTEXT_SWITCH"] = 15;
                values[valuesById[16] = "SERVICE_CLOCK_INTERRUPT"] = 16;
                values[valuesById[17] = "SERVICE_DISK_INTERRUPT"] = 17;
                values[valuesById[18] = "SERVICE_NET_INTERRUPT"] = 18;
                values[valuesById[19] = "SERVICE_IPI"] = 19;
                values[valuesById[20] = "SERVICE_BDFLUSH"] = 20;
                values[valuesById[21] = "SERVICE_NFS_SERVE"] = 21;
                values[valuesById[22] = "SERVICE_OTHER_SYSCALL"] = 22;
                return values;
            })();

            v1.KernelServiceCompleted = (function() {

                /**
                 * Properties of a KernelServiceCompleted.
                 * @typedef {Object} disco.trace.v1.KernelServiceCompleted.$Properties
                 * @property {disco.trace.v1.GuestService|null} [service] KernelServiceCompleted service
                 * @property {number|null} [durationTicks] KernelServiceCompleted durationTicks
                 * @property {number|null} [syncTicks] KernelServiceCompleted syncTicks
                 * @property {number|null} [pid] KernelServiceCompleted pid
                 * @property {number|null} [virtualAddress] KernelServiceCompleted virtualAddress
                 * @property {number|null} [bytes] KernelServiceCompleted bytes
                 * @property {number|null} [diskReads] KernelServiceCompleted diskReads
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a KernelServiceCompleted.
                 * @memberof disco.trace.v1
                 * @interface IKernelServiceCompleted
                 * @augments disco.trace.v1.KernelServiceCompleted.$Properties
                 * @deprecated Use disco.trace.v1.KernelServiceCompleted.$Properties instead.
                 */

                /**
                 * Shape of a KernelServiceCompleted.
                 * @typedef {disco.trace.v1.KernelServiceCompleted.$Properties} disco.trace.v1.KernelServiceCompleted.$Shape
                 */

                /**
                 * Constructs a new KernelServiceCompleted.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a KernelServiceCompleted.
                 * @constructor
                 * @param {disco.trace.v1.KernelServiceCompleted.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var KernelServiceCompleted = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * KernelServiceCompleted service.
                 * @member {disco.trace.v1.GuestService} service
                 * @memberof disco.trace.v1.KernelServiceCompleted
                 * @instance
                 */
                KernelServiceCompleted.prototype.service = 0;

                /**
                 * KernelServiceCompleted durationTicks.
                 * @member {number} durationTicks
                 * @memberof disco.trace.v1.KernelServiceCompleted
                 * @instance
                 */
                KernelServiceCompleted.prototype.durationTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * KernelServiceCompleted syncTicks.
                 * @member {number} syncTicks
                 * @memberof disco.trace.v1.KernelServiceCompleted
                 * @instance
                 */
                KernelServiceCompleted.prototype.syncTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * KernelServiceCompleted pid.
                 * @member {number} pid
                 * @memberof disco.trace.v1.KernelServiceCompleted
                 * @instance
                 */
                KernelServiceCompleted.prototype.pid = 0;

                /**
                 * KernelServiceCompleted virtualAddress.
                 * @member {number} virtualAddress
                 * @memberof disco.trace.v1.KernelServiceCompleted
                 * @instance
                 */
                KernelServiceCompleted.prototype.virtualAddress = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * KernelServiceCompleted bytes.
                 * @member {number} bytes
                 * @memberof disco.trace.v1.KernelServiceCompleted
                 * @instance
                 */
                KernelServiceCompleted.prototype.bytes = 0;

                /**
                 * KernelServiceCompleted diskReads.
                 * @member {number} diskReads
                 * @memberof disco.trace.v1.KernelServiceCompleted
                 * @instance
                 */
                KernelServiceCompleted.prototype.diskReads = 0;

                /**
                 * Encodes the specified KernelServiceCompleted message. Does not implicitly {@link disco.trace.v1.KernelServiceCompleted.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.KernelServiceCompleted
                 * @static
                 * @param {disco.trace.v1.KernelServiceCompleted.$Properties} message KernelServiceCompleted message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                KernelServiceCompleted.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.service != null && $Object.hasOwnProperty.call(message, "service") && message.service !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.service);
                    if (message.durationTicks != null && $Object.hasOwnProperty.call(message, "durationTicks") && (typeof message.durationTicks === "object" ? message.durationTicks.low || message.durationTicks.high : message.durationTicks !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.durationTicks);
                    if (message.syncTicks != null && $Object.hasOwnProperty.call(message, "syncTicks") && (typeof message.syncTicks === "object" ? message.syncTicks.low || message.syncTicks.high : message.syncTicks !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.syncTicks);
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.pid);
                    if (message.virtualAddress != null && $Object.hasOwnProperty.call(message, "virtualAddress") && (typeof message.virtualAddress === "object" ? message.virtualAddress.low || message.virtualAddress.high : message.virtualAddress !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.virtualAddress);
                    if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && message.bytes !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.bytes);
                    if (message.diskReads != null && $Object.hasOwnProperty.call(message, "diskReads") && message.diskReads !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.diskReads);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a KernelServiceCompleted message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.KernelServiceCompleted
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.KernelServiceCompleted & disco.trace.v1.KernelServiceCompleted.$Shape} KernelServiceCompleted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                KernelServiceCompleted.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.disco.trace.v1.KernelServiceCompleted();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.service = value;
                                else
                                    delete message.service;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.durationTicks = value;
                                else
                                    delete message.durationTicks;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.syncTicks = value;
                                else
                                    delete message.syncTicks;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.virtualAddress = value;
                                else
                                    delete message.virtualAddress;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.bytes = value;
                                else
                                    delete message.bytes;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.diskReads = value;
                                else
                                    delete message.diskReads;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return KernelServiceCompleted;
            })();

            v1.KernelServiceSampled = (function() {

                /**
                 * Properties of a KernelServiceSampled.
                 * @typedef {Object} disco.trace.v1.KernelServiceSampled.$Properties
                 * @property {disco.trace.v1.GuestService|null} [service] KernelServiceSampled service
                 * @property {number|null} [invocations] KernelServiceSampled invocations
                 * @property {number|null} [totalTicks] KernelServiceSampled totalTicks
                 * @property {number|null} [syncTicks] KernelServiceSampled syncTicks
                 * @property {number|null} [intervalTicks] KernelServiceSampled intervalTicks
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a KernelServiceSampled.
                 * @memberof disco.trace.v1
                 * @interface IKernelServiceSampled
                 * @augments disco.trace.v1.KernelServiceSampled.$Properties
                 * @deprecated Use disco.trace.v1.KernelServiceSampled.$Properties instead.
                 */

                /**
                 * Shape of a KernelServiceSampled.
                 * @typedef {disco.trace.v1.KernelServiceSampled.$Properties} disco.trace.v1.KernelServiceSampled.$Shape
                 */

                /**
                 * Constructs a new KernelServiceSampled.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a KernelServiceSampled.
                 * @constructor
                 * @param {disco.trace.v1.KernelServiceSampled.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var KernelServiceSampled = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * KernelServiceSampled service.
                 * @member {disco.trace.v1.GuestService} service
                 * @memberof disco.trace.v1.KernelServiceSampled
                 * @instance
                 */
                KernelServiceSampled.prototype.service = 0;

                /**
                 * KernelServiceSampled invocations.
                 * @member {number} invocations
                 * @memberof disco.trace.v1.KernelServiceSampled
                 * @instance
                 */
                KernelServiceSampled.prototype.invocations = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * KernelServiceSampled totalTicks.
                 * @member {number} totalTicks
                 * @memberof disco.trace.v1.KernelServiceSampled
                 * @instance
                 */
                KernelServiceSampled.prototype.totalTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * KernelServiceSampled syncTicks.
                 * @member {number} syncTicks
                 * @memberof disco.trace.v1.KernelServiceSampled
                 * @instance
                 */
                KernelServiceSampled.prototype.syncTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * KernelServiceSampled intervalTicks.
                 * @member {number} intervalTicks
                 * @memberof disco.trace.v1.KernelServiceSampled
                 * @instance
                 */
                KernelServiceSampled.prototype.intervalTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified KernelServiceSampled message. Does not implicitly {@link disco.trace.v1.KernelServiceSampled.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.KernelServiceSampled
                 * @static
                 * @param {disco.trace.v1.KernelServiceSampled.$Properties} message KernelServiceSampled message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                KernelServiceSampled.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.service != null && $Object.hasOwnProperty.call(message, "service") && message.service !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.service);
                    if (message.invocations != null && $Object.hasOwnProperty.call(message, "invocations") && (typeof message.invocations === "object" ? message.invocations.low || message.invocations.high : message.invocations !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.invocations);
                    if (message.totalTicks != null && $Object.hasOwnProperty.call(message, "totalTicks") && (typeof message.totalTicks === "object" ? message.totalTicks.low || message.totalTicks.high : message.totalTicks !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.totalTicks);
                    if (message.syncTicks != null && $Object.hasOwnProperty.call(message, "syncTicks") && (typeof message.syncTicks === "object" ? message.syncTicks.low || message.syncTicks.high : message.syncTicks !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.syncTicks);
                    if (message.intervalTicks != null && $Object.hasOwnProperty.call(message, "intervalTicks") && (typeof message.intervalTicks === "object" ? message.intervalTicks.low || message.intervalTicks.high : message.intervalTicks !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.intervalTicks);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a KernelServiceSampled message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.KernelServiceSampled
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.KernelServiceSampled & disco.trace.v1.KernelServiceSampled.$Shape} KernelServiceSampled
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                KernelServiceSampled.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.disco.trace.v1.KernelServiceSampled();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.service = value;
                                else
                                    delete message.service;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.invocations = value;
                                else
                                    delete message.invocations;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.totalTicks = value;
                                else
                                    delete message.totalTicks;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.syncTicks = value;
                                else
                                    delete message.syncTicks;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.intervalTicks = value;
                                else
                                    delete message.intervalTicks;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return KernelServiceSampled;
            })();

            v1.ProcessForked = (function() {

                /**
                 * Properties of a ProcessForked.
                 * @typedef {Object} disco.trace.v1.ProcessForked.$Properties
                 * @property {number|null} [parentPid] ProcessForked parentPid
                 * @property {number|null} [childPid] ProcessForked childPid
                 * @property {number|null} [sharedPages] ProcessForked sharedPages
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ProcessForked.
                 * @memberof disco.trace.v1
                 * @interface IProcessForked
                 * @augments disco.trace.v1.ProcessForked.$Properties
                 * @deprecated Use disco.trace.v1.ProcessForked.$Properties instead.
                 */

                /**
                 * Shape of a ProcessForked.
                 * @typedef {disco.trace.v1.ProcessForked.$Properties} disco.trace.v1.ProcessForked.$Shape
                 */

                /**
                 * Constructs a new ProcessForked.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a ProcessForked.
                 * @constructor
                 * @param {disco.trace.v1.ProcessForked.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ProcessForked = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ProcessForked parentPid.
                 * @member {number} parentPid
                 * @memberof disco.trace.v1.ProcessForked
                 * @instance
                 */
                ProcessForked.prototype.parentPid = 0;

                /**
                 * ProcessForked childPid.
                 * @member {number} childPid
                 * @memberof disco.trace.v1.ProcessForked
                 * @instance
                 */
                ProcessForked.prototype.childPid = 0;

                /**
                 * ProcessForked sharedPages.
                 * @member {number} sharedPages
                 * @memberof disco.trace.v1.ProcessForked
                 * @instance
                 */
                ProcessForked.prototype.sharedPages = 0;

                /**
                 * Encodes the specified ProcessForked message. Does not implicitly {@link disco.trace.v1.ProcessForked.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.ProcessForked
                 * @static
                 * @param {disco.trace.v1.ProcessForked.$Properties} message ProcessForked message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProcessForked.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.parentPid != null && $Object.hasOwnProperty.call(message, "parentPid") && message.parentPid !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.parentPid);
                    if (message.childPid != null && $Object.hasOwnProperty.call(message, "childPid") && message.childPid !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.childPid);
                    if (message.sharedPages != null && $Object.hasOwnProperty.call(message, "sharedPages") && message.sharedPages !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.sharedPages);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ProcessForked message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.ProcessForked
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.ProcessForked & disco.trace.v1.ProcessForked.$Shape} ProcessForked
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProcessForked.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.disco.trace.v1.ProcessForked();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.parentPid = value;
                                else
                                    delete message.parentPid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.childPid = value;
                                else
                                    delete message.childPid;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.sharedPages = value;
                                else
                                    delete message.sharedPages;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ProcessForked;
            })();

            v1.ProcessExeced = (function() {

                /**
                 * Properties of a ProcessExeced.
                 * @typedef {Object} disco.trace.v1.ProcessExeced.$Properties
                 * @property {number|null} [pid] ProcessExeced pid
                 * @property {string|null} [binary] ProcessExeced binary
                 * @property {number|null} [textPages] ProcessExeced textPages
                 * @property {number|null} [cachedTextPages] ProcessExeced cachedTextPages
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ProcessExeced.
                 * @memberof disco.trace.v1
                 * @interface IProcessExeced
                 * @augments disco.trace.v1.ProcessExeced.$Properties
                 * @deprecated Use disco.trace.v1.ProcessExeced.$Properties instead.
                 */

                /**
                 * Shape of a ProcessExeced.
                 * @typedef {disco.trace.v1.ProcessExeced.$Properties} disco.trace.v1.ProcessExeced.$Shape
                 */

                /**
                 * Constructs a new ProcessExeced.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a ProcessExeced.
                 * @constructor
                 * @param {disco.trace.v1.ProcessExeced.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ProcessExeced = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ProcessExeced pid.
                 * @member {number} pid
                 * @memberof disco.trace.v1.ProcessExeced
                 * @instance
                 */
                ProcessExeced.prototype.pid = 0;

                /**
                 * ProcessExeced binary.
                 * @member {string} binary
                 * @memberof disco.trace.v1.ProcessExeced
                 * @instance
                 */
                ProcessExeced.prototype.binary = "";

                /**
                 * ProcessExeced textPages.
                 * @member {number} textPages
                 * @memberof disco.trace.v1.ProcessExeced
                 * @instance
                 */
                ProcessExeced.prototype.textPages = 0;

                /**
                 * ProcessExeced cachedTextPages.
                 * @member {number} cachedTextPages
                 * @memberof disco.trace.v1.ProcessExeced
                 * @instance
                 */
                ProcessExeced.prototype.cachedTextPages = 0;

                /**
                 * Encodes the specified ProcessExeced message. Does not implicitly {@link disco.trace.v1.ProcessExeced.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.ProcessExeced
                 * @static
                 * @param {disco.trace.v1.ProcessExeced.$Properties} message ProcessExeced message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProcessExeced.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pid);
                    if (message.binary != null && $Object.hasOwnProperty.call(message, "binary") && message.binary !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.binary);
                    if (message.textPages != null && $Object.hasOwnProperty.call(message, "textPages") && message.textPages !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.textPages);
                    if (message.cachedTextPages != null && $Object.hasOwnProperty.call(message, "cachedTextPages") && message.cachedTextPages !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.cachedTextPages);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ProcessExeced message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.ProcessExeced
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.ProcessExeced & disco.trace.v1.ProcessExeced.$Shape} ProcessExeced
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProcessExeced.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.disco.trace.v1.ProcessExeced();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.binary = value;
                                else
                                    delete message.binary;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.textPages = value;
                                else
                                    delete message.textPages;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.cachedTextPages = value;
                                else
                                    delete message.cachedTextPages;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ProcessExeced;
            })();

            v1.ProcessExited = (function() {

                /**
                 * Properties of a ProcessExited.
                 * @typedef {Object} disco.trace.v1.ProcessExited.$Properties
                 * @property {number|null} [pid] ProcessExited pid
                 * @property {number|null} [parentPid] ProcessExited parentPid
                 * @property {number|null} [lifetimeTicks] ProcessExited lifetimeTicks
                 * @property {number|null} [freedPages] ProcessExited freedPages
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ProcessExited.
                 * @memberof disco.trace.v1
                 * @interface IProcessExited
                 * @augments disco.trace.v1.ProcessExited.$Properties
                 * @deprecated Use disco.trace.v1.ProcessExited.$Properties instead.
                 */

                /**
                 * Shape of a ProcessExited.
                 * @typedef {disco.trace.v1.ProcessExited.$Properties} disco.trace.v1.ProcessExited.$Shape
                 */

                /**
                 * Constructs a new ProcessExited.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a ProcessExited.
                 * @constructor
                 * @param {disco.trace.v1.ProcessExited.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ProcessExited = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ProcessExited pid.
                 * @member {number} pid
                 * @memberof disco.trace.v1.ProcessExited
                 * @instance
                 */
                ProcessExited.prototype.pid = 0;

                /**
                 * ProcessExited parentPid.
                 * @member {number} parentPid
                 * @memberof disco.trace.v1.ProcessExited
                 * @instance
                 */
                ProcessExited.prototype.parentPid = 0;

                /**
                 * ProcessExited lifetimeTicks.
                 * @member {number} lifetimeTicks
                 * @memberof disco.trace.v1.ProcessExited
                 * @instance
                 */
                ProcessExited.prototype.lifetimeTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ProcessExited freedPages.
                 * @member {number} freedPages
                 * @memberof disco.trace.v1.ProcessExited
                 * @instance
                 */
                ProcessExited.prototype.freedPages = 0;

                /**
                 * Encodes the specified ProcessExited message. Does not implicitly {@link disco.trace.v1.ProcessExited.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.ProcessExited
                 * @static
                 * @param {disco.trace.v1.ProcessExited.$Properties} message ProcessExited message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProcessExited.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pid);
                    if (message.parentPid != null && $Object.hasOwnProperty.call(message, "parentPid") && message.parentPid !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.parentPid);
                    if (message.lifetimeTicks != null && $Object.hasOwnProperty.call(message, "lifetimeTicks") && (typeof message.lifetimeTicks === "object" ? message.lifetimeTicks.low || message.lifetimeTicks.high : message.lifetimeTicks !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.lifetimeTicks);
                    if (message.freedPages != null && $Object.hasOwnProperty.call(message, "freedPages") && message.freedPages !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.freedPages);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ProcessExited message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.ProcessExited
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.ProcessExited & disco.trace.v1.ProcessExited.$Shape} ProcessExited
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProcessExited.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.disco.trace.v1.ProcessExited();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.parentPid = value;
                                else
                                    delete message.parentPid;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.lifetimeTicks = value;
                                else
                                    delete message.lifetimeTicks;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.freedPages = value;
                                else
                                    delete message.freedPages;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ProcessExited;
            })();

            v1.LockContentionSampled = (function() {

                /**
                 * Properties of a LockContentionSampled.
                 * @typedef {Object} disco.trace.v1.LockContentionSampled.$Properties
                 * @property {string|null} [lock] LockContentionSampled lock
                 * @property {number|null} [acquisitions] LockContentionSampled acquisitions
                 * @property {number|null} [contended] LockContentionSampled contended
                 * @property {number|null} [spinTicks] LockContentionSampled spinTicks
                 * @property {number|null} [intervalTicks] LockContentionSampled intervalTicks
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a LockContentionSampled.
                 * @memberof disco.trace.v1
                 * @interface ILockContentionSampled
                 * @augments disco.trace.v1.LockContentionSampled.$Properties
                 * @deprecated Use disco.trace.v1.LockContentionSampled.$Properties instead.
                 */

                /**
                 * Shape of a LockContentionSampled.
                 * @typedef {disco.trace.v1.LockContentionSampled.$Properties} disco.trace.v1.LockContentionSampled.$Shape
                 */

                /**
                 * Constructs a new LockContentionSampled.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a LockContentionSampled.
                 * @constructor
                 * @param {disco.trace.v1.LockContentionSampled.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var LockContentionSampled = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * LockContentionSampled lock.
                 * @member {string} lock
                 * @memberof disco.trace.v1.LockContentionSampled
                 * @instance
                 */
                LockContentionSampled.prototype.lock = "";

                /**
                 * LockContentionSampled acquisitions.
                 * @member {number} acquisitions
                 * @memberof disco.trace.v1.LockContentionSampled
                 * @instance
                 */
                LockContentionSampled.prototype.acquisitions = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * LockContentionSampled contended.
                 * @member {number} contended
                 * @memberof disco.trace.v1.LockContentionSampled
                 * @instance
                 */
                LockContentionSampled.prototype.contended = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * LockContentionSampled spinTicks.
                 * @member {number} spinTicks
                 * @memberof disco.trace.v1.LockContentionSampled
                 * @instance
                 */
                LockContentionSampled.prototype.spinTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * LockContentionSampled intervalTicks.
                 * @member {number} intervalTicks
                 * @memberof disco.trace.v1.LockContentionSampled
                 * @instance
                 */
                LockContentionSampled.prototype.intervalTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified LockContentionSampled message. Does not implicitly {@link disco.trace.v1.LockContentionSampled.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.LockContentionSampled
                 * @static
                 * @param {disco.trace.v1.LockContentionSampled.$Properties} message LockContentionSampled message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LockContentionSampled.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.lock != null && $Object.hasOwnProperty.call(message, "lock") && message.lock !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.lock);
                    if (message.acquisitions != null && $Object.hasOwnProperty.call(message, "acquisitions") && (typeof message.acquisitions === "object" ? message.acquisitions.low || message.acquisitions.high : message.acquisitions !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.acquisitions);
                    if (message.contended != null && $Object.hasOwnProperty.call(message, "contended") && (typeof message.contended === "object" ? message.contended.low || message.contended.high : message.contended !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.contended);
                    if (message.spinTicks != null && $Object.hasOwnProperty.call(message, "spinTicks") && (typeof message.spinTicks === "object" ? message.spinTicks.low || message.spinTicks.high : message.spinTicks !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.spinTicks);
                    if (message.intervalTicks != null && $Object.hasOwnProperty.call(message, "intervalTicks") && (typeof message.intervalTicks === "object" ? message.intervalTicks.low || message.intervalTicks.high : message.intervalTicks !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.intervalTicks);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a LockContentionSampled message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.LockContentionSampled
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.LockContentionSampled & disco.trace.v1.LockContentionSampled.$Shape} LockContentionSampled
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LockContentionSampled.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.disco.trace.v1.LockContentionSampled();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.lock = value;
                                else
                                    delete message.lock;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.acquisitions = value;
                                else
                                    delete message.acquisitions;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.contended = value;
                                else
                                    delete message.contended;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.spinTicks = value;
                                else
                                    delete message.spinTicks;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.intervalTicks = value;
                                else
                                    delete message.intervalTicks;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return LockContentionSampled;
            })();

            v1.LockSpun = (function() {

                /**
                 * Properties of a LockSpun.
                 * @typedef {Object} disco.trace.v1.LockSpun.$Properties
                 * @property {string|null} [lock] LockSpun lock
                 * @property {number|null} [spinTicks] LockSpun spinTicks
                 * @property {number|null} [holderCpu] LockSpun holderCpu
                 * @property {number|null} [localTicks] LockSpun localTicks
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a LockSpun.
                 * @memberof disco.trace.v1
                 * @interface ILockSpun
                 * @augments disco.trace.v1.LockSpun.$Properties
                 * @deprecated Use disco.trace.v1.LockSpun.$Properties instead.
                 */

                /**
                 * Shape of a LockSpun.
                 * @typedef {disco.trace.v1.LockSpun.$Properties} disco.trace.v1.LockSpun.$Shape
                 */

                /**
                 * Constructs a new LockSpun.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a LockSpun.
                 * @constructor
                 * @param {disco.trace.v1.LockSpun.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var LockSpun = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * LockSpun lock.
                 * @member {string} lock
                 * @memberof disco.trace.v1.LockSpun
                 * @instance
                 */
                LockSpun.prototype.lock = "";

                /**
                 * LockSpun spinTicks.
                 * @member {number} spinTicks
                 * @memberof disco.trace.v1.LockSpun
                 * @instance
                 */
                LockSpun.prototype.spinTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * LockSpun holderCpu.
                 * @member {number} holderCpu
                 * @memberof disco.trace.v1.LockSpun
                 * @instance
                 */
                LockSpun.prototype.holderCpu = 0;

                /**
                 * LockSpun localTicks.
                 * @member {number} localTicks
                 * @memberof disco.trace.v1.LockSpun
                 * @instance
                 */
                LockSpun.prototype.localTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified LockSpun message. Does not implicitly {@link disco.trace.v1.LockSpun.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.LockSpun
                 * @static
                 * @param {disco.trace.v1.LockSpun.$Properties} message LockSpun message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LockSpun.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.lock != null && $Object.hasOwnProperty.call(message, "lock") && message.lock !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.lock);
                    if (message.spinTicks != null && $Object.hasOwnProperty.call(message, "spinTicks") && (typeof message.spinTicks === "object" ? message.spinTicks.low || message.spinTicks.high : message.spinTicks !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.spinTicks);
                    if (message.holderCpu != null && $Object.hasOwnProperty.call(message, "holderCpu") && message.holderCpu !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.holderCpu);
                    if (message.localTicks != null && $Object.hasOwnProperty.call(message, "localTicks") && (typeof message.localTicks === "object" ? message.localTicks.low || message.localTicks.high : message.localTicks !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.localTicks);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a LockSpun message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.LockSpun
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.LockSpun & disco.trace.v1.LockSpun.$Shape} LockSpun
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LockSpun.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.disco.trace.v1.LockSpun();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.lock = value;
                                else
                                    delete message.lock;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.spinTicks = value;
                                else
                                    delete message.spinTicks;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.sint32())
                                    message.holderCpu = value;
                                else
                                    delete message.holderCpu;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.localTicks = value;
                                else
                                    delete message.localTicks;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return LockSpun;
            })();

            v1.BufferCacheSampled = (function() {

                /**
                 * Properties of a BufferCacheSampled.
                 * @typedef {Object} disco.trace.v1.BufferCacheSampled.$Properties
                 * @property {number|null} [hits] BufferCacheSampled hits
                 * @property {number|null} [misses] BufferCacheSampled misses
                 * @property {number|null} [diskReads] BufferCacheSampled diskReads
                 * @property {number|null} [diskWrites] BufferCacheSampled diskWrites
                 * @property {number|null} [buffers] BufferCacheSampled buffers
                 * @property {number|null} [dirtyBuffers] BufferCacheSampled dirtyBuffers
                 * @property {number|null} [intervalTicks] BufferCacheSampled intervalTicks
                 * @property {number|null} [nfsReads] BufferCacheSampled nfsReads
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a BufferCacheSampled.
                 * @memberof disco.trace.v1
                 * @interface IBufferCacheSampled
                 * @augments disco.trace.v1.BufferCacheSampled.$Properties
                 * @deprecated Use disco.trace.v1.BufferCacheSampled.$Properties instead.
                 */

                /**
                 * Shape of a BufferCacheSampled.
                 * @typedef {disco.trace.v1.BufferCacheSampled.$Properties} disco.trace.v1.BufferCacheSampled.$Shape
                 */

                /**
                 * Constructs a new BufferCacheSampled.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a BufferCacheSampled.
                 * @constructor
                 * @param {disco.trace.v1.BufferCacheSampled.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var BufferCacheSampled = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * BufferCacheSampled hits.
                 * @member {number} hits
                 * @memberof disco.trace.v1.BufferCacheSampled
                 * @instance
                 */
                BufferCacheSampled.prototype.hits = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * BufferCacheSampled misses.
                 * @member {number} misses
                 * @memberof disco.trace.v1.BufferCacheSampled
                 * @instance
                 */
                BufferCacheSampled.prototype.misses = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * BufferCacheSampled diskReads.
                 * @member {number} diskReads
                 * @memberof disco.trace.v1.BufferCacheSampled
                 * @instance
                 */
                BufferCacheSampled.prototype.diskReads = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * BufferCacheSampled diskWrites.
                 * @member {number} diskWrites
                 * @memberof disco.trace.v1.BufferCacheSampled
                 * @instance
                 */
                BufferCacheSampled.prototype.diskWrites = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * BufferCacheSampled buffers.
                 * @member {number} buffers
                 * @memberof disco.trace.v1.BufferCacheSampled
                 * @instance
                 */
                BufferCacheSampled.prototype.buffers = 0;

                /**
                 * BufferCacheSampled dirtyBuffers.
                 * @member {number} dirtyBuffers
                 * @memberof disco.trace.v1.BufferCacheSampled
                 * @instance
                 */
                BufferCacheSampled.prototype.dirtyBuffers = 0;

                /**
                 * BufferCacheSampled intervalTicks.
                 * @member {number} intervalTicks
                 * @memberof disco.trace.v1.BufferCacheSampled
                 * @instance
                 */
                BufferCacheSampled.prototype.intervalTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * BufferCacheSampled nfsReads.
                 * @member {number} nfsReads
                 * @memberof disco.trace.v1.BufferCacheSampled
                 * @instance
                 */
                BufferCacheSampled.prototype.nfsReads = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified BufferCacheSampled message. Does not implicitly {@link disco.trace.v1.BufferCacheSampled.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.BufferCacheSampled
                 * @static
                 * @param {disco.trace.v1.BufferCacheSampled.$Properties} message BufferCacheSampled message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BufferCacheSampled.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.hits != null && $Object.hasOwnProperty.call(message, "hits") && (typeof message.hits === "object" ? message.hits.low || message.hits.high : message.hits !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.hits);
                    if (message.misses != null && $Object.hasOwnProperty.call(message, "misses") && (typeof message.misses === "object" ? message.misses.low || message.misses.high : message.misses !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.misses);
                    if (message.diskReads != null && $Object.hasOwnProperty.call(message, "diskReads") && (typeof message.diskReads === "object" ? message.diskReads.low || message.diskReads.high : message.diskReads !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.diskReads);
                    if (message.diskWrites != null && $Object.hasOwnProperty.call(message, "diskWrites") && (typeof message.diskWrites === "object" ? message.diskWrites.low || message.diskWrites.high : message.diskWrites !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.diskWrites);
                    if (message.buffers != null && $Object.hasOwnProperty.call(message, "buffers") && message.buffers !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.buffers);
                    if (message.dirtyBuffers != null && $Object.hasOwnProperty.call(message, "dirtyBuffers") && message.dirtyBuffers !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.dirtyBuffers);
                    if (message.intervalTicks != null && $Object.hasOwnProperty.call(message, "intervalTicks") && (typeof message.intervalTicks === "object" ? message.intervalTicks.low || message.intervalTicks.high : message.intervalTicks !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.intervalTicks);
                    if (message.nfsReads != null && $Object.hasOwnProperty.call(message, "nfsReads") && (typeof message.nfsReads === "object" ? message.nfsReads.low || message.nfsReads.high : message.nfsReads !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.nfsReads);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a BufferCacheSampled message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.BufferCacheSampled
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.BufferCacheSampled & disco.trace.v1.BufferCacheSampled.$Shape} BufferCacheSampled
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BufferCacheSampled.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.disco.trace.v1.BufferCacheSampled();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.hits = value;
                                else
                                    delete message.hits;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.misses = value;
                                else
                                    delete message.misses;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.diskReads = value;
                                else
                                    delete message.diskReads;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.diskWrites = value;
                                else
                                    delete message.diskWrites;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.buffers = value;
                                else
                                    delete message.buffers;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.dirtyBuffers = value;
                                else
                                    delete message.dirtyBuffers;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.intervalTicks = value;
                                else
                                    delete message.intervalTicks;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.nfsReads = value;
                                else
                                    delete message.nfsReads;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return BufferCacheSampled;
            })();

            v1.ThreadScheduled = (function() {

                /**
                 * Properties of a ThreadScheduled.
                 * @typedef {Object} disco.trace.v1.ThreadScheduled.$Properties
                 * @property {number|null} [pid] ThreadScheduled pid
                 * @property {number|null} [tid] ThreadScheduled tid
                 * @property {number|null} [previousPid] ThreadScheduled previousPid
                 * @property {string|null} [reason] ThreadScheduled reason
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ThreadScheduled.
                 * @memberof disco.trace.v1
                 * @interface IThreadScheduled
                 * @augments disco.trace.v1.ThreadScheduled.$Properties
                 * @deprecated Use disco.trace.v1.ThreadScheduled.$Properties instead.
                 */

                /**
                 * Shape of a ThreadScheduled.
                 * @typedef {disco.trace.v1.ThreadScheduled.$Properties} disco.trace.v1.ThreadScheduled.$Shape
                 */

                /**
                 * Constructs a new ThreadScheduled.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a ThreadScheduled.
                 * @constructor
                 * @param {disco.trace.v1.ThreadScheduled.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ThreadScheduled = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ThreadScheduled pid.
                 * @member {number} pid
                 * @memberof disco.trace.v1.ThreadScheduled
                 * @instance
                 */
                ThreadScheduled.prototype.pid = 0;

                /**
                 * ThreadScheduled tid.
                 * @member {number} tid
                 * @memberof disco.trace.v1.ThreadScheduled
                 * @instance
                 */
                ThreadScheduled.prototype.tid = 0;

                /**
                 * ThreadScheduled previousPid.
                 * @member {number} previousPid
                 * @memberof disco.trace.v1.ThreadScheduled
                 * @instance
                 */
                ThreadScheduled.prototype.previousPid = 0;

                /**
                 * ThreadScheduled reason.
                 * @member {string} reason
                 * @memberof disco.trace.v1.ThreadScheduled
                 * @instance
                 */
                ThreadScheduled.prototype.reason = "";

                /**
                 * Encodes the specified ThreadScheduled message. Does not implicitly {@link disco.trace.v1.ThreadScheduled.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.ThreadScheduled
                 * @static
                 * @param {disco.trace.v1.ThreadScheduled.$Properties} message ThreadScheduled message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ThreadScheduled.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pid);
                    if (message.tid != null && $Object.hasOwnProperty.call(message, "tid") && message.tid !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.tid);
                    if (message.previousPid != null && $Object.hasOwnProperty.call(message, "previousPid") && message.previousPid !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.previousPid);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ThreadScheduled message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.ThreadScheduled
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.ThreadScheduled & disco.trace.v1.ThreadScheduled.$Shape} ThreadScheduled
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ThreadScheduled.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.disco.trace.v1.ThreadScheduled();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.tid = value;
                                else
                                    delete message.tid;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.previousPid = value;
                                else
                                    delete message.previousPid;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ThreadScheduled;
            })();

            v1.WorkloadPhaseChanged = (function() {

                /**
                 * Properties of a WorkloadPhaseChanged.
                 * @typedef {Object} disco.trace.v1.WorkloadPhaseChanged.$Properties
                 * @property {string|null} [workload] WorkloadPhaseChanged workload
                 * @property {string|null} [phase] WorkloadPhaseChanged phase
                 * @property {number|null} [processes] WorkloadPhaseChanged processes
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a WorkloadPhaseChanged.
                 * @memberof disco.trace.v1
                 * @interface IWorkloadPhaseChanged
                 * @augments disco.trace.v1.WorkloadPhaseChanged.$Properties
                 * @deprecated Use disco.trace.v1.WorkloadPhaseChanged.$Properties instead.
                 */

                /**
                 * Shape of a WorkloadPhaseChanged.
                 * @typedef {disco.trace.v1.WorkloadPhaseChanged.$Properties} disco.trace.v1.WorkloadPhaseChanged.$Shape
                 */

                /**
                 * Constructs a new WorkloadPhaseChanged.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a WorkloadPhaseChanged.
                 * @constructor
                 * @param {disco.trace.v1.WorkloadPhaseChanged.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var WorkloadPhaseChanged = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * WorkloadPhaseChanged workload.
                 * @member {string} workload
                 * @memberof disco.trace.v1.WorkloadPhaseChanged
                 * @instance
                 */
                WorkloadPhaseChanged.prototype.workload = "";

                /**
                 * WorkloadPhaseChanged phase.
                 * @member {string} phase
                 * @memberof disco.trace.v1.WorkloadPhaseChanged
                 * @instance
                 */
                WorkloadPhaseChanged.prototype.phase = "";

                /**
                 * WorkloadPhaseChanged processes.
                 * @member {number} processes
                 * @memberof disco.trace.v1.WorkloadPhaseChanged
                 * @instance
                 */
                WorkloadPhaseChanged.prototype.processes = 0;

                /**
                 * Encodes the specified WorkloadPhaseChanged message. Does not implicitly {@link disco.trace.v1.WorkloadPhaseChanged.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.WorkloadPhaseChanged
                 * @static
                 * @param {disco.trace.v1.WorkloadPhaseChanged.$Properties} message WorkloadPhaseChanged message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WorkloadPhaseChanged.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.workload != null && $Object.hasOwnProperty.call(message, "workload") && message.workload !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.workload);
                    if (message.phase != null && $Object.hasOwnProperty.call(message, "phase") && message.phase !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.phase);
                    if (message.processes != null && $Object.hasOwnProperty.call(message, "processes") && message.processes !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.processes);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a WorkloadPhaseChanged message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.WorkloadPhaseChanged
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.WorkloadPhaseChanged & disco.trace.v1.WorkloadPhaseChanged.$Shape} WorkloadPhaseChanged
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WorkloadPhaseChanged.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.disco.trace.v1.WorkloadPhaseChanged();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.workload = value;
                                else
                                    delete message.workload;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.phase = value;
                                else
                                    delete message.phase;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.processes = value;
                                else
                                    delete message.processes;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return WorkloadPhaseChanged;
            })();

            v1.GuestMemorySampled = (function() {

                /**
                 * Properties of a GuestMemorySampled.
                 * @typedef {Object} disco.trace.v1.GuestMemorySampled.$Properties
                 * @property {number|null} [freePages] GuestMemorySampled freePages
                 * @property {number|null} [kernelTextPages] GuestMemorySampled kernelTextPages
                 * @property {number|null} [kernelDataPages] GuestMemorySampled kernelDataPages
                 * @property {number|null} [bufferCachePages] GuestMemorySampled bufferCachePages
                 * @property {number|null} [userPages] GuestMemorySampled userPages
                 * @property {number|null} [pageTablePages] GuestMemorySampled pageTablePages
                 * @property {number|null} [mbufPages] GuestMemorySampled mbufPages
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GuestMemorySampled.
                 * @memberof disco.trace.v1
                 * @interface IGuestMemorySampled
                 * @augments disco.trace.v1.GuestMemorySampled.$Properties
                 * @deprecated Use disco.trace.v1.GuestMemorySampled.$Properties instead.
                 */

                /**
                 * Shape of a GuestMemorySampled.
                 * @typedef {disco.trace.v1.GuestMemorySampled.$Properties} disco.trace.v1.GuestMemorySampled.$Shape
                 */

                /**
                 * Constructs a new GuestMemorySampled.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a GuestMemorySampled.
                 * @constructor
                 * @param {disco.trace.v1.GuestMemorySampled.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var GuestMemorySampled = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * GuestMemorySampled freePages.
                 * @member {number} freePages
                 * @memberof disco.trace.v1.GuestMemorySampled
                 * @instance
                 */
                GuestMemorySampled.prototype.freePages = 0;

                /**
                 * GuestMemorySampled kernelTextPages.
                 * @member {number} kernelTextPages
                 * @memberof disco.trace.v1.GuestMemorySampled
                 * @instance
                 */
                GuestMemorySampled.prototype.kernelTextPages = 0;

                /**
                 * GuestMemorySampled kernelDataPages.
                 * @member {number} kernelDataPages
                 * @memberof disco.trace.v1.GuestMemorySampled
                 * @instance
                 */
                GuestMemorySampled.prototype.kernelDataPages = 0;

                /**
                 * GuestMemorySampled bufferCachePages.
                 * @member {number} bufferCachePages
                 * @memberof disco.trace.v1.GuestMemorySampled
                 * @instance
                 */
                GuestMemorySampled.prototype.bufferCachePages = 0;

                /**
                 * GuestMemorySampled userPages.
                 * @member {number} userPages
                 * @memberof disco.trace.v1.GuestMemorySampled
                 * @instance
                 */
                GuestMemorySampled.prototype.userPages = 0;

                /**
                 * GuestMemorySampled pageTablePages.
                 * @member {number} pageTablePages
                 * @memberof disco.trace.v1.GuestMemorySampled
                 * @instance
                 */
                GuestMemorySampled.prototype.pageTablePages = 0;

                /**
                 * GuestMemorySampled mbufPages.
                 * @member {number} mbufPages
                 * @memberof disco.trace.v1.GuestMemorySampled
                 * @instance
                 */
                GuestMemorySampled.prototype.mbufPages = 0;

                /**
                 * Encodes the specified GuestMemorySampled message. Does not implicitly {@link disco.trace.v1.GuestMemorySampled.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.GuestMemorySampled
                 * @static
                 * @param {disco.trace.v1.GuestMemorySampled.$Properties} message GuestMemorySampled message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GuestMemorySampled.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.freePages != null && $Object.hasOwnProperty.call(message, "freePages") && message.freePages !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.freePages);
                    if (message.kernelTextPages != null && $Object.hasOwnProperty.call(message, "kernelTextPages") && message.kernelTextPages !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.kernelTextPages);
                    if (message.kernelDataPages != null && $Object.hasOwnProperty.call(message, "kernelDataPages") && message.kernelDataPages !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.kernelDataPages);
                    if (message.bufferCachePages != null && $Object.hasOwnProperty.call(message, "bufferCachePages") && message.bufferCachePages !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.bufferCachePages);
                    if (message.userPages != null && $Object.hasOwnProperty.call(message, "userPages") && message.userPages !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.userPages);
                    if (message.pageTablePages != null && $Object.hasOwnProperty.call(message, "pageTablePages") && message.pageTablePages !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.pageTablePages);
                    if (message.mbufPages != null && $Object.hasOwnProperty.call(message, "mbufPages") && message.mbufPages !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.mbufPages);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GuestMemorySampled message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.GuestMemorySampled
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.GuestMemorySampled & disco.trace.v1.GuestMemorySampled.$Shape} GuestMemorySampled
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GuestMemorySampled.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.disco.trace.v1.GuestMemorySampled();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.freePages = value;
                                else
                                    delete message.freePages;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.kernelTextPages = value;
                                else
                                    delete message.kernelTextPages;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.kernelDataPages = value;
                                else
                                    delete message.kernelDataPages;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.bufferCachePages = value;
                                else
                                    delete message.bufferCachePages;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.userPages = value;
                                else
                                    delete message.userPages;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pageTablePages = value;
                                else
                                    delete message.pageTablePages;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.mbufPages = value;
                                else
                                    delete message.mbufPages;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return GuestMemorySampled;
            })();

            return v1;
        })();

        return trace;
    })();

    return disco;
})();

module.exports = $root;
