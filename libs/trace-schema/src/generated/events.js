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
                 * @property {disco.trace.v1.VmCreated.$Properties|null} [vmCreated] Event vmCreated
                 * @property {disco.trace.v1.VcpuScheduled.$Properties|null} [vcpuScheduled] Event vcpuScheduled
                 * @property {disco.trace.v1.PrivilegedInstructionEmulated.$Properties|null} [privilegedInstructionEmulated] Event privilegedInstructionEmulated
                 * @property {disco.trace.v1.TlbWriteEmulated.$Properties|null} [tlbWriteEmulated] Event tlbWriteEmulated
                 * @property {disco.trace.v1.L2TlbMissed.$Properties|null} [l2TlbMissed] Event l2TlbMissed
                 * @property {disco.trace.v1.MonitorCallHandled.$Properties|null} [monitorCallHandled] Event monitorCallHandled
                 * @property {disco.trace.v1.VcpuCounterSample.$Properties|null} [vcpuCounterSample] Event vcpuCounterSample
                 * @property {disco.trace.v1.PageMigrated.$Properties|null} [pageMigrated] Event pageMigrated
                 * @property {disco.trace.v1.PageReplicated.$Properties|null} [pageReplicated] Event pageReplicated
                 * @property {disco.trace.v1.ReplicaCollapsed.$Properties|null} [replicaCollapsed] Event replicaCollapsed
                 * @property {disco.trace.v1.MigrationDeclined.$Properties|null} [migrationDeclined] Event migrationDeclined
                 * @property {disco.trace.v1.ShootdownSent.$Properties|null} [shootdownSent] Event shootdownSent
                 * @property {disco.trace.v1.CowBlockShared.$Properties|null} [cowBlockShared] Event cowBlockShared
                 * @property {disco.trace.v1.CowBroken.$Properties|null} [cowBroken] Event cowBroken
                 * @property {disco.trace.v1.PacketRemapped.$Properties|null} [packetRemapped] Event packetRemapped
                 * @property {disco.trace.v1.DiskRequestVirtualized.$Properties|null} [diskRequestVirtualized] Event diskRequestVirtualized
                 * @property {disco.trace.v1.FootprintSample.$Properties|null} [footprintSample] Event footprintSample
                 * @property {disco.trace.v1.HintingScanCompleted.$Properties|null} [hintingScanCompleted] Event hintingScanCompleted
                 * @property {disco.trace.v1.HintingFaultTaken.$Properties|null} [hintingFaultTaken] Event hintingFaultTaken
                 * @property {disco.trace.v1.PlacementSampled.$Properties|null} [placementSampled] Event placementSampled
                 * @property {disco.trace.v1.PageInterleaved.$Properties|null} [pageInterleaved] Event pageInterleaved
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
                 * @property {"runStarted"|"runFinished"|"syntheticWorkDone"|"syntheticMessageSent"|"counterSample"|"tlbMissed"|"cacheMissed"|"hotPageFlagged"|"ipiSent"|"diskRequestCompleted"|"nicPacketTransferred"|"missCountersReset"|"executionSample"|"vmCreated"|"vcpuScheduled"|"privilegedInstructionEmulated"|"tlbWriteEmulated"|"l2TlbMissed"|"monitorCallHandled"|"vcpuCounterSample"|"pageMigrated"|"pageReplicated"|"replicaCollapsed"|"migrationDeclined"|"shootdownSent"|"cowBlockShared"|"cowBroken"|"packetRemapped"|"diskRequestVirtualized"|"footprintSample"|"hintingScanCompleted"|"hintingFaultTaken"|"placementSampled"|"pageInterleaved"|"kernelServiceCompleted"|"kernelServiceSampled"|"processForked"|"processExeced"|"processExited"|"lockContentionSampled"|"lockSpun"|"bufferCacheSampled"|"threadScheduled"|"workloadPhaseChanged"|"guestMemorySampled"} [payload] Event payload
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
                 *   vmCreated?: disco.trace.v1.VmCreated.$Shape|null;
                 *   vcpuScheduled?: disco.trace.v1.VcpuScheduled.$Shape|null;
                 *   privilegedInstructionEmulated?: disco.trace.v1.PrivilegedInstructionEmulated.$Shape|null;
                 *   tlbWriteEmulated?: disco.trace.v1.TlbWriteEmulated.$Shape|null;
                 *   l2TlbMissed?: disco.trace.v1.L2TlbMissed.$Shape|null;
                 *   monitorCallHandled?: disco.trace.v1.MonitorCallHandled.$Shape|null;
                 *   vcpuCounterSample?: disco.trace.v1.VcpuCounterSample.$Shape|null;
                 *   pageMigrated?: disco.trace.v1.PageMigrated.$Shape|null;
                 *   pageReplicated?: disco.trace.v1.PageReplicated.$Shape|null;
                 *   replicaCollapsed?: disco.trace.v1.ReplicaCollapsed.$Shape|null;
                 *   migrationDeclined?: disco.trace.v1.MigrationDeclined.$Shape|null;
                 *   shootdownSent?: disco.trace.v1.ShootdownSent.$Shape|null;
                 *   cowBlockShared?: disco.trace.v1.CowBlockShared.$Shape|null;
                 *   cowBroken?: disco.trace.v1.CowBroken.$Shape|null;
                 *   packetRemapped?: disco.trace.v1.PacketRemapped.$Shape|null;
                 *   diskRequestVirtualized?: disco.trace.v1.DiskRequestVirtualized.$Shape|null;
                 *   footprintSample?: disco.trace.v1.FootprintSample.$Shape|null;
                 *   hintingScanCompleted?: disco.trace.v1.HintingScanCompleted.$Shape|null;
                 *   hintingFaultTaken?: disco.trace.v1.HintingFaultTaken.$Shape|null;
                 *   placementSampled?: disco.trace.v1.PlacementSampled.$Shape|null;
                 *   pageInterleaved?: disco.trace.v1.PageInterleaved.$Shape|null;
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
                 *   ({ payload?: undefined; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "runStarted"; runStarted: disco.trace.v1.RunStarted.$Shape; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "runFinished"; runStarted?: null; runFinished: disco.trace.v1.RunFinished.$Shape; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "syntheticWorkDone"; runStarted?: null; runFinished?: null; syntheticWorkDone: disco.trace.v1.SyntheticWorkDone.$Shape; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "syntheticMessageSent"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent: disco.trace.v1.SyntheticMessageSent.$Shape; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "counterSample"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample: disco.trace.v1.CounterSample.$Shape; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "tlbMissed"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed: disco.trace.v1.TlbMissed.$Shape; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "cacheMissed"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed: disco.trace.v1.CacheMissed.$Shape; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "hotPageFlagged"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged: disco.trace.v1.HotPageFlagged.$Shape; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "ipiSent"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent: disco.trace.v1.IpiSent.$Shape; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "diskRequestCompleted"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted: disco.trace.v1.DiskRequestCompleted.$Shape; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "nicPacketTransferred"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred: disco.trace.v1.NicPacketTransferred.$Shape; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "missCountersReset"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset: disco.trace.v1.MissCountersReset.$Shape; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "executionSample"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample: disco.trace.v1.ExecutionSample.$Shape; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "vmCreated"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated: disco.trace.v1.VmCreated.$Shape; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "vcpuScheduled"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled: disco.trace.v1.VcpuScheduled.$Shape; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "privilegedInstructionEmulated"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated: disco.trace.v1.PrivilegedInstructionEmulated.$Shape; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "tlbWriteEmulated"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated: disco.trace.v1.TlbWriteEmulated.$Shape; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "l2TlbMissed"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed: disco.trace.v1.L2TlbMissed.$Shape; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "monitorCallHandled"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled: disco.trace.v1.MonitorCallHandled.$Shape; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "vcpuCounterSample"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample: disco.trace.v1.VcpuCounterSample.$Shape; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "pageMigrated"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated: disco.trace.v1.PageMigrated.$Shape; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "pageReplicated"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated: disco.trace.v1.PageReplicated.$Shape; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "replicaCollapsed"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed: disco.trace.v1.ReplicaCollapsed.$Shape; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "migrationDeclined"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined: disco.trace.v1.MigrationDeclined.$Shape; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "shootdownSent"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent: disco.trace.v1.ShootdownSent.$Shape; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "cowBlockShared"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared: disco.trace.v1.CowBlockShared.$Shape; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "cowBroken"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken: disco.trace.v1.CowBroken.$Shape; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "packetRemapped"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped: disco.trace.v1.PacketRemapped.$Shape; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "diskRequestVirtualized"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized: disco.trace.v1.DiskRequestVirtualized.$Shape; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "footprintSample"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample: disco.trace.v1.FootprintSample.$Shape; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "hintingScanCompleted"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted: disco.trace.v1.HintingScanCompleted.$Shape; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "hintingFaultTaken"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken: disco.trace.v1.HintingFaultTaken.$Shape; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "placementSampled"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled: disco.trace.v1.PlacementSampled.$Shape; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "pageInterleaved"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved: disco.trace.v1.PageInterleaved.$Shape; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "kernelServiceCompleted"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted: disco.trace.v1.KernelServiceCompleted.$Shape; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "kernelServiceSampled"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled: disco.trace.v1.KernelServiceSampled.$Shape; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "processForked"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked: disco.trace.v1.ProcessForked.$Shape; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "processExeced"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced: disco.trace.v1.ProcessExeced.$Shape; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "processExited"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited: disco.trace.v1.ProcessExited.$Shape; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "lockContentionSampled"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled: disco.trace.v1.LockContentionSampled.$Shape; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "lockSpun"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun: disco.trace.v1.LockSpun.$Shape; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "bufferCacheSampled"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled: disco.trace.v1.BufferCacheSampled.$Shape; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "threadScheduled"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled: disco.trace.v1.ThreadScheduled.$Shape; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "workloadPhaseChanged"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged: disco.trace.v1.WorkloadPhaseChanged.$Shape; guestMemorySampled?: null }|{ payload?: "guestMemorySampled"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled: disco.trace.v1.GuestMemorySampled.$Shape })
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
                 * Event vmCreated.
                 * @member {disco.trace.v1.VmCreated.$Properties|null|undefined} vmCreated
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.vmCreated = null;

                /**
                 * Event vcpuScheduled.
                 * @member {disco.trace.v1.VcpuScheduled.$Properties|null|undefined} vcpuScheduled
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.vcpuScheduled = null;

                /**
                 * Event privilegedInstructionEmulated.
                 * @member {disco.trace.v1.PrivilegedInstructionEmulated.$Properties|null|undefined} privilegedInstructionEmulated
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.privilegedInstructionEmulated = null;

                /**
                 * Event tlbWriteEmulated.
                 * @member {disco.trace.v1.TlbWriteEmulated.$Properties|null|undefined} tlbWriteEmulated
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.tlbWriteEmulated = null;

                /**
                 * Event l2TlbMissed.
                 * @member {disco.trace.v1.L2TlbMissed.$Properties|null|undefined} l2TlbMissed
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.l2TlbMissed = null;

                /**
                 * Event monitorCallHandled.
                 * @member {disco.trace.v1.MonitorCallHandled.$Properties|null|undefined} monitorCallHandled
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.monitorCallHandled = null;

                /**
                 * Event vcpuCounterSample.
                 * @member {disco.trace.v1.VcpuCounterSample.$Properties|null|undefined} vcpuCounterSample
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.vcpuCounterSample = null;

                /**
                 * Event pageMigrated.
                 * @member {disco.trace.v1.PageMigrated.$Properties|null|undefined} pageMigrated
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.pageMigrated = null;

                /**
                 * Event pageReplicated.
                 * @member {disco.trace.v1.PageReplicated.$Properties|null|undefined} pageReplicated
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.pageReplicated = null;

                /**
                 * Event replicaCollapsed.
                 * @member {disco.trace.v1.ReplicaCollapsed.$Properties|null|undefined} replicaCollapsed
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.replicaCollapsed = null;

                /**
                 * Event migrationDeclined.
                 * @member {disco.trace.v1.MigrationDeclined.$Properties|null|undefined} migrationDeclined
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.migrationDeclined = null;

                /**
                 * Event shootdownSent.
                 * @member {disco.trace.v1.ShootdownSent.$Properties|null|undefined} shootdownSent
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.shootdownSent = null;

                /**
                 * Event cowBlockShared.
                 * @member {disco.trace.v1.CowBlockShared.$Properties|null|undefined} cowBlockShared
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.cowBlockShared = null;

                /**
                 * Event cowBroken.
                 * @member {disco.trace.v1.CowBroken.$Properties|null|undefined} cowBroken
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.cowBroken = null;

                /**
                 * Event packetRemapped.
                 * @member {disco.trace.v1.PacketRemapped.$Properties|null|undefined} packetRemapped
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.packetRemapped = null;

                /**
                 * Event diskRequestVirtualized.
                 * @member {disco.trace.v1.DiskRequestVirtualized.$Properties|null|undefined} diskRequestVirtualized
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.diskRequestVirtualized = null;

                /**
                 * Event footprintSample.
                 * @member {disco.trace.v1.FootprintSample.$Properties|null|undefined} footprintSample
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.footprintSample = null;

                /**
                 * Event hintingScanCompleted.
                 * @member {disco.trace.v1.HintingScanCompleted.$Properties|null|undefined} hintingScanCompleted
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.hintingScanCompleted = null;

                /**
                 * Event hintingFaultTaken.
                 * @member {disco.trace.v1.HintingFaultTaken.$Properties|null|undefined} hintingFaultTaken
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.hintingFaultTaken = null;

                /**
                 * Event placementSampled.
                 * @member {disco.trace.v1.PlacementSampled.$Properties|null|undefined} placementSampled
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.placementSampled = null;

                /**
                 * Event pageInterleaved.
                 * @member {disco.trace.v1.PageInterleaved.$Properties|null|undefined} pageInterleaved
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                Event.prototype.pageInterleaved = null;

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
                 * @member {"runStarted"|"runFinished"|"syntheticWorkDone"|"syntheticMessageSent"|"counterSample"|"tlbMissed"|"cacheMissed"|"hotPageFlagged"|"ipiSent"|"diskRequestCompleted"|"nicPacketTransferred"|"missCountersReset"|"executionSample"|"vmCreated"|"vcpuScheduled"|"privilegedInstructionEmulated"|"tlbWriteEmulated"|"l2TlbMissed"|"monitorCallHandled"|"vcpuCounterSample"|"pageMigrated"|"pageReplicated"|"replicaCollapsed"|"migrationDeclined"|"shootdownSent"|"cowBlockShared"|"cowBroken"|"packetRemapped"|"diskRequestVirtualized"|"footprintSample"|"hintingScanCompleted"|"hintingFaultTaken"|"placementSampled"|"pageInterleaved"|"kernelServiceCompleted"|"kernelServiceSampled"|"processForked"|"processExeced"|"processExited"|"lockContentionSampled"|"lockSpun"|"bufferCacheSampled"|"threadScheduled"|"workloadPhaseChanged"|"guestMemorySampled"|undefined} payload
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                $Object.defineProperty(Event.prototype, "payload", {
                    get: $util.oneOfGetter($oneOfFields = ["runStarted", "runFinished", "syntheticWorkDone", "syntheticMessageSent", "counterSample", "tlbMissed", "cacheMissed", "hotPageFlagged", "ipiSent", "diskRequestCompleted", "nicPacketTransferred", "missCountersReset", "executionSample", "vmCreated", "vcpuScheduled", "privilegedInstructionEmulated", "tlbWriteEmulated", "l2TlbMissed", "monitorCallHandled", "vcpuCounterSample", "pageMigrated", "pageReplicated", "replicaCollapsed", "migrationDeclined", "shootdownSent", "cowBlockShared", "cowBroken", "packetRemapped", "diskRequestVirtualized", "footprintSample", "hintingScanCompleted", "hintingFaultTaken", "placementSampled", "pageInterleaved", "kernelServiceCompleted", "kernelServiceSampled", "processForked", "processExeced", "processExited", "lockContentionSampled", "lockSpun", "bufferCacheSampled", "threadScheduled", "workloadPhaseChanged", "guestMemorySampled"]),
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
                    if (message.vmCreated != null && $Object.hasOwnProperty.call(message, "vmCreated"))
                        $root.disco.trace.v1.VmCreated.encode(message.vmCreated, writer.uint32(/* id 64, wireType 2 =*/514).fork(), _depth + 1).ldelim();
                    if (message.vcpuScheduled != null && $Object.hasOwnProperty.call(message, "vcpuScheduled"))
                        $root.disco.trace.v1.VcpuScheduled.encode(message.vcpuScheduled, writer.uint32(/* id 65, wireType 2 =*/522).fork(), _depth + 1).ldelim();
                    if (message.privilegedInstructionEmulated != null && $Object.hasOwnProperty.call(message, "privilegedInstructionEmulated"))
                        $root.disco.trace.v1.PrivilegedInstructionEmulated.encode(message.privilegedInstructionEmulated, writer.uint32(/* id 66, wireType 2 =*/530).fork(), _depth + 1).ldelim();
                    if (message.tlbWriteEmulated != null && $Object.hasOwnProperty.call(message, "tlbWriteEmulated"))
                        $root.disco.trace.v1.TlbWriteEmulated.encode(message.tlbWriteEmulated, writer.uint32(/* id 67, wireType 2 =*/538).fork(), _depth + 1).ldelim();
                    if (message.l2TlbMissed != null && $Object.hasOwnProperty.call(message, "l2TlbMissed"))
                        $root.disco.trace.v1.L2TlbMissed.encode(message.l2TlbMissed, writer.uint32(/* id 68, wireType 2 =*/546).fork(), _depth + 1).ldelim();
                    if (message.monitorCallHandled != null && $Object.hasOwnProperty.call(message, "monitorCallHandled"))
                        $root.disco.trace.v1.MonitorCallHandled.encode(message.monitorCallHandled, writer.uint32(/* id 69, wireType 2 =*/554).fork(), _depth + 1).ldelim();
                    if (message.vcpuCounterSample != null && $Object.hasOwnProperty.call(message, "vcpuCounterSample"))
                        $root.disco.trace.v1.VcpuCounterSample.encode(message.vcpuCounterSample, writer.uint32(/* id 70, wireType 2 =*/562).fork(), _depth + 1).ldelim();
                    if (message.pageMigrated != null && $Object.hasOwnProperty.call(message, "pageMigrated"))
                        $root.disco.trace.v1.PageMigrated.encode(message.pageMigrated, writer.uint32(/* id 71, wireType 2 =*/570).fork(), _depth + 1).ldelim();
                    if (message.pageReplicated != null && $Object.hasOwnProperty.call(message, "pageReplicated"))
                        $root.disco.trace.v1.PageReplicated.encode(message.pageReplicated, writer.uint32(/* id 72, wireType 2 =*/578).fork(), _depth + 1).ldelim();
                    if (message.replicaCollapsed != null && $Object.hasOwnProperty.call(message, "replicaCollapsed"))
                        $root.disco.trace.v1.ReplicaCollapsed.encode(message.replicaCollapsed, writer.uint32(/* id 73, wireType 2 =*/586).fork(), _depth + 1).ldelim();
                    if (message.migrationDeclined != null && $Object.hasOwnProperty.call(message, "migrationDeclined"))
                        $root.disco.trace.v1.MigrationDeclined.encode(message.migrationDeclined, writer.uint32(/* id 74, wireType 2 =*/594).fork(), _depth + 1).ldelim();
                    if (message.shootdownSent != null && $Object.hasOwnProperty.call(message, "shootdownSent"))
                        $root.disco.trace.v1.ShootdownSent.encode(message.shootdownSent, writer.uint32(/* id 75, wireType 2 =*/602).fork(), _depth + 1).ldelim();
                    if (message.cowBlockShared != null && $Object.hasOwnProperty.call(message, "cowBlockShared"))
                        $root.disco.trace.v1.CowBlockShared.encode(message.cowBlockShared, writer.uint32(/* id 76, wireType 2 =*/610).fork(), _depth + 1).ldelim();
                    if (message.cowBroken != null && $Object.hasOwnProperty.call(message, "cowBroken"))
                        $root.disco.trace.v1.CowBroken.encode(message.cowBroken, writer.uint32(/* id 77, wireType 2 =*/618).fork(), _depth + 1).ldelim();
                    if (message.packetRemapped != null && $Object.hasOwnProperty.call(message, "packetRemapped"))
                        $root.disco.trace.v1.PacketRemapped.encode(message.packetRemapped, writer.uint32(/* id 78, wireType 2 =*/626).fork(), _depth + 1).ldelim();
                    if (message.diskRequestVirtualized != null && $Object.hasOwnProperty.call(message, "diskRequestVirtualized"))
                        $root.disco.trace.v1.DiskRequestVirtualized.encode(message.diskRequestVirtualized, writer.uint32(/* id 79, wireType 2 =*/634).fork(), _depth + 1).ldelim();
                    if (message.footprintSample != null && $Object.hasOwnProperty.call(message, "footprintSample"))
                        $root.disco.trace.v1.FootprintSample.encode(message.footprintSample, writer.uint32(/* id 80, wireType 2 =*/642).fork(), _depth + 1).ldelim();
                    if (message.hintingScanCompleted != null && $Object.hasOwnProperty.call(message, "hintingScanCompleted"))
                        $root.disco.trace.v1.HintingScanCompleted.encode(message.hintingScanCompleted, writer.uint32(/* id 81, wireType 2 =*/650).fork(), _depth + 1).ldelim();
                    if (message.hintingFaultTaken != null && $Object.hasOwnProperty.call(message, "hintingFaultTaken"))
                        $root.disco.trace.v1.HintingFaultTaken.encode(message.hintingFaultTaken, writer.uint32(/* id 82, wireType 2 =*/658).fork(), _depth + 1).ldelim();
                    if (message.placementSampled != null && $Object.hasOwnProperty.call(message, "placementSampled"))
                        $root.disco.trace.v1.PlacementSampled.encode(message.placementSampled, writer.uint32(/* id 83, wireType 2 =*/666).fork(), _depth + 1).ldelim();
                    if (message.pageInterleaved != null && $Object.hasOwnProperty.call(message, "pageInterleaved"))
                        $root.disco.trace.v1.PageInterleaved.encode(message.pageInterleaved, writer.uint32(/* id 84, wireType 2 =*/674).fork(), _depth + 1).ldelim();
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
                        case 64: {
                                if (wireType !== 2)
                                    break;
                                message.vmCreated = $root.disco.trace.v1.VmCreated.decode(reader, reader.size(), $undefined, _depth + 1, message.vmCreated);
                                message.payload = "vmCreated";
                                continue;
                            }
                        case 65: {
                                if (wireType !== 2)
                                    break;
                                message.vcpuScheduled = $root.disco.trace.v1.VcpuScheduled.decode(reader, reader.size(), $undefined, _depth + 1, message.vcpuScheduled);
                                message.payload = "vcpuScheduled";
                                continue;
                            }
                        case 66: {
                                if (wireType !== 2)
                                    break;
                                message.privilegedInstructionEmulated = $root.disco.trace.v1.PrivilegedInstructionEmulated.decode(reader, reader.size(), $undefined, _depth + 1, message.privilegedInstructionEmulated);
                                message.payload = "privilegedInstructionEmulated";
                                continue;
                            }
                        case 67: {
                                if (wireType !== 2)
                                    break;
                                message.tlbWriteEmulated = $root.disco.trace.v1.TlbWriteEmulated.decode(reader, reader.size(), $undefined, _depth + 1, message.tlbWriteEmulated);
                                message.payload = "tlbWriteEmulated";
                                continue;
                            }
                        case 68: {
                                if (wireType !== 2)
                                    break;
                                message.l2TlbMissed = $root.disco.trace.v1.L2TlbMissed.decode(reader, reader.size(), $undefined, _depth + 1, message.l2TlbMissed);
                                message.payload = "l2TlbMissed";
                                continue;
                            }
                        case 69: {
                                if (wireType !== 2)
                                    break;
                                message.monitorCallHandled = $root.disco.trace.v1.MonitorCallHandled.decode(reader, reader.size(), $undefined, _depth + 1, message.monitorCallHandled);
                                message.payload = "monitorCallHandled";
                                continue;
                            }
                        case 70: {
                                if (wireType !== 2)
                                    break;
                                message.vcpuCounterSample = $root.disco.trace.v1.VcpuCounterSample.decode(reader, reader.size(), $undefined, _depth + 1, message.vcpuCounterSample);
                                message.payload = "vcpuCounterSample";
                                continue;
                            }
                        case 71: {
                                if (wireType !== 2)
                                    break;
                                message.pageMigrated = $root.disco.trace.v1.PageMigrated.decode(reader, reader.size(), $undefined, _depth + 1, message.pageMigrated);
                                message.payload = "pageMigrated";
                                continue;
                            }
                        case 72: {
                                if (wireType !== 2)
                                    break;
                                message.pageReplicated = $root.disco.trace.v1.PageReplicated.decode(reader, reader.size(), $undefined, _depth + 1, message.pageReplicated);
                                message.payload = "pageReplicated";
                                continue;
                            }
                        case 73: {
                                if (wireType !== 2)
                                    break;
                                message.replicaCollapsed = $root.disco.trace.v1.ReplicaCollapsed.decode(reader, reader.size(), $undefined, _depth + 1, message.replicaCollapsed);
                                message.payload = "replicaCollapsed";
                                continue;
                            }
                        case 74: {
                                if (wireType !== 2)
                                    break;
                                message.migrationDeclined = $root.disco.trace.v1.MigrationDeclined.decode(reader, reader.size(), $undefined, _depth + 1, message.migrationDeclined);
                                message.payload = "migrationDeclined";
                                continue;
                            }
                        case 75: {
                                if (wireType !== 2)
                                    break;
                                message.shootdownSent = $root.disco.trace.v1.ShootdownSent.decode(reader, reader.size(), $undefined, _depth + 1, message.shootdownSent);
                                message.payload = "shootdownSent";
                                continue;
                            }
                        case 76: {
                                if (wireType !== 2)
                                    break;
                                message.cowBlockShared = $root.disco.trace.v1.CowBlockShared.decode(reader, reader.size(), $undefined, _depth + 1, message.cowBlockShared);
                                message.payload = "cowBlockShared";
                                continue;
                            }
                        case 77: {
                                if (wireType !== 2)
                                    break;
                                message.cowBroken = $root.disco.trace.v1.CowBroken.decode(reader, reader.size(), $undefined, _depth + 1, message.cowBroken);
                                message.payload = "cowBroken";
                                continue;
                            }
                        case 78: {
                                if (wireType !== 2)
                                    break;
                                message.packetRemapped = $root.disco.trace.v1.PacketRemapped.decode(reader, reader.size(), $undefined, _depth + 1, message.packetRemapped);
                                message.payload = "packetRemapped";
                                continue;
                            }
                        case 79: {
                                if (wireType !== 2)
                                    break;
                                message.diskRequestVirtualized = $root.disco.trace.v1.DiskRequestVirtualized.decode(reader, reader.size(), $undefined, _depth + 1, message.diskRequestVirtualized);
                                message.payload = "diskRequestVirtualized";
                                continue;
                            }
                        case 80: {
                                if (wireType !== 2)
                                    break;
                                message.footprintSample = $root.disco.trace.v1.FootprintSample.decode(reader, reader.size(), $undefined, _depth + 1, message.footprintSample);
                                message.payload = "footprintSample";
                                continue;
                            }
                        case 81: {
                                if (wireType !== 2)
                                    break;
                                message.hintingScanCompleted = $root.disco.trace.v1.HintingScanCompleted.decode(reader, reader.size(), $undefined, _depth + 1, message.hintingScanCompleted);
                                message.payload = "hintingScanCompleted";
                                continue;
                            }
                        case 82: {
                                if (wireType !== 2)
                                    break;
                                message.hintingFaultTaken = $root.disco.trace.v1.HintingFaultTaken.decode(reader, reader.size(), $undefined, _depth + 1, message.hintingFaultTaken);
                                message.payload = "hintingFaultTaken";
                                continue;
                            }
                        case 83: {
                                if (wireType !== 2)
                                    break;
                                message.placementSampled = $root.disco.trace.v1.PlacementSampled.decode(reader, reader.size(), $undefined, _depth + 1, message.placementSampled);
                                message.payload = "placementSampled";
                                continue;
                            }
                        case 84: {
                                if (wireType !== 2)
                                    break;
                                message.pageInterleaved = $root.disco.trace.v1.PageInterleaved.decode(reader, reader.size(), $undefined, _depth + 1, message.pageInterleaved);
                                message.payload = "pageInterleaved";
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
                 * @property {boolean|null} [exclusive] CacheMissed exclusive
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
                 * CacheMissed exclusive.
                 * @member {boolean} exclusive
                 * @memberof disco.trace.v1.CacheMissed
                 * @instance
                 */
                CacheMissed.prototype.exclusive = false;

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
                    if (message.exclusive != null && $Object.hasOwnProperty.call(message, "exclusive") && message.exclusive !== false)
                        writer.uint32(/* id 10, wireType 0 =*/80).bool(message.exclusive);
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
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.exclusive = value;
                                else
                                    delete message.exclusive;
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
                 * @property {number|null} [kernelTicks] KernelServiceCompleted kernelTicks
                 * @property {number|null} [monitorTlbWriteTicks] KernelServiceCompleted monitorTlbWriteTicks
                 * @property {number|null} [monitorPrivilegedTicks] KernelServiceCompleted monitorPrivilegedTicks
                 * @property {number|null} [monitorCallFaultTicks] KernelServiceCompleted monitorCallFaultTicks
                 * @property {number|null} [monitorKernelTlbTicks] KernelServiceCompleted monitorKernelTlbTicks
                 * @property {number|null} [monitorTlbMissTicks] KernelServiceCompleted monitorTlbMissTicks
                 * @property {number|null} [monitorNumaTicks] KernelServiceCompleted monitorNumaTicks
                 * @property {number|null} [monitorOtherTicks] KernelServiceCompleted monitorOtherTicks
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
                 * KernelServiceCompleted kernelTicks.
                 * @member {number} kernelTicks
                 * @memberof disco.trace.v1.KernelServiceCompleted
                 * @instance
                 */
                KernelServiceCompleted.prototype.kernelTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * KernelServiceCompleted monitorTlbWriteTicks.
                 * @member {number} monitorTlbWriteTicks
                 * @memberof disco.trace.v1.KernelServiceCompleted
                 * @instance
                 */
                KernelServiceCompleted.prototype.monitorTlbWriteTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * KernelServiceCompleted monitorPrivilegedTicks.
                 * @member {number} monitorPrivilegedTicks
                 * @memberof disco.trace.v1.KernelServiceCompleted
                 * @instance
                 */
                KernelServiceCompleted.prototype.monitorPrivilegedTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * KernelServiceCompleted monitorCallFaultTicks.
                 * @member {number} monitorCallFaultTicks
                 * @memberof disco.trace.v1.KernelServiceCompleted
                 * @instance
                 */
                KernelServiceCompleted.prototype.monitorCallFaultTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * KernelServiceCompleted monitorKernelTlbTicks.
                 * @member {number} monitorKernelTlbTicks
                 * @memberof disco.trace.v1.KernelServiceCompleted
                 * @instance
                 */
                KernelServiceCompleted.prototype.monitorKernelTlbTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * KernelServiceCompleted monitorTlbMissTicks.
                 * @member {number} monitorTlbMissTicks
                 * @memberof disco.trace.v1.KernelServiceCompleted
                 * @instance
                 */
                KernelServiceCompleted.prototype.monitorTlbMissTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * KernelServiceCompleted monitorNumaTicks.
                 * @member {number} monitorNumaTicks
                 * @memberof disco.trace.v1.KernelServiceCompleted
                 * @instance
                 */
                KernelServiceCompleted.prototype.monitorNumaTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * KernelServiceCompleted monitorOtherTicks.
                 * @member {number} monitorOtherTicks
                 * @memberof disco.trace.v1.KernelServiceCompleted
                 * @instance
                 */
                KernelServiceCompleted.prototype.monitorOtherTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

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
                    if (message.kernelTicks != null && $Object.hasOwnProperty.call(message, "kernelTicks") && (typeof message.kernelTicks === "object" ? message.kernelTicks.low || message.kernelTicks.high : message.kernelTicks !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.kernelTicks);
                    if (message.monitorTlbWriteTicks != null && $Object.hasOwnProperty.call(message, "monitorTlbWriteTicks") && (typeof message.monitorTlbWriteTicks === "object" ? message.monitorTlbWriteTicks.low || message.monitorTlbWriteTicks.high : message.monitorTlbWriteTicks !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.monitorTlbWriteTicks);
                    if (message.monitorPrivilegedTicks != null && $Object.hasOwnProperty.call(message, "monitorPrivilegedTicks") && (typeof message.monitorPrivilegedTicks === "object" ? message.monitorPrivilegedTicks.low || message.monitorPrivilegedTicks.high : message.monitorPrivilegedTicks !== 0))
                        writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.monitorPrivilegedTicks);
                    if (message.monitorCallFaultTicks != null && $Object.hasOwnProperty.call(message, "monitorCallFaultTicks") && (typeof message.monitorCallFaultTicks === "object" ? message.monitorCallFaultTicks.low || message.monitorCallFaultTicks.high : message.monitorCallFaultTicks !== 0))
                        writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.monitorCallFaultTicks);
                    if (message.monitorKernelTlbTicks != null && $Object.hasOwnProperty.call(message, "monitorKernelTlbTicks") && (typeof message.monitorKernelTlbTicks === "object" ? message.monitorKernelTlbTicks.low || message.monitorKernelTlbTicks.high : message.monitorKernelTlbTicks !== 0))
                        writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.monitorKernelTlbTicks);
                    if (message.monitorTlbMissTicks != null && $Object.hasOwnProperty.call(message, "monitorTlbMissTicks") && (typeof message.monitorTlbMissTicks === "object" ? message.monitorTlbMissTicks.low || message.monitorTlbMissTicks.high : message.monitorTlbMissTicks !== 0))
                        writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.monitorTlbMissTicks);
                    if (message.monitorNumaTicks != null && $Object.hasOwnProperty.call(message, "monitorNumaTicks") && (typeof message.monitorNumaTicks === "object" ? message.monitorNumaTicks.low || message.monitorNumaTicks.high : message.monitorNumaTicks !== 0))
                        writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.monitorNumaTicks);
                    if (message.monitorOtherTicks != null && $Object.hasOwnProperty.call(message, "monitorOtherTicks") && (typeof message.monitorOtherTicks === "object" ? message.monitorOtherTicks.low || message.monitorOtherTicks.high : message.monitorOtherTicks !== 0))
                        writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.monitorOtherTicks);
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
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.kernelTicks = value;
                                else
                                    delete message.kernelTicks;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.monitorTlbWriteTicks = value;
                                else
                                    delete message.monitorTlbWriteTicks;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.monitorPrivilegedTicks = value;
                                else
                                    delete message.monitorPrivilegedTicks;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.monitorCallFaultTicks = value;
                                else
                                    delete message.monitorCallFaultTicks;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.monitorKernelTlbTicks = value;
                                else
                                    delete message.monitorKernelTlbTicks;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.monitorTlbMissTicks = value;
                                else
                                    delete message.monitorTlbMissTicks;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.monitorNumaTicks = value;
                                else
                                    delete message.monitorNumaTicks;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.monitorOtherTicks = value;
                                else
                                    delete message.monitorOtherTicks;
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
                 * @property {number|null} [kernelTicks] KernelServiceSampled kernelTicks
                 * @property {number|null} [monitorTlbWriteTicks] KernelServiceSampled monitorTlbWriteTicks
                 * @property {number|null} [monitorPrivilegedTicks] KernelServiceSampled monitorPrivilegedTicks
                 * @property {number|null} [monitorCallFaultTicks] KernelServiceSampled monitorCallFaultTicks
                 * @property {number|null} [monitorKernelTlbTicks] KernelServiceSampled monitorKernelTlbTicks
                 * @property {number|null} [monitorTlbMissTicks] KernelServiceSampled monitorTlbMissTicks
                 * @property {number|null} [monitorNumaTicks] KernelServiceSampled monitorNumaTicks
                 * @property {number|null} [monitorOtherTicks] KernelServiceSampled monitorOtherTicks
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
                 * KernelServiceSampled kernelTicks.
                 * @member {number} kernelTicks
                 * @memberof disco.trace.v1.KernelServiceSampled
                 * @instance
                 */
                KernelServiceSampled.prototype.kernelTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * KernelServiceSampled monitorTlbWriteTicks.
                 * @member {number} monitorTlbWriteTicks
                 * @memberof disco.trace.v1.KernelServiceSampled
                 * @instance
                 */
                KernelServiceSampled.prototype.monitorTlbWriteTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * KernelServiceSampled monitorPrivilegedTicks.
                 * @member {number} monitorPrivilegedTicks
                 * @memberof disco.trace.v1.KernelServiceSampled
                 * @instance
                 */
                KernelServiceSampled.prototype.monitorPrivilegedTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * KernelServiceSampled monitorCallFaultTicks.
                 * @member {number} monitorCallFaultTicks
                 * @memberof disco.trace.v1.KernelServiceSampled
                 * @instance
                 */
                KernelServiceSampled.prototype.monitorCallFaultTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * KernelServiceSampled monitorKernelTlbTicks.
                 * @member {number} monitorKernelTlbTicks
                 * @memberof disco.trace.v1.KernelServiceSampled
                 * @instance
                 */
                KernelServiceSampled.prototype.monitorKernelTlbTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * KernelServiceSampled monitorTlbMissTicks.
                 * @member {number} monitorTlbMissTicks
                 * @memberof disco.trace.v1.KernelServiceSampled
                 * @instance
                 */
                KernelServiceSampled.prototype.monitorTlbMissTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * KernelServiceSampled monitorNumaTicks.
                 * @member {number} monitorNumaTicks
                 * @memberof disco.trace.v1.KernelServiceSampled
                 * @instance
                 */
                KernelServiceSampled.prototype.monitorNumaTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * KernelServiceSampled monitorOtherTicks.
                 * @member {number} monitorOtherTicks
                 * @memberof disco.trace.v1.KernelServiceSampled
                 * @instance
                 */
                KernelServiceSampled.prototype.monitorOtherTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

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
                    if (message.kernelTicks != null && $Object.hasOwnProperty.call(message, "kernelTicks") && (typeof message.kernelTicks === "object" ? message.kernelTicks.low || message.kernelTicks.high : message.kernelTicks !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.kernelTicks);
                    if (message.monitorTlbWriteTicks != null && $Object.hasOwnProperty.call(message, "monitorTlbWriteTicks") && (typeof message.monitorTlbWriteTicks === "object" ? message.monitorTlbWriteTicks.low || message.monitorTlbWriteTicks.high : message.monitorTlbWriteTicks !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.monitorTlbWriteTicks);
                    if (message.monitorPrivilegedTicks != null && $Object.hasOwnProperty.call(message, "monitorPrivilegedTicks") && (typeof message.monitorPrivilegedTicks === "object" ? message.monitorPrivilegedTicks.low || message.monitorPrivilegedTicks.high : message.monitorPrivilegedTicks !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.monitorPrivilegedTicks);
                    if (message.monitorCallFaultTicks != null && $Object.hasOwnProperty.call(message, "monitorCallFaultTicks") && (typeof message.monitorCallFaultTicks === "object" ? message.monitorCallFaultTicks.low || message.monitorCallFaultTicks.high : message.monitorCallFaultTicks !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.monitorCallFaultTicks);
                    if (message.monitorKernelTlbTicks != null && $Object.hasOwnProperty.call(message, "monitorKernelTlbTicks") && (typeof message.monitorKernelTlbTicks === "object" ? message.monitorKernelTlbTicks.low || message.monitorKernelTlbTicks.high : message.monitorKernelTlbTicks !== 0))
                        writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.monitorKernelTlbTicks);
                    if (message.monitorTlbMissTicks != null && $Object.hasOwnProperty.call(message, "monitorTlbMissTicks") && (typeof message.monitorTlbMissTicks === "object" ? message.monitorTlbMissTicks.low || message.monitorTlbMissTicks.high : message.monitorTlbMissTicks !== 0))
                        writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.monitorTlbMissTicks);
                    if (message.monitorNumaTicks != null && $Object.hasOwnProperty.call(message, "monitorNumaTicks") && (typeof message.monitorNumaTicks === "object" ? message.monitorNumaTicks.low || message.monitorNumaTicks.high : message.monitorNumaTicks !== 0))
                        writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.monitorNumaTicks);
                    if (message.monitorOtherTicks != null && $Object.hasOwnProperty.call(message, "monitorOtherTicks") && (typeof message.monitorOtherTicks === "object" ? message.monitorOtherTicks.low || message.monitorOtherTicks.high : message.monitorOtherTicks !== 0))
                        writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.monitorOtherTicks);
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
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.kernelTicks = value;
                                else
                                    delete message.kernelTicks;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.monitorTlbWriteTicks = value;
                                else
                                    delete message.monitorTlbWriteTicks;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.monitorPrivilegedTicks = value;
                                else
                                    delete message.monitorPrivilegedTicks;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.monitorCallFaultTicks = value;
                                else
                                    delete message.monitorCallFaultTicks;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.monitorKernelTlbTicks = value;
                                else
                                    delete message.monitorKernelTlbTicks;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.monitorTlbMissTicks = value;
                                else
                                    delete message.monitorTlbMissTicks;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.monitorNumaTicks = value;
                                else
                                    delete message.monitorNumaTicks;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.monitorOtherTicks = value;
                                else
                                    delete message.monitorOtherTicks;
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

            /**
             * VcpuScheduleReason enum.
             * @name disco.trace.v1.VcpuScheduleReason
             * @enum {number}
             * @property {number} VCPU_SCHEDULE_REASON_UNSPECIFIED=0 VCPU_SCHEDULE_REASON_UNSPECIFIED value
             * @property {number} VCPU_SCHEDULE_START=1 VCPU_SCHEDULE_START value
             * @property {number} VCPU_SCHEDULE_QUANTUM=2 VCPU_SCHEDULE_QUANTUM value
             * @property {number} VCPU_SCHEDULE_IDLE=3 VCPU_SCHEDULE_IDLE value
             * @property {number} VCPU_SCHEDULE_WAKE=4 VCPU_SCHEDULE_WAKE value
             */
            v1.VcpuScheduleReason = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "VCPU_SCHEDULE_REASON_UNSPECIFIED"] = 0;
                values[valuesById[1] = "VCPU_SCHEDULE_START"] = 1;
                values[valuesById[2] = "VCPU_SCHEDULE_QUANTUM"] = 2;
                values[valuesById[3] = "VCPU_SCHEDULE_IDLE"] = 3;
                values[valuesById[4] = "VCPU_SCHEDULE_WAKE"] = 4;
                return values;
            })();

            /**
             * MonitorCall enum.
             * @name disco.trace.v1.MonitorCall
             * @enum {number}
             * @property {number} MONITOR_CALL_UNSPECIFIED=0 MONITOR_CALL_UNSPECIFIED value
             * @property {number} MONITOR_CALL_ZERO_PAGE=1 MONITOR_CALL_ZERO_PAGE value
             * @property {number} MONITOR_CALL_REMAP_PAGE=2 MONITOR_CALL_REMAP_PAGE value
             * @property {number} MONITOR_CALL_PAGE_FREED=3 MONITOR_CALL_PAGE_FREED value
             * @property {number} MONITOR_CALL_DISK=4 MONITOR_CALL_DISK value
             * @property {number} MONITOR_CALL_NET_SEND=5 MONITOR_CALL_NET_SEND value
             * @property {number} MONITOR_CALL_FIXED_MAP=6 MONITOR_CALL_FIXED_MAP value
             */
            v1.MonitorCall = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "MONITOR_CALL_UNSPECIFIED"] = 0;
                values[valuesById[1] = "MONITOR_CALL_ZERO_PAGE"] = 1;
                values[valuesById[2] = "MONITOR_CALL_REMAP_PAGE"] = 2;
                values[valuesById[3] = "MONITOR_CALL_PAGE_FREED"] = 3;
                values[valuesById[4] = "MONITOR_CALL_DISK"] = 4;
                values[valuesById[5] = "MONITOR_CALL_NET_SEND"] = 5;
                values[valuesById[6] = "MONITOR_CALL_FIXED_MAP"] = 6;
                return values;
            })();

            /**
             * MigrationDeclineReason enum.
             * @name disco.trace.v1.MigrationDeclineReason
             * @enum {number}
             * @property {number} MIGRATION_DECLINE_REASON_UNSPECIFIED=0 MIGRATION_DECLINE_REASON_UNSPECIFIED value
             * @property {number} DECLINE_WRITE_SHARED=1 DECLINE_WRITE_SHARED value
             * @property {number} DECLINE_MOVE_LIMIT=2 DECLINE_MOVE_LIMIT value
             * @property {number} DECLINE_ALREADY_LOCAL=3 DECLINE_ALREADY_LOCAL value
             * @property {number} DECLINE_DISABLED=4 DECLINE_DISABLED value
             * @property {number} DECLINE_NOT_MOVABLE=5 DECLINE_NOT_MOVABLE value
             * @property {number} DECLINE_NO_PATTERN=6 DECLINE_NO_PATTERN value
             * @property {number} DECLINE_NO_MEMORY=7 DECLINE_NO_MEMORY value
             * @property {number} DECLINE_TOO_SOON=8 DECLINE_TOO_SOON value
             * @property {number} DECLINE_FILTERED=9 DECLINE_FILTERED value
             * @property {number} DECLINE_GATED=10 DECLINE_GATED value
             */
            v1.MigrationDeclineReason = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "MIGRATION_DECLINE_REASON_UNSPECIFIED"] = 0;
                values[valuesById[1] = "DECLINE_WRITE_SHARED"] = 1;
                values[valuesById[2] = "DECLINE_MOVE_LIMIT"] = 2;
                values[valuesById[3] = "DECLINE_ALREADY_LOCAL"] = 3;
                values[valuesById[4] = "DECLINE_DISABLED"] = 4;
                values[valuesById[5] = "DECLINE_NOT_MOVABLE"] = 5;
                values[valuesById[6] = "DECLINE_NO_PATTERN"] = 6;
                values[valuesById[7] = "DECLINE_NO_MEMORY"] = 7;
                values[valuesById[8] = "DECLINE_TOO_SOON"] = 8;
                values[valuesById[9] = "DECLINE_FILTERED"] = 9;
                values[valuesById[10] = "DECLINE_GATED"] = 10;
                return values;
            })();

            /**
             * PlacementPolicyKind enum.
             * @name disco.trace.v1.PlacementPolicyKind
             * @enum {number}
             * @property {number} POLICY_DISCO=0 POLICY_DISCO value
             * @property {number} POLICY_NONE=1 POLICY_NONE value
             * @property {number} POLICY_FIRST_TOUCH=2 POLICY_FIRST_TOUCH value
             * @property {number} POLICY_ROUND_ROBIN=3 POLICY_ROUND_ROBIN value
             * @property {number} POLICY_AUTONUMA=4 POLICY_AUTONUMA value
             * @property {number} POLICY_CARREFOUR=5 POLICY_CARREFOUR value
             * @property {number} POLICY_FORCED=6 POLICY_FORCED value
             * @property {number} POLICY_SCHEDULED=7 POLICY_SCHEDULED value
             */
            v1.PlacementPolicyKind = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "POLICY_DISCO"] = 0;
                values[valuesById[1] = "POLICY_NONE"] = 1;
                values[valuesById[2] = "POLICY_FIRST_TOUCH"] = 2;
                values[valuesById[3] = "POLICY_ROUND_ROBIN"] = 3;
                values[valuesById[4] = "POLICY_AUTONUMA"] = 4;
                values[valuesById[5] = "POLICY_CARREFOUR"] = 5;
                values[valuesById[6] = "POLICY_FORCED"] = 6;
                values[valuesById[7] = "POLICY_SCHEDULED"] = 7;
                return values;
            })();

            /**
             * ShootdownReason enum.
             * @name disco.trace.v1.ShootdownReason
             * @enum {number}
             * @property {number} SHOOTDOWN_REASON_UNSPECIFIED=0 SHOOTDOWN_REASON_UNSPECIFIED value
             * @property {number} SHOOTDOWN_MIGRATE=1 SHOOTDOWN_MIGRATE value
             * @property {number} SHOOTDOWN_REPLICATE=2 SHOOTDOWN_REPLICATE value
             * @property {number} SHOOTDOWN_COLLAPSE=3 SHOOTDOWN_COLLAPSE value
             * @property {number} SHOOTDOWN_COW=4 SHOOTDOWN_COW value
             * @property {number} SHOOTDOWN_REMAP=5 SHOOTDOWN_REMAP value
             * @property {number} SHOOTDOWN_FREE=6 SHOOTDOWN_FREE value
             * @property {number} SHOOTDOWN_HINTING=7 SHOOTDOWN_HINTING value
             */
            v1.ShootdownReason = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "SHOOTDOWN_REASON_UNSPECIFIED"] = 0;
                values[valuesById[1] = "SHOOTDOWN_MIGRATE"] = 1;
                values[valuesById[2] = "SHOOTDOWN_REPLICATE"] = 2;
                values[valuesById[3] = "SHOOTDOWN_COLLAPSE"] = 3;
                values[valuesById[4] = "SHOOTDOWN_COW"] = 4;
                values[valuesById[5] = "SHOOTDOWN_REMAP"] = 5;
                values[valuesById[6] = "SHOOTDOWN_FREE"] = 6;
                values[valuesById[7] = "SHOOTDOWN_HINTING"] = 7;
                return values;
            })();

            /**
             * CowSource enum.
             * @name disco.trace.v1.CowSource
             * @enum {number}
             * @property {number} COW_SOURCE_UNSPECIFIED=0 COW_SOURCE_UNSPECIFIED value
             * @property {number} COW_SOURCE_DISK=1 COW_SOURCE_DISK value
             * @property {number} COW_SOURCE_NETWORK=2 COW_SOURCE_NETWORK value
             * @property {number} COW_SOURCE_REMAP=3 COW_SOURCE_REMAP value
             */
            v1.CowSource = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "COW_SOURCE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "COW_SOURCE_DISK"] = 1;
                values[valuesById[2] = "COW_SOURCE_NETWORK"] = 2;
                values[valuesById[3] = "COW_SOURCE_REMAP"] = 3;
                return values;
            })();

            v1.VmCreated = (function() {

                /**
                 * Properties of a VmCreated.
                 * @typedef {Object} disco.trace.v1.VmCreated.$Properties
                 * @property {number|null} [vcpus] VmCreated vcpus
                 * @property {number|null} [physicalPages] VmCreated physicalPages
                 * @property {Array.<number>|null} [homeCpus] VmCreated homeCpus
                 * @property {number|null} [disks] VmCreated disks
                 * @property {boolean|null} [specialPage] VmCreated specialPage
                 * @property {boolean|null} [zeroPageCall] VmCreated zeroPageCall
                 * @property {boolean|null} [freedPageHint] VmCreated freedPageHint
                 * @property {boolean|null} [monitorCallDrivers] VmCreated monitorCallDrivers
                 * @property {boolean|null} [relocatedKernel] VmCreated relocatedKernel
                 * @property {boolean|null} [nfsRemap] VmCreated nfsRemap
                 * @property {boolean|null} [mbufFix] VmCreated mbufFix
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a VmCreated.
                 * @memberof disco.trace.v1
                 * @interface IVmCreated
                 * @augments disco.trace.v1.VmCreated.$Properties
                 * @deprecated Use disco.trace.v1.VmCreated.$Properties instead.
                 */

                /**
                 * Shape of a VmCreated.
                 * @typedef {disco.trace.v1.VmCreated.$Properties} disco.trace.v1.VmCreated.$Shape
                 */

                /**
                 * Constructs a new VmCreated.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a VmCreated.
                 * @constructor
                 * @param {disco.trace.v1.VmCreated.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var VmCreated = function (properties) {
                    this.homeCpus = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * VmCreated vcpus.
                 * @member {number} vcpus
                 * @memberof disco.trace.v1.VmCreated
                 * @instance
                 */
                VmCreated.prototype.vcpus = 0;

                /**
                 * VmCreated physicalPages.
                 * @member {number} physicalPages
                 * @memberof disco.trace.v1.VmCreated
                 * @instance
                 */
                VmCreated.prototype.physicalPages = 0;

                /**
                 * VmCreated homeCpus.
                 * @member {Array.<number>} homeCpus
                 * @memberof disco.trace.v1.VmCreated
                 * @instance
                 */
                VmCreated.prototype.homeCpus = $util.emptyArray;

                /**
                 * VmCreated disks.
                 * @member {number} disks
                 * @memberof disco.trace.v1.VmCreated
                 * @instance
                 */
                VmCreated.prototype.disks = 0;

                /**
                 * VmCreated specialPage.
                 * @member {boolean} specialPage
                 * @memberof disco.trace.v1.VmCreated
                 * @instance
                 */
                VmCreated.prototype.specialPage = false;

                /**
                 * VmCreated zeroPageCall.
                 * @member {boolean} zeroPageCall
                 * @memberof disco.trace.v1.VmCreated
                 * @instance
                 */
                VmCreated.prototype.zeroPageCall = false;

                /**
                 * VmCreated freedPageHint.
                 * @member {boolean} freedPageHint
                 * @memberof disco.trace.v1.VmCreated
                 * @instance
                 */
                VmCreated.prototype.freedPageHint = false;

                /**
                 * VmCreated monitorCallDrivers.
                 * @member {boolean} monitorCallDrivers
                 * @memberof disco.trace.v1.VmCreated
                 * @instance
                 */
                VmCreated.prototype.monitorCallDrivers = false;

                /**
                 * VmCreated relocatedKernel.
                 * @member {boolean} relocatedKernel
                 * @memberof disco.trace.v1.VmCreated
                 * @instance
                 */
                VmCreated.prototype.relocatedKernel = false;

                /**
                 * VmCreated nfsRemap.
                 * @member {boolean} nfsRemap
                 * @memberof disco.trace.v1.VmCreated
                 * @instance
                 */
                VmCreated.prototype.nfsRemap = false;

                /**
                 * VmCreated mbufFix.
                 * @member {boolean} mbufFix
                 * @memberof disco.trace.v1.VmCreated
                 * @instance
                 */
                VmCreated.prototype.mbufFix = false;

                /**
                 * Encodes the specified VmCreated message. Does not implicitly {@link disco.trace.v1.VmCreated.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.VmCreated
                 * @static
                 * @param {disco.trace.v1.VmCreated.$Properties} message VmCreated message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                VmCreated.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.vcpus != null && $Object.hasOwnProperty.call(message, "vcpus") && message.vcpus !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.vcpus);
                    if (message.physicalPages != null && $Object.hasOwnProperty.call(message, "physicalPages") && message.physicalPages !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.physicalPages);
                    if (message.homeCpus != null && message.homeCpus.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.homeCpus);
                    if (message.disks != null && $Object.hasOwnProperty.call(message, "disks") && message.disks !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.disks);
                    if (message.specialPage != null && $Object.hasOwnProperty.call(message, "specialPage") && message.specialPage !== false)
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.specialPage);
                    if (message.zeroPageCall != null && $Object.hasOwnProperty.call(message, "zeroPageCall") && message.zeroPageCall !== false)
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.zeroPageCall);
                    if (message.freedPageHint != null && $Object.hasOwnProperty.call(message, "freedPageHint") && message.freedPageHint !== false)
                        writer.uint32(/* id 7, wireType 0 =*/56).bool(message.freedPageHint);
                    if (message.monitorCallDrivers != null && $Object.hasOwnProperty.call(message, "monitorCallDrivers") && message.monitorCallDrivers !== false)
                        writer.uint32(/* id 8, wireType 0 =*/64).bool(message.monitorCallDrivers);
                    if (message.relocatedKernel != null && $Object.hasOwnProperty.call(message, "relocatedKernel") && message.relocatedKernel !== false)
                        writer.uint32(/* id 9, wireType 0 =*/72).bool(message.relocatedKernel);
                    if (message.nfsRemap != null && $Object.hasOwnProperty.call(message, "nfsRemap") && message.nfsRemap !== false)
                        writer.uint32(/* id 10, wireType 0 =*/80).bool(message.nfsRemap);
                    if (message.mbufFix != null && $Object.hasOwnProperty.call(message, "mbufFix") && message.mbufFix !== false)
                        writer.uint32(/* id 11, wireType 0 =*/88).bool(message.mbufFix);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a VmCreated message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.VmCreated
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.VmCreated & disco.trace.v1.VmCreated.$Shape} VmCreated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                VmCreated.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.disco.trace.v1.VmCreated();
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
                                    message.vcpus = value;
                                else
                                    delete message.vcpus;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.physicalPages = value;
                                else
                                    delete message.physicalPages;
                                continue;
                            }
                        case 3: {
                                if (wireType === 2) {
                                    if (!(message.homeCpus && message.homeCpus.length))
                                        message.homeCpus = [];
                                    reader.uint32s(message.homeCpus);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.homeCpus && message.homeCpus.length))
                                    message.homeCpus = [];
                                message.homeCpus.push(reader.uint32());
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.disks = value;
                                else
                                    delete message.disks;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.specialPage = value;
                                else
                                    delete message.specialPage;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.zeroPageCall = value;
                                else
                                    delete message.zeroPageCall;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.freedPageHint = value;
                                else
                                    delete message.freedPageHint;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.monitorCallDrivers = value;
                                else
                                    delete message.monitorCallDrivers;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.relocatedKernel = value;
                                else
                                    delete message.relocatedKernel;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.nfsRemap = value;
                                else
                                    delete message.nfsRemap;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.mbufFix = value;
                                else
                                    delete message.mbufFix;
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

                return VmCreated;
            })();

            v1.VcpuScheduled = (function() {

                /**
                 * Properties of a VcpuScheduled.
                 * @typedef {Object} disco.trace.v1.VcpuScheduled.$Properties
                 * @property {number|null} [vcpu] VcpuScheduled vcpu
                 * @property {number|null} [previousVm] VcpuScheduled previousVm
                 * @property {number|null} [previousVcpu] VcpuScheduled previousVcpu
                 * @property {disco.trace.v1.VcpuScheduleReason|null} [reason] VcpuScheduled reason
                 * @property {number|null} [runnableWaiting] VcpuScheduled runnableWaiting
                 * @property {number|null} [quantumTicks] VcpuScheduled quantumTicks
                 * @property {number|null} [switchTicks] VcpuScheduled switchTicks
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a VcpuScheduled.
                 * @memberof disco.trace.v1
                 * @interface IVcpuScheduled
                 * @augments disco.trace.v1.VcpuScheduled.$Properties
                 * @deprecated Use disco.trace.v1.VcpuScheduled.$Properties instead.
                 */

                /**
                 * Shape of a VcpuScheduled.
                 * @typedef {disco.trace.v1.VcpuScheduled.$Properties} disco.trace.v1.VcpuScheduled.$Shape
                 */

                /**
                 * Constructs a new VcpuScheduled.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a VcpuScheduled.
                 * @constructor
                 * @param {disco.trace.v1.VcpuScheduled.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var VcpuScheduled = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * VcpuScheduled vcpu.
                 * @member {number} vcpu
                 * @memberof disco.trace.v1.VcpuScheduled
                 * @instance
                 */
                VcpuScheduled.prototype.vcpu = 0;

                /**
                 * VcpuScheduled previousVm.
                 * @member {number} previousVm
                 * @memberof disco.trace.v1.VcpuScheduled
                 * @instance
                 */
                VcpuScheduled.prototype.previousVm = 0;

                /**
                 * VcpuScheduled previousVcpu.
                 * @member {number} previousVcpu
                 * @memberof disco.trace.v1.VcpuScheduled
                 * @instance
                 */
                VcpuScheduled.prototype.previousVcpu = 0;

                /**
                 * VcpuScheduled reason.
                 * @member {disco.trace.v1.VcpuScheduleReason} reason
                 * @memberof disco.trace.v1.VcpuScheduled
                 * @instance
                 */
                VcpuScheduled.prototype.reason = 0;

                /**
                 * VcpuScheduled runnableWaiting.
                 * @member {number} runnableWaiting
                 * @memberof disco.trace.v1.VcpuScheduled
                 * @instance
                 */
                VcpuScheduled.prototype.runnableWaiting = 0;

                /**
                 * VcpuScheduled quantumTicks.
                 * @member {number} quantumTicks
                 * @memberof disco.trace.v1.VcpuScheduled
                 * @instance
                 */
                VcpuScheduled.prototype.quantumTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * VcpuScheduled switchTicks.
                 * @member {number} switchTicks
                 * @memberof disco.trace.v1.VcpuScheduled
                 * @instance
                 */
                VcpuScheduled.prototype.switchTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified VcpuScheduled message. Does not implicitly {@link disco.trace.v1.VcpuScheduled.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.VcpuScheduled
                 * @static
                 * @param {disco.trace.v1.VcpuScheduled.$Properties} message VcpuScheduled message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                VcpuScheduled.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.vcpu != null && $Object.hasOwnProperty.call(message, "vcpu") && message.vcpu !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.vcpu);
                    if (message.previousVm != null && $Object.hasOwnProperty.call(message, "previousVm") && message.previousVm !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.previousVm);
                    if (message.previousVcpu != null && $Object.hasOwnProperty.call(message, "previousVcpu") && message.previousVcpu !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.previousVcpu);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.reason);
                    if (message.runnableWaiting != null && $Object.hasOwnProperty.call(message, "runnableWaiting") && message.runnableWaiting !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.runnableWaiting);
                    if (message.quantumTicks != null && $Object.hasOwnProperty.call(message, "quantumTicks") && (typeof message.quantumTicks === "object" ? message.quantumTicks.low || message.quantumTicks.high : message.quantumTicks !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.quantumTicks);
                    if (message.switchTicks != null && $Object.hasOwnProperty.call(message, "switchTicks") && (typeof message.switchTicks === "object" ? message.switchTicks.low || message.switchTicks.high : message.switchTicks !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.switchTicks);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a VcpuScheduled message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.VcpuScheduled
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.VcpuScheduled & disco.trace.v1.VcpuScheduled.$Shape} VcpuScheduled
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                VcpuScheduled.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.disco.trace.v1.VcpuScheduled();
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
                                    message.vcpu = value;
                                else
                                    delete message.vcpu;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.sint32())
                                    message.previousVm = value;
                                else
                                    delete message.previousVm;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.sint32())
                                    message.previousVcpu = value;
                                else
                                    delete message.previousVcpu;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.runnableWaiting = value;
                                else
                                    delete message.runnableWaiting;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.quantumTicks = value;
                                else
                                    delete message.quantumTicks;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.switchTicks = value;
                                else
                                    delete message.switchTicks;
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

                return VcpuScheduled;
            })();

            v1.PrivilegedInstructionEmulated = (function() {

                /**
                 * Properties of a PrivilegedInstructionEmulated.
                 * @typedef {Object} disco.trace.v1.PrivilegedInstructionEmulated.$Properties
                 * @property {number|null} [vcpu] PrivilegedInstructionEmulated vcpu
                 * @property {number|null} [op] PrivilegedInstructionEmulated op
                 * @property {boolean|null} [specialPage] PrivilegedInstructionEmulated specialPage
                 * @property {number|null} [costTicks] PrivilegedInstructionEmulated costTicks
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PrivilegedInstructionEmulated.
                 * @memberof disco.trace.v1
                 * @interface IPrivilegedInstructionEmulated
                 * @augments disco.trace.v1.PrivilegedInstructionEmulated.$Properties
                 * @deprecated Use disco.trace.v1.PrivilegedInstructionEmulated.$Properties instead.
                 */

                /**
                 * Shape of a PrivilegedInstructionEmulated.
                 * @typedef {disco.trace.v1.PrivilegedInstructionEmulated.$Properties} disco.trace.v1.PrivilegedInstructionEmulated.$Shape
                 */

                /**
                 * Constructs a new PrivilegedInstructionEmulated.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a PrivilegedInstructionEmulated.
                 * @constructor
                 * @param {disco.trace.v1.PrivilegedInstructionEmulated.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var PrivilegedInstructionEmulated = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PrivilegedInstructionEmulated vcpu.
                 * @member {number} vcpu
                 * @memberof disco.trace.v1.PrivilegedInstructionEmulated
                 * @instance
                 */
                PrivilegedInstructionEmulated.prototype.vcpu = 0;

                /**
                 * PrivilegedInstructionEmulated op.
                 * @member {number} op
                 * @memberof disco.trace.v1.PrivilegedInstructionEmulated
                 * @instance
                 */
                PrivilegedInstructionEmulated.prototype.op = 0;

                /**
                 * PrivilegedInstructionEmulated specialPage.
                 * @member {boolean} specialPage
                 * @memberof disco.trace.v1.PrivilegedInstructionEmulated
                 * @instance
                 */
                PrivilegedInstructionEmulated.prototype.specialPage = false;

                /**
                 * PrivilegedInstructionEmulated costTicks.
                 * @member {number} costTicks
                 * @memberof disco.trace.v1.PrivilegedInstructionEmulated
                 * @instance
                 */
                PrivilegedInstructionEmulated.prototype.costTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified PrivilegedInstructionEmulated message. Does not implicitly {@link disco.trace.v1.PrivilegedInstructionEmulated.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.PrivilegedInstructionEmulated
                 * @static
                 * @param {disco.trace.v1.PrivilegedInstructionEmulated.$Properties} message PrivilegedInstructionEmulated message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PrivilegedInstructionEmulated.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.vcpu != null && $Object.hasOwnProperty.call(message, "vcpu") && message.vcpu !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.vcpu);
                    if (message.op != null && $Object.hasOwnProperty.call(message, "op") && message.op !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.op);
                    if (message.specialPage != null && $Object.hasOwnProperty.call(message, "specialPage") && message.specialPage !== false)
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.specialPage);
                    if (message.costTicks != null && $Object.hasOwnProperty.call(message, "costTicks") && (typeof message.costTicks === "object" ? message.costTicks.low || message.costTicks.high : message.costTicks !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.costTicks);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PrivilegedInstructionEmulated message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.PrivilegedInstructionEmulated
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.PrivilegedInstructionEmulated & disco.trace.v1.PrivilegedInstructionEmulated.$Shape} PrivilegedInstructionEmulated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PrivilegedInstructionEmulated.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.disco.trace.v1.PrivilegedInstructionEmulated();
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
                                    message.vcpu = value;
                                else
                                    delete message.vcpu;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.op = value;
                                else
                                    delete message.op;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.specialPage = value;
                                else
                                    delete message.specialPage;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.costTicks = value;
                                else
                                    delete message.costTicks;
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

                return PrivilegedInstructionEmulated;
            })();

            v1.TlbWriteEmulated = (function() {

                /**
                 * Properties of a TlbWriteEmulated.
                 * @typedef {Object} disco.trace.v1.TlbWriteEmulated.$Properties
                 * @property {number|null} [vcpu] TlbWriteEmulated vcpu
                 * @property {number|null} [vpn2] TlbWriteEmulated vpn2
                 * @property {number|null} [asid] TlbWriteEmulated asid
                 * @property {number|null} [index] TlbWriteEmulated index
                 * @property {number|null} [physicalPage0] TlbWriteEmulated physicalPage0
                 * @property {number|null} [physicalPage1] TlbWriteEmulated physicalPage1
                 * @property {number|null} [machinePage0] TlbWriteEmulated machinePage0
                 * @property {number|null} [machinePage1] TlbWriteEmulated machinePage1
                 * @property {boolean|null} [writable0] TlbWriteEmulated writable0
                 * @property {boolean|null} [writable1] TlbWriteEmulated writable1
                 * @property {number|null} [costTicks] TlbWriteEmulated costTicks
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TlbWriteEmulated.
                 * @memberof disco.trace.v1
                 * @interface ITlbWriteEmulated
                 * @augments disco.trace.v1.TlbWriteEmulated.$Properties
                 * @deprecated Use disco.trace.v1.TlbWriteEmulated.$Properties instead.
                 */

                /**
                 * Shape of a TlbWriteEmulated.
                 * @typedef {disco.trace.v1.TlbWriteEmulated.$Properties} disco.trace.v1.TlbWriteEmulated.$Shape
                 */

                /**
                 * Constructs a new TlbWriteEmulated.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a TlbWriteEmulated.
                 * @constructor
                 * @param {disco.trace.v1.TlbWriteEmulated.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var TlbWriteEmulated = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TlbWriteEmulated vcpu.
                 * @member {number} vcpu
                 * @memberof disco.trace.v1.TlbWriteEmulated
                 * @instance
                 */
                TlbWriteEmulated.prototype.vcpu = 0;

                /**
                 * TlbWriteEmulated vpn2.
                 * @member {number} vpn2
                 * @memberof disco.trace.v1.TlbWriteEmulated
                 * @instance
                 */
                TlbWriteEmulated.prototype.vpn2 = 0;

                /**
                 * TlbWriteEmulated asid.
                 * @member {number} asid
                 * @memberof disco.trace.v1.TlbWriteEmulated
                 * @instance
                 */
                TlbWriteEmulated.prototype.asid = 0;

                /**
                 * TlbWriteEmulated index.
                 * @member {number} index
                 * @memberof disco.trace.v1.TlbWriteEmulated
                 * @instance
                 */
                TlbWriteEmulated.prototype.index = 0;

                /**
                 * TlbWriteEmulated physicalPage0.
                 * @member {number} physicalPage0
                 * @memberof disco.trace.v1.TlbWriteEmulated
                 * @instance
                 */
                TlbWriteEmulated.prototype.physicalPage0 = 0;

                /**
                 * TlbWriteEmulated physicalPage1.
                 * @member {number} physicalPage1
                 * @memberof disco.trace.v1.TlbWriteEmulated
                 * @instance
                 */
                TlbWriteEmulated.prototype.physicalPage1 = 0;

                /**
                 * TlbWriteEmulated machinePage0.
                 * @member {number} machinePage0
                 * @memberof disco.trace.v1.TlbWriteEmulated
                 * @instance
                 */
                TlbWriteEmulated.prototype.machinePage0 = 0;

                /**
                 * TlbWriteEmulated machinePage1.
                 * @member {number} machinePage1
                 * @memberof disco.trace.v1.TlbWriteEmulated
                 * @instance
                 */
                TlbWriteEmulated.prototype.machinePage1 = 0;

                /**
                 * TlbWriteEmulated writable0.
                 * @member {boolean} writable0
                 * @memberof disco.trace.v1.TlbWriteEmulated
                 * @instance
                 */
                TlbWriteEmulated.prototype.writable0 = false;

                /**
                 * TlbWriteEmulated writable1.
                 * @member {boolean} writable1
                 * @memberof disco.trace.v1.TlbWriteEmulated
                 * @instance
                 */
                TlbWriteEmulated.prototype.writable1 = false;

                /**
                 * TlbWriteEmulated costTicks.
                 * @member {number} costTicks
                 * @memberof disco.trace.v1.TlbWriteEmulated
                 * @instance
                 */
                TlbWriteEmulated.prototype.costTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified TlbWriteEmulated message. Does not implicitly {@link disco.trace.v1.TlbWriteEmulated.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.TlbWriteEmulated
                 * @static
                 * @param {disco.trace.v1.TlbWriteEmulated.$Properties} message TlbWriteEmulated message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TlbWriteEmulated.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.vcpu != null && $Object.hasOwnProperty.call(message, "vcpu") && message.vcpu !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.vcpu);
                    if (message.vpn2 != null && $Object.hasOwnProperty.call(message, "vpn2") && message.vpn2 !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.vpn2);
                    if (message.asid != null && $Object.hasOwnProperty.call(message, "asid") && message.asid !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.asid);
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.index);
                    if (message.physicalPage0 != null && $Object.hasOwnProperty.call(message, "physicalPage0") && message.physicalPage0 !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).sint32(message.physicalPage0);
                    if (message.physicalPage1 != null && $Object.hasOwnProperty.call(message, "physicalPage1") && message.physicalPage1 !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).sint32(message.physicalPage1);
                    if (message.machinePage0 != null && $Object.hasOwnProperty.call(message, "machinePage0") && message.machinePage0 !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).sint32(message.machinePage0);
                    if (message.machinePage1 != null && $Object.hasOwnProperty.call(message, "machinePage1") && message.machinePage1 !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).sint32(message.machinePage1);
                    if (message.writable0 != null && $Object.hasOwnProperty.call(message, "writable0") && message.writable0 !== false)
                        writer.uint32(/* id 9, wireType 0 =*/72).bool(message.writable0);
                    if (message.writable1 != null && $Object.hasOwnProperty.call(message, "writable1") && message.writable1 !== false)
                        writer.uint32(/* id 10, wireType 0 =*/80).bool(message.writable1);
                    if (message.costTicks != null && $Object.hasOwnProperty.call(message, "costTicks") && (typeof message.costTicks === "object" ? message.costTicks.low || message.costTicks.high : message.costTicks !== 0))
                        writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.costTicks);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TlbWriteEmulated message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.TlbWriteEmulated
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.TlbWriteEmulated & disco.trace.v1.TlbWriteEmulated.$Shape} TlbWriteEmulated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TlbWriteEmulated.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.disco.trace.v1.TlbWriteEmulated();
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
                                    message.vcpu = value;
                                else
                                    delete message.vcpu;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.vpn2 = value;
                                else
                                    delete message.vpn2;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.asid = value;
                                else
                                    delete message.asid;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.index = value;
                                else
                                    delete message.index;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.sint32())
                                    message.physicalPage0 = value;
                                else
                                    delete message.physicalPage0;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.sint32())
                                    message.physicalPage1 = value;
                                else
                                    delete message.physicalPage1;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.sint32())
                                    message.machinePage0 = value;
                                else
                                    delete message.machinePage0;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.sint32())
                                    message.machinePage1 = value;
                                else
                                    delete message.machinePage1;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.writable0 = value;
                                else
                                    delete message.writable0;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.writable1 = value;
                                else
                                    delete message.writable1;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.costTicks = value;
                                else
                                    delete message.costTicks;
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

                return TlbWriteEmulated;
            })();

            v1.L2TlbMissed = (function() {

                /**
                 * Properties of a L2TlbMissed.
                 * @typedef {Object} disco.trace.v1.L2TlbMissed.$Properties
                 * @property {number|null} [vcpu] L2TlbMissed vcpu
                 * @property {number|null} [virtualAddress] L2TlbMissed virtualAddress
                 * @property {number|null} [asid] L2TlbMissed asid
                 * @property {disco.trace.v1.TlbMissKind|null} [kind] L2TlbMissed kind
                 * @property {boolean|null} [write] L2TlbMissed write
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a L2TlbMissed.
                 * @memberof disco.trace.v1
                 * @interface IL2TlbMissed
                 * @augments disco.trace.v1.L2TlbMissed.$Properties
                 * @deprecated Use disco.trace.v1.L2TlbMissed.$Properties instead.
                 */

                /**
                 * Shape of a L2TlbMissed.
                 * @typedef {disco.trace.v1.L2TlbMissed.$Properties} disco.trace.v1.L2TlbMissed.$Shape
                 */

                /**
                 * Constructs a new L2TlbMissed.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a L2TlbMissed.
                 * @constructor
                 * @param {disco.trace.v1.L2TlbMissed.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var L2TlbMissed = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * L2TlbMissed vcpu.
                 * @member {number} vcpu
                 * @memberof disco.trace.v1.L2TlbMissed
                 * @instance
                 */
                L2TlbMissed.prototype.vcpu = 0;

                /**
                 * L2TlbMissed virtualAddress.
                 * @member {number} virtualAddress
                 * @memberof disco.trace.v1.L2TlbMissed
                 * @instance
                 */
                L2TlbMissed.prototype.virtualAddress = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * L2TlbMissed asid.
                 * @member {number} asid
                 * @memberof disco.trace.v1.L2TlbMissed
                 * @instance
                 */
                L2TlbMissed.prototype.asid = 0;

                /**
                 * L2TlbMissed kind.
                 * @member {disco.trace.v1.TlbMissKind} kind
                 * @memberof disco.trace.v1.L2TlbMissed
                 * @instance
                 */
                L2TlbMissed.prototype.kind = 0;

                /**
                 * L2TlbMissed write.
                 * @member {boolean} write
                 * @memberof disco.trace.v1.L2TlbMissed
                 * @instance
                 */
                L2TlbMissed.prototype.write = false;

                /**
                 * Encodes the specified L2TlbMissed message. Does not implicitly {@link disco.trace.v1.L2TlbMissed.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.L2TlbMissed
                 * @static
                 * @param {disco.trace.v1.L2TlbMissed.$Properties} message L2TlbMissed message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                L2TlbMissed.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.vcpu != null && $Object.hasOwnProperty.call(message, "vcpu") && message.vcpu !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.vcpu);
                    if (message.virtualAddress != null && $Object.hasOwnProperty.call(message, "virtualAddress") && (typeof message.virtualAddress === "object" ? message.virtualAddress.low || message.virtualAddress.high : message.virtualAddress !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.virtualAddress);
                    if (message.asid != null && $Object.hasOwnProperty.call(message, "asid") && message.asid !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.asid);
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.kind);
                    if (message.write != null && $Object.hasOwnProperty.call(message, "write") && message.write !== false)
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.write);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a L2TlbMissed message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.L2TlbMissed
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.L2TlbMissed & disco.trace.v1.L2TlbMissed.$Shape} L2TlbMissed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                L2TlbMissed.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.disco.trace.v1.L2TlbMissed();
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
                                    message.vcpu = value;
                                else
                                    delete message.vcpu;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.virtualAddress = value;
                                else
                                    delete message.virtualAddress;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.asid = value;
                                else
                                    delete message.asid;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.write = value;
                                else
                                    delete message.write;
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

                return L2TlbMissed;
            })();

            v1.MonitorCallHandled = (function() {

                /**
                 * Properties of a MonitorCallHandled.
                 * @typedef {Object} disco.trace.v1.MonitorCallHandled.$Properties
                 * @property {number|null} [vcpu] MonitorCallHandled vcpu
                 * @property {disco.trace.v1.MonitorCall|null} [call] MonitorCallHandled call
                 * @property {number|null} [physicalPage] MonitorCallHandled physicalPage
                 * @property {number|null} [pages] MonitorCallHandled pages
                 * @property {number|null} [costTicks] MonitorCallHandled costTicks
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MonitorCallHandled.
                 * @memberof disco.trace.v1
                 * @interface IMonitorCallHandled
                 * @augments disco.trace.v1.MonitorCallHandled.$Properties
                 * @deprecated Use disco.trace.v1.MonitorCallHandled.$Properties instead.
                 */

                /**
                 * Shape of a MonitorCallHandled.
                 * @typedef {disco.trace.v1.MonitorCallHandled.$Properties} disco.trace.v1.MonitorCallHandled.$Shape
                 */

                /**
                 * Constructs a new MonitorCallHandled.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a MonitorCallHandled.
                 * @constructor
                 * @param {disco.trace.v1.MonitorCallHandled.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var MonitorCallHandled = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MonitorCallHandled vcpu.
                 * @member {number} vcpu
                 * @memberof disco.trace.v1.MonitorCallHandled
                 * @instance
                 */
                MonitorCallHandled.prototype.vcpu = 0;

                /**
                 * MonitorCallHandled call.
                 * @member {disco.trace.v1.MonitorCall} call
                 * @memberof disco.trace.v1.MonitorCallHandled
                 * @instance
                 */
                MonitorCallHandled.prototype.call = 0;

                /**
                 * MonitorCallHandled physicalPage.
                 * @member {number} physicalPage
                 * @memberof disco.trace.v1.MonitorCallHandled
                 * @instance
                 */
                MonitorCallHandled.prototype.physicalPage = 0;

                /**
                 * MonitorCallHandled pages.
                 * @member {number} pages
                 * @memberof disco.trace.v1.MonitorCallHandled
                 * @instance
                 */
                MonitorCallHandled.prototype.pages = 0;

                /**
                 * MonitorCallHandled costTicks.
                 * @member {number} costTicks
                 * @memberof disco.trace.v1.MonitorCallHandled
                 * @instance
                 */
                MonitorCallHandled.prototype.costTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified MonitorCallHandled message. Does not implicitly {@link disco.trace.v1.MonitorCallHandled.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.MonitorCallHandled
                 * @static
                 * @param {disco.trace.v1.MonitorCallHandled.$Properties} message MonitorCallHandled message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MonitorCallHandled.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.vcpu != null && $Object.hasOwnProperty.call(message, "vcpu") && message.vcpu !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.vcpu);
                    if (message.call != null && $Object.hasOwnProperty.call(message, "call") && message.call !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.call);
                    if (message.physicalPage != null && $Object.hasOwnProperty.call(message, "physicalPage") && message.physicalPage !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.physicalPage);
                    if (message.pages != null && $Object.hasOwnProperty.call(message, "pages") && message.pages !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.pages);
                    if (message.costTicks != null && $Object.hasOwnProperty.call(message, "costTicks") && (typeof message.costTicks === "object" ? message.costTicks.low || message.costTicks.high : message.costTicks !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.costTicks);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MonitorCallHandled message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.MonitorCallHandled
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.MonitorCallHandled & disco.trace.v1.MonitorCallHandled.$Shape} MonitorCallHandled
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MonitorCallHandled.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.disco.trace.v1.MonitorCallHandled();
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
                                    message.vcpu = value;
                                else
                                    delete message.vcpu;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.call = value;
                                else
                                    delete message.call;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.sint32())
                                    message.physicalPage = value;
                                else
                                    delete message.physicalPage;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pages = value;
                                else
                                    delete message.pages;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.costTicks = value;
                                else
                                    delete message.costTicks;
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

                return MonitorCallHandled;
            })();

            v1.VcpuCounterSample = (function() {

                /**
                 * Properties of a VcpuCounterSample.
                 * @typedef {Object} disco.trace.v1.VcpuCounterSample.$Properties
                 * @property {number|null} [vcpu] VcpuCounterSample vcpu
                 * @property {number|null} [intervalTicks] VcpuCounterSample intervalTicks
                 * @property {number|null} [privilegedEmulated] VcpuCounterSample privilegedEmulated
                 * @property {number|null} [specialPageAccesses] VcpuCounterSample specialPageAccesses
                 * @property {number|null} [tlbWritesEmulated] VcpuCounterSample tlbWritesEmulated
                 * @property {number|null} [l2tlbHits] VcpuCounterSample l2tlbHits
                 * @property {number|null} [vtlbHits] VcpuCounterSample vtlbHits
                 * @property {number|null} [tlbMissesReflected] VcpuCounterSample tlbMissesReflected
                 * @property {number|null} [kernelTlbFaults] VcpuCounterSample kernelTlbFaults
                 * @property {number|null} [monitorCalls] VcpuCounterSample monitorCalls
                 * @property {number|null} [trapsReflected] VcpuCounterSample trapsReflected
                 * @property {number|null} [interruptsDelivered] VcpuCounterSample interruptsDelivered
                 * @property {number|null} [cowFaults] VcpuCounterSample cowFaults
                 * @property {number|null} [runTicks] VcpuCounterSample runTicks
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a VcpuCounterSample.
                 * @memberof disco.trace.v1
                 * @interface IVcpuCounterSample
                 * @augments disco.trace.v1.VcpuCounterSample.$Properties
                 * @deprecated Use disco.trace.v1.VcpuCounterSample.$Properties instead.
                 */

                /**
                 * Shape of a VcpuCounterSample.
                 * @typedef {disco.trace.v1.VcpuCounterSample.$Properties} disco.trace.v1.VcpuCounterSample.$Shape
                 */

                /**
                 * Constructs a new VcpuCounterSample.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a VcpuCounterSample.
                 * @constructor
                 * @param {disco.trace.v1.VcpuCounterSample.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var VcpuCounterSample = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * VcpuCounterSample vcpu.
                 * @member {number} vcpu
                 * @memberof disco.trace.v1.VcpuCounterSample
                 * @instance
                 */
                VcpuCounterSample.prototype.vcpu = 0;

                /**
                 * VcpuCounterSample intervalTicks.
                 * @member {number} intervalTicks
                 * @memberof disco.trace.v1.VcpuCounterSample
                 * @instance
                 */
                VcpuCounterSample.prototype.intervalTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * VcpuCounterSample privilegedEmulated.
                 * @member {number} privilegedEmulated
                 * @memberof disco.trace.v1.VcpuCounterSample
                 * @instance
                 */
                VcpuCounterSample.prototype.privilegedEmulated = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * VcpuCounterSample specialPageAccesses.
                 * @member {number} specialPageAccesses
                 * @memberof disco.trace.v1.VcpuCounterSample
                 * @instance
                 */
                VcpuCounterSample.prototype.specialPageAccesses = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * VcpuCounterSample tlbWritesEmulated.
                 * @member {number} tlbWritesEmulated
                 * @memberof disco.trace.v1.VcpuCounterSample
                 * @instance
                 */
                VcpuCounterSample.prototype.tlbWritesEmulated = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * VcpuCounterSample l2tlbHits.
                 * @member {number} l2tlbHits
                 * @memberof disco.trace.v1.VcpuCounterSample
                 * @instance
                 */
                VcpuCounterSample.prototype.l2tlbHits = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * VcpuCounterSample vtlbHits.
                 * @member {number} vtlbHits
                 * @memberof disco.trace.v1.VcpuCounterSample
                 * @instance
                 */
                VcpuCounterSample.prototype.vtlbHits = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * VcpuCounterSample tlbMissesReflected.
                 * @member {number} tlbMissesReflected
                 * @memberof disco.trace.v1.VcpuCounterSample
                 * @instance
                 */
                VcpuCounterSample.prototype.tlbMissesReflected = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * VcpuCounterSample kernelTlbFaults.
                 * @member {number} kernelTlbFaults
                 * @memberof disco.trace.v1.VcpuCounterSample
                 * @instance
                 */
                VcpuCounterSample.prototype.kernelTlbFaults = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * VcpuCounterSample monitorCalls.
                 * @member {number} monitorCalls
                 * @memberof disco.trace.v1.VcpuCounterSample
                 * @instance
                 */
                VcpuCounterSample.prototype.monitorCalls = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * VcpuCounterSample trapsReflected.
                 * @member {number} trapsReflected
                 * @memberof disco.trace.v1.VcpuCounterSample
                 * @instance
                 */
                VcpuCounterSample.prototype.trapsReflected = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * VcpuCounterSample interruptsDelivered.
                 * @member {number} interruptsDelivered
                 * @memberof disco.trace.v1.VcpuCounterSample
                 * @instance
                 */
                VcpuCounterSample.prototype.interruptsDelivered = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * VcpuCounterSample cowFaults.
                 * @member {number} cowFaults
                 * @memberof disco.trace.v1.VcpuCounterSample
                 * @instance
                 */
                VcpuCounterSample.prototype.cowFaults = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * VcpuCounterSample runTicks.
                 * @member {number} runTicks
                 * @memberof disco.trace.v1.VcpuCounterSample
                 * @instance
                 */
                VcpuCounterSample.prototype.runTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified VcpuCounterSample message. Does not implicitly {@link disco.trace.v1.VcpuCounterSample.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.VcpuCounterSample
                 * @static
                 * @param {disco.trace.v1.VcpuCounterSample.$Properties} message VcpuCounterSample message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                VcpuCounterSample.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.vcpu != null && $Object.hasOwnProperty.call(message, "vcpu") && message.vcpu !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.vcpu);
                    if (message.intervalTicks != null && $Object.hasOwnProperty.call(message, "intervalTicks") && (typeof message.intervalTicks === "object" ? message.intervalTicks.low || message.intervalTicks.high : message.intervalTicks !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.intervalTicks);
                    if (message.privilegedEmulated != null && $Object.hasOwnProperty.call(message, "privilegedEmulated") && (typeof message.privilegedEmulated === "object" ? message.privilegedEmulated.low || message.privilegedEmulated.high : message.privilegedEmulated !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.privilegedEmulated);
                    if (message.specialPageAccesses != null && $Object.hasOwnProperty.call(message, "specialPageAccesses") && (typeof message.specialPageAccesses === "object" ? message.specialPageAccesses.low || message.specialPageAccesses.high : message.specialPageAccesses !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.specialPageAccesses);
                    if (message.tlbWritesEmulated != null && $Object.hasOwnProperty.call(message, "tlbWritesEmulated") && (typeof message.tlbWritesEmulated === "object" ? message.tlbWritesEmulated.low || message.tlbWritesEmulated.high : message.tlbWritesEmulated !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.tlbWritesEmulated);
                    if (message.l2tlbHits != null && $Object.hasOwnProperty.call(message, "l2tlbHits") && (typeof message.l2tlbHits === "object" ? message.l2tlbHits.low || message.l2tlbHits.high : message.l2tlbHits !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.l2tlbHits);
                    if (message.vtlbHits != null && $Object.hasOwnProperty.call(message, "vtlbHits") && (typeof message.vtlbHits === "object" ? message.vtlbHits.low || message.vtlbHits.high : message.vtlbHits !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.vtlbHits);
                    if (message.tlbMissesReflected != null && $Object.hasOwnProperty.call(message, "tlbMissesReflected") && (typeof message.tlbMissesReflected === "object" ? message.tlbMissesReflected.low || message.tlbMissesReflected.high : message.tlbMissesReflected !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.tlbMissesReflected);
                    if (message.kernelTlbFaults != null && $Object.hasOwnProperty.call(message, "kernelTlbFaults") && (typeof message.kernelTlbFaults === "object" ? message.kernelTlbFaults.low || message.kernelTlbFaults.high : message.kernelTlbFaults !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.kernelTlbFaults);
                    if (message.monitorCalls != null && $Object.hasOwnProperty.call(message, "monitorCalls") && (typeof message.monitorCalls === "object" ? message.monitorCalls.low || message.monitorCalls.high : message.monitorCalls !== 0))
                        writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.monitorCalls);
                    if (message.trapsReflected != null && $Object.hasOwnProperty.call(message, "trapsReflected") && (typeof message.trapsReflected === "object" ? message.trapsReflected.low || message.trapsReflected.high : message.trapsReflected !== 0))
                        writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.trapsReflected);
                    if (message.interruptsDelivered != null && $Object.hasOwnProperty.call(message, "interruptsDelivered") && (typeof message.interruptsDelivered === "object" ? message.interruptsDelivered.low || message.interruptsDelivered.high : message.interruptsDelivered !== 0))
                        writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.interruptsDelivered);
                    if (message.cowFaults != null && $Object.hasOwnProperty.call(message, "cowFaults") && (typeof message.cowFaults === "object" ? message.cowFaults.low || message.cowFaults.high : message.cowFaults !== 0))
                        writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.cowFaults);
                    if (message.runTicks != null && $Object.hasOwnProperty.call(message, "runTicks") && (typeof message.runTicks === "object" ? message.runTicks.low || message.runTicks.high : message.runTicks !== 0))
                        writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.runTicks);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a VcpuCounterSample message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.VcpuCounterSample
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.VcpuCounterSample & disco.trace.v1.VcpuCounterSample.$Shape} VcpuCounterSample
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                VcpuCounterSample.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.disco.trace.v1.VcpuCounterSample();
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
                                    message.vcpu = value;
                                else
                                    delete message.vcpu;
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
                                    message.privilegedEmulated = value;
                                else
                                    delete message.privilegedEmulated;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.specialPageAccesses = value;
                                else
                                    delete message.specialPageAccesses;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.tlbWritesEmulated = value;
                                else
                                    delete message.tlbWritesEmulated;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.l2tlbHits = value;
                                else
                                    delete message.l2tlbHits;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.vtlbHits = value;
                                else
                                    delete message.vtlbHits;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.tlbMissesReflected = value;
                                else
                                    delete message.tlbMissesReflected;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.kernelTlbFaults = value;
                                else
                                    delete message.kernelTlbFaults;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.monitorCalls = value;
                                else
                                    delete message.monitorCalls;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.trapsReflected = value;
                                else
                                    delete message.trapsReflected;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.interruptsDelivered = value;
                                else
                                    delete message.interruptsDelivered;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.cowFaults = value;
                                else
                                    delete message.cowFaults;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.runTicks = value;
                                else
                                    delete message.runTicks;
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

                return VcpuCounterSample;
            })();

            v1.PageMigrated = (function() {

                /**
                 * Properties of a PageMigrated.
                 * @typedef {Object} disco.trace.v1.PageMigrated.$Properties
                 * @property {number|null} [oldMachinePage] PageMigrated oldMachinePage
                 * @property {number|null} [newMachinePage] PageMigrated newMachinePage
                 * @property {number|null} [fromNode] PageMigrated fromNode
                 * @property {number|null} [toNode] PageMigrated toNode
                 * @property {Array.<number>|null} [nodeMisses] PageMigrated nodeMisses
                 * @property {number|null} [dominantSharePercent] PageMigrated dominantSharePercent
                 * @property {number|null} [migrateThresholdPercent] PageMigrated migrateThresholdPercent
                 * @property {number|null} [moves] PageMigrated moves
                 * @property {number|null} [moveLimit] PageMigrated moveLimit
                 * @property {number|null} [mappers] PageMigrated mappers
                 * @property {number|null} [tlbEntriesInvalidated] PageMigrated tlbEntriesInvalidated
                 * @property {number|null} [l2tlbEntriesInvalidated] PageMigrated l2tlbEntriesInvalidated
                 * @property {number|null} [ipis] PageMigrated ipis
                 * @property {number|null} [copyTicks] PageMigrated copyTicks
                 * @property {number|null} [latencyTicks] PageMigrated latencyTicks
                 * @property {disco.trace.v1.PlacementPolicyKind|null} [policy] PageMigrated policy
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PageMigrated.
                 * @memberof disco.trace.v1
                 * @interface IPageMigrated
                 * @augments disco.trace.v1.PageMigrated.$Properties
                 * @deprecated Use disco.trace.v1.PageMigrated.$Properties instead.
                 */

                /**
                 * Shape of a PageMigrated.
                 * @typedef {disco.trace.v1.PageMigrated.$Properties} disco.trace.v1.PageMigrated.$Shape
                 */

                /**
                 * Constructs a new PageMigrated.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a PageMigrated.
                 * @constructor
                 * @param {disco.trace.v1.PageMigrated.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var PageMigrated = function (properties) {
                    this.nodeMisses = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PageMigrated oldMachinePage.
                 * @member {number} oldMachinePage
                 * @memberof disco.trace.v1.PageMigrated
                 * @instance
                 */
                PageMigrated.prototype.oldMachinePage = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PageMigrated newMachinePage.
                 * @member {number} newMachinePage
                 * @memberof disco.trace.v1.PageMigrated
                 * @instance
                 */
                PageMigrated.prototype.newMachinePage = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PageMigrated fromNode.
                 * @member {number} fromNode
                 * @memberof disco.trace.v1.PageMigrated
                 * @instance
                 */
                PageMigrated.prototype.fromNode = 0;

                /**
                 * PageMigrated toNode.
                 * @member {number} toNode
                 * @memberof disco.trace.v1.PageMigrated
                 * @instance
                 */
                PageMigrated.prototype.toNode = 0;

                /**
                 * PageMigrated nodeMisses.
                 * @member {Array.<number>} nodeMisses
                 * @memberof disco.trace.v1.PageMigrated
                 * @instance
                 */
                PageMigrated.prototype.nodeMisses = $util.emptyArray;

                /**
                 * PageMigrated dominantSharePercent.
                 * @member {number} dominantSharePercent
                 * @memberof disco.trace.v1.PageMigrated
                 * @instance
                 */
                PageMigrated.prototype.dominantSharePercent = 0;

                /**
                 * PageMigrated migrateThresholdPercent.
                 * @member {number} migrateThresholdPercent
                 * @memberof disco.trace.v1.PageMigrated
                 * @instance
                 */
                PageMigrated.prototype.migrateThresholdPercent = 0;

                /**
                 * PageMigrated moves.
                 * @member {number} moves
                 * @memberof disco.trace.v1.PageMigrated
                 * @instance
                 */
                PageMigrated.prototype.moves = 0;

                /**
                 * PageMigrated moveLimit.
                 * @member {number} moveLimit
                 * @memberof disco.trace.v1.PageMigrated
                 * @instance
                 */
                PageMigrated.prototype.moveLimit = 0;

                /**
                 * PageMigrated mappers.
                 * @member {number} mappers
                 * @memberof disco.trace.v1.PageMigrated
                 * @instance
                 */
                PageMigrated.prototype.mappers = 0;

                /**
                 * PageMigrated tlbEntriesInvalidated.
                 * @member {number} tlbEntriesInvalidated
                 * @memberof disco.trace.v1.PageMigrated
                 * @instance
                 */
                PageMigrated.prototype.tlbEntriesInvalidated = 0;

                /**
                 * PageMigrated l2tlbEntriesInvalidated.
                 * @member {number} l2tlbEntriesInvalidated
                 * @memberof disco.trace.v1.PageMigrated
                 * @instance
                 */
                PageMigrated.prototype.l2tlbEntriesInvalidated = 0;

                /**
                 * PageMigrated ipis.
                 * @member {number} ipis
                 * @memberof disco.trace.v1.PageMigrated
                 * @instance
                 */
                PageMigrated.prototype.ipis = 0;

                /**
                 * PageMigrated copyTicks.
                 * @member {number} copyTicks
                 * @memberof disco.trace.v1.PageMigrated
                 * @instance
                 */
                PageMigrated.prototype.copyTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PageMigrated latencyTicks.
                 * @member {number} latencyTicks
                 * @memberof disco.trace.v1.PageMigrated
                 * @instance
                 */
                PageMigrated.prototype.latencyTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PageMigrated policy.
                 * @member {disco.trace.v1.PlacementPolicyKind} policy
                 * @memberof disco.trace.v1.PageMigrated
                 * @instance
                 */
                PageMigrated.prototype.policy = 0;

                /**
                 * Encodes the specified PageMigrated message. Does not implicitly {@link disco.trace.v1.PageMigrated.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.PageMigrated
                 * @static
                 * @param {disco.trace.v1.PageMigrated.$Properties} message PageMigrated message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PageMigrated.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.oldMachinePage != null && $Object.hasOwnProperty.call(message, "oldMachinePage") && (typeof message.oldMachinePage === "object" ? message.oldMachinePage.low || message.oldMachinePage.high : message.oldMachinePage !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.oldMachinePage);
                    if (message.newMachinePage != null && $Object.hasOwnProperty.call(message, "newMachinePage") && (typeof message.newMachinePage === "object" ? message.newMachinePage.low || message.newMachinePage.high : message.newMachinePage !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.newMachinePage);
                    if (message.fromNode != null && $Object.hasOwnProperty.call(message, "fromNode") && message.fromNode !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.fromNode);
                    if (message.toNode != null && $Object.hasOwnProperty.call(message, "toNode") && message.toNode !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.toNode);
                    if (message.nodeMisses != null && message.nodeMisses.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).uint32s(message.nodeMisses);
                    if (message.dominantSharePercent != null && $Object.hasOwnProperty.call(message, "dominantSharePercent") && message.dominantSharePercent !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.dominantSharePercent);
                    if (message.migrateThresholdPercent != null && $Object.hasOwnProperty.call(message, "migrateThresholdPercent") && message.migrateThresholdPercent !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.migrateThresholdPercent);
                    if (message.moves != null && $Object.hasOwnProperty.call(message, "moves") && message.moves !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.moves);
                    if (message.moveLimit != null && $Object.hasOwnProperty.call(message, "moveLimit") && message.moveLimit !== 0)
                        writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.moveLimit);
                    if (message.mappers != null && $Object.hasOwnProperty.call(message, "mappers") && message.mappers !== 0)
                        writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.mappers);
                    if (message.tlbEntriesInvalidated != null && $Object.hasOwnProperty.call(message, "tlbEntriesInvalidated") && message.tlbEntriesInvalidated !== 0)
                        writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.tlbEntriesInvalidated);
                    if (message.l2tlbEntriesInvalidated != null && $Object.hasOwnProperty.call(message, "l2tlbEntriesInvalidated") && message.l2tlbEntriesInvalidated !== 0)
                        writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.l2tlbEntriesInvalidated);
                    if (message.ipis != null && $Object.hasOwnProperty.call(message, "ipis") && message.ipis !== 0)
                        writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.ipis);
                    if (message.copyTicks != null && $Object.hasOwnProperty.call(message, "copyTicks") && (typeof message.copyTicks === "object" ? message.copyTicks.low || message.copyTicks.high : message.copyTicks !== 0))
                        writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.copyTicks);
                    if (message.latencyTicks != null && $Object.hasOwnProperty.call(message, "latencyTicks") && (typeof message.latencyTicks === "object" ? message.latencyTicks.low || message.latencyTicks.high : message.latencyTicks !== 0))
                        writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.latencyTicks);
                    if (message.policy != null && $Object.hasOwnProperty.call(message, "policy") && message.policy !== 0)
                        writer.uint32(/* id 16, wireType 0 =*/128).int32(message.policy);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PageMigrated message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.PageMigrated
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.PageMigrated & disco.trace.v1.PageMigrated.$Shape} PageMigrated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PageMigrated.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.disco.trace.v1.PageMigrated();
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
                                    message.oldMachinePage = value;
                                else
                                    delete message.oldMachinePage;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.newMachinePage = value;
                                else
                                    delete message.newMachinePage;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.fromNode = value;
                                else
                                    delete message.fromNode;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.toNode = value;
                                else
                                    delete message.toNode;
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
                                if (value = reader.uint32())
                                    message.dominantSharePercent = value;
                                else
                                    delete message.dominantSharePercent;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.migrateThresholdPercent = value;
                                else
                                    delete message.migrateThresholdPercent;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.moves = value;
                                else
                                    delete message.moves;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.moveLimit = value;
                                else
                                    delete message.moveLimit;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.mappers = value;
                                else
                                    delete message.mappers;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.tlbEntriesInvalidated = value;
                                else
                                    delete message.tlbEntriesInvalidated;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.l2tlbEntriesInvalidated = value;
                                else
                                    delete message.l2tlbEntriesInvalidated;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.ipis = value;
                                else
                                    delete message.ipis;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.copyTicks = value;
                                else
                                    delete message.copyTicks;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.latencyTicks = value;
                                else
                                    delete message.latencyTicks;
                                continue;
                            }
                        case 16: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.policy = value;
                                else
                                    delete message.policy;
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

                return PageMigrated;
            })();

            v1.PageReplicated = (function() {

                /**
                 * Properties of a PageReplicated.
                 * @typedef {Object} disco.trace.v1.PageReplicated.$Properties
                 * @property {number|null} [machinePage] PageReplicated machinePage
                 * @property {number|null} [replicaMachinePage] PageReplicated replicaMachinePage
                 * @property {number|null} [toNode] PageReplicated toNode
                 * @property {Array.<number>|null} [nodeMisses] PageReplicated nodeMisses
                 * @property {number|null} [readers] PageReplicated readers
                 * @property {number|null} [replicateMinMisses] PageReplicated replicateMinMisses
                 * @property {number|null} [replicas] PageReplicated replicas
                 * @property {number|null} [moves] PageReplicated moves
                 * @property {number|null} [moveLimit] PageReplicated moveLimit
                 * @property {number|null} [tlbEntriesInvalidated] PageReplicated tlbEntriesInvalidated
                 * @property {number|null} [l2tlbEntriesInvalidated] PageReplicated l2tlbEntriesInvalidated
                 * @property {number|null} [ipis] PageReplicated ipis
                 * @property {number|null} [copyTicks] PageReplicated copyTicks
                 * @property {number|null} [latencyTicks] PageReplicated latencyTicks
                 * @property {disco.trace.v1.PlacementPolicyKind|null} [policy] PageReplicated policy
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PageReplicated.
                 * @memberof disco.trace.v1
                 * @interface IPageReplicated
                 * @augments disco.trace.v1.PageReplicated.$Properties
                 * @deprecated Use disco.trace.v1.PageReplicated.$Properties instead.
                 */

                /**
                 * Shape of a PageReplicated.
                 * @typedef {disco.trace.v1.PageReplicated.$Properties} disco.trace.v1.PageReplicated.$Shape
                 */

                /**
                 * Constructs a new PageReplicated.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a PageReplicated.
                 * @constructor
                 * @param {disco.trace.v1.PageReplicated.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var PageReplicated = function (properties) {
                    this.nodeMisses = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PageReplicated machinePage.
                 * @member {number} machinePage
                 * @memberof disco.trace.v1.PageReplicated
                 * @instance
                 */
                PageReplicated.prototype.machinePage = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PageReplicated replicaMachinePage.
                 * @member {number} replicaMachinePage
                 * @memberof disco.trace.v1.PageReplicated
                 * @instance
                 */
                PageReplicated.prototype.replicaMachinePage = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PageReplicated toNode.
                 * @member {number} toNode
                 * @memberof disco.trace.v1.PageReplicated
                 * @instance
                 */
                PageReplicated.prototype.toNode = 0;

                /**
                 * PageReplicated nodeMisses.
                 * @member {Array.<number>} nodeMisses
                 * @memberof disco.trace.v1.PageReplicated
                 * @instance
                 */
                PageReplicated.prototype.nodeMisses = $util.emptyArray;

                /**
                 * PageReplicated readers.
                 * @member {number} readers
                 * @memberof disco.trace.v1.PageReplicated
                 * @instance
                 */
                PageReplicated.prototype.readers = 0;

                /**
                 * PageReplicated replicateMinMisses.
                 * @member {number} replicateMinMisses
                 * @memberof disco.trace.v1.PageReplicated
                 * @instance
                 */
                PageReplicated.prototype.replicateMinMisses = 0;

                /**
                 * PageReplicated replicas.
                 * @member {number} replicas
                 * @memberof disco.trace.v1.PageReplicated
                 * @instance
                 */
                PageReplicated.prototype.replicas = 0;

                /**
                 * PageReplicated moves.
                 * @member {number} moves
                 * @memberof disco.trace.v1.PageReplicated
                 * @instance
                 */
                PageReplicated.prototype.moves = 0;

                /**
                 * PageReplicated moveLimit.
                 * @member {number} moveLimit
                 * @memberof disco.trace.v1.PageReplicated
                 * @instance
                 */
                PageReplicated.prototype.moveLimit = 0;

                /**
                 * PageReplicated tlbEntriesInvalidated.
                 * @member {number} tlbEntriesInvalidated
                 * @memberof disco.trace.v1.PageReplicated
                 * @instance
                 */
                PageReplicated.prototype.tlbEntriesInvalidated = 0;

                /**
                 * PageReplicated l2tlbEntriesInvalidated.
                 * @member {number} l2tlbEntriesInvalidated
                 * @memberof disco.trace.v1.PageReplicated
                 * @instance
                 */
                PageReplicated.prototype.l2tlbEntriesInvalidated = 0;

                /**
                 * PageReplicated ipis.
                 * @member {number} ipis
                 * @memberof disco.trace.v1.PageReplicated
                 * @instance
                 */
                PageReplicated.prototype.ipis = 0;

                /**
                 * PageReplicated copyTicks.
                 * @member {number} copyTicks
                 * @memberof disco.trace.v1.PageReplicated
                 * @instance
                 */
                PageReplicated.prototype.copyTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PageReplicated latencyTicks.
                 * @member {number} latencyTicks
                 * @memberof disco.trace.v1.PageReplicated
                 * @instance
                 */
                PageReplicated.prototype.latencyTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PageReplicated policy.
                 * @member {disco.trace.v1.PlacementPolicyKind} policy
                 * @memberof disco.trace.v1.PageReplicated
                 * @instance
                 */
                PageReplicated.prototype.policy = 0;

                /**
                 * Encodes the specified PageReplicated message. Does not implicitly {@link disco.trace.v1.PageReplicated.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.PageReplicated
                 * @static
                 * @param {disco.trace.v1.PageReplicated.$Properties} message PageReplicated message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PageReplicated.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.machinePage != null && $Object.hasOwnProperty.call(message, "machinePage") && (typeof message.machinePage === "object" ? message.machinePage.low || message.machinePage.high : message.machinePage !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.machinePage);
                    if (message.replicaMachinePage != null && $Object.hasOwnProperty.call(message, "replicaMachinePage") && (typeof message.replicaMachinePage === "object" ? message.replicaMachinePage.low || message.replicaMachinePage.high : message.replicaMachinePage !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.replicaMachinePage);
                    if (message.toNode != null && $Object.hasOwnProperty.call(message, "toNode") && message.toNode !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.toNode);
                    if (message.nodeMisses != null && message.nodeMisses.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).uint32s(message.nodeMisses);
                    if (message.readers != null && $Object.hasOwnProperty.call(message, "readers") && message.readers !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.readers);
                    if (message.replicateMinMisses != null && $Object.hasOwnProperty.call(message, "replicateMinMisses") && message.replicateMinMisses !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.replicateMinMisses);
                    if (message.replicas != null && $Object.hasOwnProperty.call(message, "replicas") && message.replicas !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.replicas);
                    if (message.moves != null && $Object.hasOwnProperty.call(message, "moves") && message.moves !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.moves);
                    if (message.moveLimit != null && $Object.hasOwnProperty.call(message, "moveLimit") && message.moveLimit !== 0)
                        writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.moveLimit);
                    if (message.tlbEntriesInvalidated != null && $Object.hasOwnProperty.call(message, "tlbEntriesInvalidated") && message.tlbEntriesInvalidated !== 0)
                        writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.tlbEntriesInvalidated);
                    if (message.l2tlbEntriesInvalidated != null && $Object.hasOwnProperty.call(message, "l2tlbEntriesInvalidated") && message.l2tlbEntriesInvalidated !== 0)
                        writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.l2tlbEntriesInvalidated);
                    if (message.ipis != null && $Object.hasOwnProperty.call(message, "ipis") && message.ipis !== 0)
                        writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.ipis);
                    if (message.copyTicks != null && $Object.hasOwnProperty.call(message, "copyTicks") && (typeof message.copyTicks === "object" ? message.copyTicks.low || message.copyTicks.high : message.copyTicks !== 0))
                        writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.copyTicks);
                    if (message.latencyTicks != null && $Object.hasOwnProperty.call(message, "latencyTicks") && (typeof message.latencyTicks === "object" ? message.latencyTicks.low || message.latencyTicks.high : message.latencyTicks !== 0))
                        writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.latencyTicks);
                    if (message.policy != null && $Object.hasOwnProperty.call(message, "policy") && message.policy !== 0)
                        writer.uint32(/* id 15, wireType 0 =*/120).int32(message.policy);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PageReplicated message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.PageReplicated
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.PageReplicated & disco.trace.v1.PageReplicated.$Shape} PageReplicated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PageReplicated.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.disco.trace.v1.PageReplicated();
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
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.replicaMachinePage = value;
                                else
                                    delete message.replicaMachinePage;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.toNode = value;
                                else
                                    delete message.toNode;
                                continue;
                            }
                        case 4: {
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
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.readers = value;
                                else
                                    delete message.readers;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.replicateMinMisses = value;
                                else
                                    delete message.replicateMinMisses;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.replicas = value;
                                else
                                    delete message.replicas;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.moves = value;
                                else
                                    delete message.moves;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.moveLimit = value;
                                else
                                    delete message.moveLimit;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.tlbEntriesInvalidated = value;
                                else
                                    delete message.tlbEntriesInvalidated;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.l2tlbEntriesInvalidated = value;
                                else
                                    delete message.l2tlbEntriesInvalidated;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.ipis = value;
                                else
                                    delete message.ipis;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.copyTicks = value;
                                else
                                    delete message.copyTicks;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.latencyTicks = value;
                                else
                                    delete message.latencyTicks;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.policy = value;
                                else
                                    delete message.policy;
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

                return PageReplicated;
            })();

            v1.ReplicaCollapsed = (function() {

                /**
                 * Properties of a ReplicaCollapsed.
                 * @typedef {Object} disco.trace.v1.ReplicaCollapsed.$Properties
                 * @property {number|null} [machinePage] ReplicaCollapsed machinePage
                 * @property {number|null} [survivorMachinePage] ReplicaCollapsed survivorMachinePage
                 * @property {number|null} [replicasFreed] ReplicaCollapsed replicasFreed
                 * @property {number|null} [writerNode] ReplicaCollapsed writerNode
                 * @property {number|null} [vcpu] ReplicaCollapsed vcpu
                 * @property {number|null} [physicalPage] ReplicaCollapsed physicalPage
                 * @property {number|null} [tlbEntriesInvalidated] ReplicaCollapsed tlbEntriesInvalidated
                 * @property {number|null} [ipis] ReplicaCollapsed ipis
                 * @property {number|null} [latencyTicks] ReplicaCollapsed latencyTicks
                 * @property {disco.trace.v1.PlacementPolicyKind|null} [policy] ReplicaCollapsed policy
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ReplicaCollapsed.
                 * @memberof disco.trace.v1
                 * @interface IReplicaCollapsed
                 * @augments disco.trace.v1.ReplicaCollapsed.$Properties
                 * @deprecated Use disco.trace.v1.ReplicaCollapsed.$Properties instead.
                 */

                /**
                 * Shape of a ReplicaCollapsed.
                 * @typedef {disco.trace.v1.ReplicaCollapsed.$Properties} disco.trace.v1.ReplicaCollapsed.$Shape
                 */

                /**
                 * Constructs a new ReplicaCollapsed.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a ReplicaCollapsed.
                 * @constructor
                 * @param {disco.trace.v1.ReplicaCollapsed.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ReplicaCollapsed = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ReplicaCollapsed machinePage.
                 * @member {number} machinePage
                 * @memberof disco.trace.v1.ReplicaCollapsed
                 * @instance
                 */
                ReplicaCollapsed.prototype.machinePage = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ReplicaCollapsed survivorMachinePage.
                 * @member {number} survivorMachinePage
                 * @memberof disco.trace.v1.ReplicaCollapsed
                 * @instance
                 */
                ReplicaCollapsed.prototype.survivorMachinePage = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ReplicaCollapsed replicasFreed.
                 * @member {number} replicasFreed
                 * @memberof disco.trace.v1.ReplicaCollapsed
                 * @instance
                 */
                ReplicaCollapsed.prototype.replicasFreed = 0;

                /**
                 * ReplicaCollapsed writerNode.
                 * @member {number} writerNode
                 * @memberof disco.trace.v1.ReplicaCollapsed
                 * @instance
                 */
                ReplicaCollapsed.prototype.writerNode = 0;

                /**
                 * ReplicaCollapsed vcpu.
                 * @member {number} vcpu
                 * @memberof disco.trace.v1.ReplicaCollapsed
                 * @instance
                 */
                ReplicaCollapsed.prototype.vcpu = 0;

                /**
                 * ReplicaCollapsed physicalPage.
                 * @member {number} physicalPage
                 * @memberof disco.trace.v1.ReplicaCollapsed
                 * @instance
                 */
                ReplicaCollapsed.prototype.physicalPage = 0;

                /**
                 * ReplicaCollapsed tlbEntriesInvalidated.
                 * @member {number} tlbEntriesInvalidated
                 * @memberof disco.trace.v1.ReplicaCollapsed
                 * @instance
                 */
                ReplicaCollapsed.prototype.tlbEntriesInvalidated = 0;

                /**
                 * ReplicaCollapsed ipis.
                 * @member {number} ipis
                 * @memberof disco.trace.v1.ReplicaCollapsed
                 * @instance
                 */
                ReplicaCollapsed.prototype.ipis = 0;

                /**
                 * ReplicaCollapsed latencyTicks.
                 * @member {number} latencyTicks
                 * @memberof disco.trace.v1.ReplicaCollapsed
                 * @instance
                 */
                ReplicaCollapsed.prototype.latencyTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ReplicaCollapsed policy.
                 * @member {disco.trace.v1.PlacementPolicyKind} policy
                 * @memberof disco.trace.v1.ReplicaCollapsed
                 * @instance
                 */
                ReplicaCollapsed.prototype.policy = 0;

                /**
                 * Encodes the specified ReplicaCollapsed message. Does not implicitly {@link disco.trace.v1.ReplicaCollapsed.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.ReplicaCollapsed
                 * @static
                 * @param {disco.trace.v1.ReplicaCollapsed.$Properties} message ReplicaCollapsed message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReplicaCollapsed.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.machinePage != null && $Object.hasOwnProperty.call(message, "machinePage") && (typeof message.machinePage === "object" ? message.machinePage.low || message.machinePage.high : message.machinePage !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.machinePage);
                    if (message.survivorMachinePage != null && $Object.hasOwnProperty.call(message, "survivorMachinePage") && (typeof message.survivorMachinePage === "object" ? message.survivorMachinePage.low || message.survivorMachinePage.high : message.survivorMachinePage !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.survivorMachinePage);
                    if (message.replicasFreed != null && $Object.hasOwnProperty.call(message, "replicasFreed") && message.replicasFreed !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.replicasFreed);
                    if (message.writerNode != null && $Object.hasOwnProperty.call(message, "writerNode") && message.writerNode !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.writerNode);
                    if (message.vcpu != null && $Object.hasOwnProperty.call(message, "vcpu") && message.vcpu !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.vcpu);
                    if (message.physicalPage != null && $Object.hasOwnProperty.call(message, "physicalPage") && message.physicalPage !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).sint32(message.physicalPage);
                    if (message.tlbEntriesInvalidated != null && $Object.hasOwnProperty.call(message, "tlbEntriesInvalidated") && message.tlbEntriesInvalidated !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.tlbEntriesInvalidated);
                    if (message.ipis != null && $Object.hasOwnProperty.call(message, "ipis") && message.ipis !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.ipis);
                    if (message.latencyTicks != null && $Object.hasOwnProperty.call(message, "latencyTicks") && (typeof message.latencyTicks === "object" ? message.latencyTicks.low || message.latencyTicks.high : message.latencyTicks !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.latencyTicks);
                    if (message.policy != null && $Object.hasOwnProperty.call(message, "policy") && message.policy !== 0)
                        writer.uint32(/* id 10, wireType 0 =*/80).int32(message.policy);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ReplicaCollapsed message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.ReplicaCollapsed
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.ReplicaCollapsed & disco.trace.v1.ReplicaCollapsed.$Shape} ReplicaCollapsed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReplicaCollapsed.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.disco.trace.v1.ReplicaCollapsed();
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
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.survivorMachinePage = value;
                                else
                                    delete message.survivorMachinePage;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.replicasFreed = value;
                                else
                                    delete message.replicasFreed;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.writerNode = value;
                                else
                                    delete message.writerNode;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.vcpu = value;
                                else
                                    delete message.vcpu;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.sint32())
                                    message.physicalPage = value;
                                else
                                    delete message.physicalPage;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.tlbEntriesInvalidated = value;
                                else
                                    delete message.tlbEntriesInvalidated;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.ipis = value;
                                else
                                    delete message.ipis;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.latencyTicks = value;
                                else
                                    delete message.latencyTicks;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.policy = value;
                                else
                                    delete message.policy;
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

                return ReplicaCollapsed;
            })();

            v1.MigrationDeclined = (function() {

                /**
                 * Properties of a MigrationDeclined.
                 * @typedef {Object} disco.trace.v1.MigrationDeclined.$Properties
                 * @property {number|null} [machinePage] MigrationDeclined machinePage
                 * @property {disco.trace.v1.MigrationDeclineReason|null} [reason] MigrationDeclined reason
                 * @property {Array.<number>|null} [nodeMisses] MigrationDeclined nodeMisses
                 * @property {number|null} [dominantNode] MigrationDeclined dominantNode
                 * @property {number|null} [dominantSharePercent] MigrationDeclined dominantSharePercent
                 * @property {number|null} [migrateThresholdPercent] MigrationDeclined migrateThresholdPercent
                 * @property {number|null} [readers] MigrationDeclined readers
                 * @property {number|null} [moves] MigrationDeclined moves
                 * @property {number|null} [moveLimit] MigrationDeclined moveLimit
                 * @property {disco.trace.v1.PlacementPolicyKind|null} [policy] MigrationDeclined policy
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MigrationDeclined.
                 * @memberof disco.trace.v1
                 * @interface IMigrationDeclined
                 * @augments disco.trace.v1.MigrationDeclined.$Properties
                 * @deprecated Use disco.trace.v1.MigrationDeclined.$Properties instead.
                 */

                /**
                 * Shape of a MigrationDeclined.
                 * @typedef {disco.trace.v1.MigrationDeclined.$Properties} disco.trace.v1.MigrationDeclined.$Shape
                 */

                /**
                 * Constructs a new MigrationDeclined.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a MigrationDeclined.
                 * @constructor
                 * @param {disco.trace.v1.MigrationDeclined.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var MigrationDeclined = function (properties) {
                    this.nodeMisses = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MigrationDeclined machinePage.
                 * @member {number} machinePage
                 * @memberof disco.trace.v1.MigrationDeclined
                 * @instance
                 */
                MigrationDeclined.prototype.machinePage = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MigrationDeclined reason.
                 * @member {disco.trace.v1.MigrationDeclineReason} reason
                 * @memberof disco.trace.v1.MigrationDeclined
                 * @instance
                 */
                MigrationDeclined.prototype.reason = 0;

                /**
                 * MigrationDeclined nodeMisses.
                 * @member {Array.<number>} nodeMisses
                 * @memberof disco.trace.v1.MigrationDeclined
                 * @instance
                 */
                MigrationDeclined.prototype.nodeMisses = $util.emptyArray;

                /**
                 * MigrationDeclined dominantNode.
                 * @member {number} dominantNode
                 * @memberof disco.trace.v1.MigrationDeclined
                 * @instance
                 */
                MigrationDeclined.prototype.dominantNode = 0;

                /**
                 * MigrationDeclined dominantSharePercent.
                 * @member {number} dominantSharePercent
                 * @memberof disco.trace.v1.MigrationDeclined
                 * @instance
                 */
                MigrationDeclined.prototype.dominantSharePercent = 0;

                /**
                 * MigrationDeclined migrateThresholdPercent.
                 * @member {number} migrateThresholdPercent
                 * @memberof disco.trace.v1.MigrationDeclined
                 * @instance
                 */
                MigrationDeclined.prototype.migrateThresholdPercent = 0;

                /**
                 * MigrationDeclined readers.
                 * @member {number} readers
                 * @memberof disco.trace.v1.MigrationDeclined
                 * @instance
                 */
                MigrationDeclined.prototype.readers = 0;

                /**
                 * MigrationDeclined moves.
                 * @member {number} moves
                 * @memberof disco.trace.v1.MigrationDeclined
                 * @instance
                 */
                MigrationDeclined.prototype.moves = 0;

                /**
                 * MigrationDeclined moveLimit.
                 * @member {number} moveLimit
                 * @memberof disco.trace.v1.MigrationDeclined
                 * @instance
                 */
                MigrationDeclined.prototype.moveLimit = 0;

                /**
                 * MigrationDeclined policy.
                 * @member {disco.trace.v1.PlacementPolicyKind} policy
                 * @memberof disco.trace.v1.MigrationDeclined
                 * @instance
                 */
                MigrationDeclined.prototype.policy = 0;

                /**
                 * Encodes the specified MigrationDeclined message. Does not implicitly {@link disco.trace.v1.MigrationDeclined.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.MigrationDeclined
                 * @static
                 * @param {disco.trace.v1.MigrationDeclined.$Properties} message MigrationDeclined message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MigrationDeclined.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.machinePage != null && $Object.hasOwnProperty.call(message, "machinePage") && (typeof message.machinePage === "object" ? message.machinePage.low || message.machinePage.high : message.machinePage !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.machinePage);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.reason);
                    if (message.nodeMisses != null && message.nodeMisses.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.nodeMisses);
                    if (message.dominantNode != null && $Object.hasOwnProperty.call(message, "dominantNode") && message.dominantNode !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.dominantNode);
                    if (message.dominantSharePercent != null && $Object.hasOwnProperty.call(message, "dominantSharePercent") && message.dominantSharePercent !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.dominantSharePercent);
                    if (message.migrateThresholdPercent != null && $Object.hasOwnProperty.call(message, "migrateThresholdPercent") && message.migrateThresholdPercent !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.migrateThresholdPercent);
                    if (message.readers != null && $Object.hasOwnProperty.call(message, "readers") && message.readers !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.readers);
                    if (message.moves != null && $Object.hasOwnProperty.call(message, "moves") && message.moves !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.moves);
                    if (message.moveLimit != null && $Object.hasOwnProperty.call(message, "moveLimit") && message.moveLimit !== 0)
                        writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.moveLimit);
                    if (message.policy != null && $Object.hasOwnProperty.call(message, "policy") && message.policy !== 0)
                        writer.uint32(/* id 10, wireType 0 =*/80).int32(message.policy);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MigrationDeclined message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.MigrationDeclined
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.MigrationDeclined & disco.trace.v1.MigrationDeclined.$Shape} MigrationDeclined
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MigrationDeclined.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.disco.trace.v1.MigrationDeclined();
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
                                if (value = reader.int32())
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 3: {
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
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.dominantNode = value;
                                else
                                    delete message.dominantNode;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.dominantSharePercent = value;
                                else
                                    delete message.dominantSharePercent;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.migrateThresholdPercent = value;
                                else
                                    delete message.migrateThresholdPercent;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.readers = value;
                                else
                                    delete message.readers;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.moves = value;
                                else
                                    delete message.moves;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.moveLimit = value;
                                else
                                    delete message.moveLimit;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.policy = value;
                                else
                                    delete message.policy;
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

                return MigrationDeclined;
            })();

            v1.HintingScanCompleted = (function() {

                /**
                 * Properties of a HintingScanCompleted.
                 * @typedef {Object} disco.trace.v1.HintingScanCompleted.$Properties
                 * @property {number|null} [firstPhysicalPage] HintingScanCompleted firstPhysicalPage
                 * @property {number|null} [windowPages] HintingScanCompleted windowPages
                 * @property {number|null} [pagesArmed] HintingScanCompleted pagesArmed
                 * @property {number|null} [pagesStillArmed] HintingScanCompleted pagesStillArmed
                 * @property {number|null} [vcpus] HintingScanCompleted vcpus
                 * @property {number|null} [ipis] HintingScanCompleted ipis
                 * @property {number|null} [tlbEntriesInvalidated] HintingScanCompleted tlbEntriesInvalidated
                 * @property {number|null} [l2tlbEntriesInvalidated] HintingScanCompleted l2tlbEntriesInvalidated
                 * @property {number|null} [scanPeriodTicks] HintingScanCompleted scanPeriodTicks
                 * @property {number|null} [scanPages] HintingScanCompleted scanPages
                 * @property {number|null} [costTicks] HintingScanCompleted costTicks
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HintingScanCompleted.
                 * @memberof disco.trace.v1
                 * @interface IHintingScanCompleted
                 * @augments disco.trace.v1.HintingScanCompleted.$Properties
                 * @deprecated Use disco.trace.v1.HintingScanCompleted.$Properties instead.
                 */

                /**
                 * Shape of a HintingScanCompleted.
                 * @typedef {disco.trace.v1.HintingScanCompleted.$Properties} disco.trace.v1.HintingScanCompleted.$Shape
                 */

                /**
                 * Constructs a new HintingScanCompleted.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a HintingScanCompleted.
                 * @constructor
                 * @param {disco.trace.v1.HintingScanCompleted.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var HintingScanCompleted = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HintingScanCompleted firstPhysicalPage.
                 * @member {number} firstPhysicalPage
                 * @memberof disco.trace.v1.HintingScanCompleted
                 * @instance
                 */
                HintingScanCompleted.prototype.firstPhysicalPage = 0;

                /**
                 * HintingScanCompleted windowPages.
                 * @member {number} windowPages
                 * @memberof disco.trace.v1.HintingScanCompleted
                 * @instance
                 */
                HintingScanCompleted.prototype.windowPages = 0;

                /**
                 * HintingScanCompleted pagesArmed.
                 * @member {number} pagesArmed
                 * @memberof disco.trace.v1.HintingScanCompleted
                 * @instance
                 */
                HintingScanCompleted.prototype.pagesArmed = 0;

                /**
                 * HintingScanCompleted pagesStillArmed.
                 * @member {number} pagesStillArmed
                 * @memberof disco.trace.v1.HintingScanCompleted
                 * @instance
                 */
                HintingScanCompleted.prototype.pagesStillArmed = 0;

                /**
                 * HintingScanCompleted vcpus.
                 * @member {number} vcpus
                 * @memberof disco.trace.v1.HintingScanCompleted
                 * @instance
                 */
                HintingScanCompleted.prototype.vcpus = 0;

                /**
                 * HintingScanCompleted ipis.
                 * @member {number} ipis
                 * @memberof disco.trace.v1.HintingScanCompleted
                 * @instance
                 */
                HintingScanCompleted.prototype.ipis = 0;

                /**
                 * HintingScanCompleted tlbEntriesInvalidated.
                 * @member {number} tlbEntriesInvalidated
                 * @memberof disco.trace.v1.HintingScanCompleted
                 * @instance
                 */
                HintingScanCompleted.prototype.tlbEntriesInvalidated = 0;

                /**
                 * HintingScanCompleted l2tlbEntriesInvalidated.
                 * @member {number} l2tlbEntriesInvalidated
                 * @memberof disco.trace.v1.HintingScanCompleted
                 * @instance
                 */
                HintingScanCompleted.prototype.l2tlbEntriesInvalidated = 0;

                /**
                 * HintingScanCompleted scanPeriodTicks.
                 * @member {number} scanPeriodTicks
                 * @memberof disco.trace.v1.HintingScanCompleted
                 * @instance
                 */
                HintingScanCompleted.prototype.scanPeriodTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * HintingScanCompleted scanPages.
                 * @member {number} scanPages
                 * @memberof disco.trace.v1.HintingScanCompleted
                 * @instance
                 */
                HintingScanCompleted.prototype.scanPages = 0;

                /**
                 * HintingScanCompleted costTicks.
                 * @member {number} costTicks
                 * @memberof disco.trace.v1.HintingScanCompleted
                 * @instance
                 */
                HintingScanCompleted.prototype.costTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified HintingScanCompleted message. Does not implicitly {@link disco.trace.v1.HintingScanCompleted.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.HintingScanCompleted
                 * @static
                 * @param {disco.trace.v1.HintingScanCompleted.$Properties} message HintingScanCompleted message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HintingScanCompleted.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.firstPhysicalPage != null && $Object.hasOwnProperty.call(message, "firstPhysicalPage") && message.firstPhysicalPage !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.firstPhysicalPage);
                    if (message.windowPages != null && $Object.hasOwnProperty.call(message, "windowPages") && message.windowPages !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.windowPages);
                    if (message.pagesArmed != null && $Object.hasOwnProperty.call(message, "pagesArmed") && message.pagesArmed !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.pagesArmed);
                    if (message.pagesStillArmed != null && $Object.hasOwnProperty.call(message, "pagesStillArmed") && message.pagesStillArmed !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.pagesStillArmed);
                    if (message.vcpus != null && $Object.hasOwnProperty.call(message, "vcpus") && message.vcpus !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.vcpus);
                    if (message.ipis != null && $Object.hasOwnProperty.call(message, "ipis") && message.ipis !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.ipis);
                    if (message.tlbEntriesInvalidated != null && $Object.hasOwnProperty.call(message, "tlbEntriesInvalidated") && message.tlbEntriesInvalidated !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.tlbEntriesInvalidated);
                    if (message.l2tlbEntriesInvalidated != null && $Object.hasOwnProperty.call(message, "l2tlbEntriesInvalidated") && message.l2tlbEntriesInvalidated !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.l2tlbEntriesInvalidated);
                    if (message.scanPeriodTicks != null && $Object.hasOwnProperty.call(message, "scanPeriodTicks") && (typeof message.scanPeriodTicks === "object" ? message.scanPeriodTicks.low || message.scanPeriodTicks.high : message.scanPeriodTicks !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.scanPeriodTicks);
                    if (message.scanPages != null && $Object.hasOwnProperty.call(message, "scanPages") && message.scanPages !== 0)
                        writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.scanPages);
                    if (message.costTicks != null && $Object.hasOwnProperty.call(message, "costTicks") && (typeof message.costTicks === "object" ? message.costTicks.low || message.costTicks.high : message.costTicks !== 0))
                        writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.costTicks);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a HintingScanCompleted message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.HintingScanCompleted
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.HintingScanCompleted & disco.trace.v1.HintingScanCompleted.$Shape} HintingScanCompleted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HintingScanCompleted.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.disco.trace.v1.HintingScanCompleted();
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
                                    message.firstPhysicalPage = value;
                                else
                                    delete message.firstPhysicalPage;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.windowPages = value;
                                else
                                    delete message.windowPages;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pagesArmed = value;
                                else
                                    delete message.pagesArmed;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pagesStillArmed = value;
                                else
                                    delete message.pagesStillArmed;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.vcpus = value;
                                else
                                    delete message.vcpus;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.ipis = value;
                                else
                                    delete message.ipis;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.tlbEntriesInvalidated = value;
                                else
                                    delete message.tlbEntriesInvalidated;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.l2tlbEntriesInvalidated = value;
                                else
                                    delete message.l2tlbEntriesInvalidated;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.scanPeriodTicks = value;
                                else
                                    delete message.scanPeriodTicks;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.scanPages = value;
                                else
                                    delete message.scanPages;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.costTicks = value;
                                else
                                    delete message.costTicks;
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

                return HintingScanCompleted;
            })();

            v1.HintingFaultTaken = (function() {

                /**
                 * Properties of a HintingFaultTaken.
                 * @typedef {Object} disco.trace.v1.HintingFaultTaken.$Properties
                 * @property {number|null} [vcpu] HintingFaultTaken vcpu
                 * @property {number|null} [physicalPage] HintingFaultTaken physicalPage
                 * @property {number|null} [machinePage] HintingFaultTaken machinePage
                 * @property {number|null} [faultNode] HintingFaultTaken faultNode
                 * @property {number|null} [homeNode] HintingFaultTaken homeNode
                 * @property {number|null} [lastFaultNode] HintingFaultTaken lastFaultNode
                 * @property {number|null} [filterFaults] HintingFaultTaken filterFaults
                 * @property {boolean|null} [migrated] HintingFaultTaken migrated
                 * @property {disco.trace.v1.MigrationDeclineReason|null} [reason] HintingFaultTaken reason
                 * @property {number|null} [costTicks] HintingFaultTaken costTicks
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HintingFaultTaken.
                 * @memberof disco.trace.v1
                 * @interface IHintingFaultTaken
                 * @augments disco.trace.v1.HintingFaultTaken.$Properties
                 * @deprecated Use disco.trace.v1.HintingFaultTaken.$Properties instead.
                 */

                /**
                 * Shape of a HintingFaultTaken.
                 * @typedef {disco.trace.v1.HintingFaultTaken.$Properties} disco.trace.v1.HintingFaultTaken.$Shape
                 */

                /**
                 * Constructs a new HintingFaultTaken.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a HintingFaultTaken.
                 * @constructor
                 * @param {disco.trace.v1.HintingFaultTaken.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var HintingFaultTaken = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HintingFaultTaken vcpu.
                 * @member {number} vcpu
                 * @memberof disco.trace.v1.HintingFaultTaken
                 * @instance
                 */
                HintingFaultTaken.prototype.vcpu = 0;

                /**
                 * HintingFaultTaken physicalPage.
                 * @member {number} physicalPage
                 * @memberof disco.trace.v1.HintingFaultTaken
                 * @instance
                 */
                HintingFaultTaken.prototype.physicalPage = 0;

                /**
                 * HintingFaultTaken machinePage.
                 * @member {number} machinePage
                 * @memberof disco.trace.v1.HintingFaultTaken
                 * @instance
                 */
                HintingFaultTaken.prototype.machinePage = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * HintingFaultTaken faultNode.
                 * @member {number} faultNode
                 * @memberof disco.trace.v1.HintingFaultTaken
                 * @instance
                 */
                HintingFaultTaken.prototype.faultNode = 0;

                /**
                 * HintingFaultTaken homeNode.
                 * @member {number} homeNode
                 * @memberof disco.trace.v1.HintingFaultTaken
                 * @instance
                 */
                HintingFaultTaken.prototype.homeNode = 0;

                /**
                 * HintingFaultTaken lastFaultNode.
                 * @member {number} lastFaultNode
                 * @memberof disco.trace.v1.HintingFaultTaken
                 * @instance
                 */
                HintingFaultTaken.prototype.lastFaultNode = 0;

                /**
                 * HintingFaultTaken filterFaults.
                 * @member {number} filterFaults
                 * @memberof disco.trace.v1.HintingFaultTaken
                 * @instance
                 */
                HintingFaultTaken.prototype.filterFaults = 0;

                /**
                 * HintingFaultTaken migrated.
                 * @member {boolean} migrated
                 * @memberof disco.trace.v1.HintingFaultTaken
                 * @instance
                 */
                HintingFaultTaken.prototype.migrated = false;

                /**
                 * HintingFaultTaken reason.
                 * @member {disco.trace.v1.MigrationDeclineReason} reason
                 * @memberof disco.trace.v1.HintingFaultTaken
                 * @instance
                 */
                HintingFaultTaken.prototype.reason = 0;

                /**
                 * HintingFaultTaken costTicks.
                 * @member {number} costTicks
                 * @memberof disco.trace.v1.HintingFaultTaken
                 * @instance
                 */
                HintingFaultTaken.prototype.costTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified HintingFaultTaken message. Does not implicitly {@link disco.trace.v1.HintingFaultTaken.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.HintingFaultTaken
                 * @static
                 * @param {disco.trace.v1.HintingFaultTaken.$Properties} message HintingFaultTaken message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HintingFaultTaken.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.vcpu != null && $Object.hasOwnProperty.call(message, "vcpu") && message.vcpu !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.vcpu);
                    if (message.physicalPage != null && $Object.hasOwnProperty.call(message, "physicalPage") && message.physicalPage !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.physicalPage);
                    if (message.machinePage != null && $Object.hasOwnProperty.call(message, "machinePage") && (typeof message.machinePage === "object" ? message.machinePage.low || message.machinePage.high : message.machinePage !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.machinePage);
                    if (message.faultNode != null && $Object.hasOwnProperty.call(message, "faultNode") && message.faultNode !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.faultNode);
                    if (message.homeNode != null && $Object.hasOwnProperty.call(message, "homeNode") && message.homeNode !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.homeNode);
                    if (message.lastFaultNode != null && $Object.hasOwnProperty.call(message, "lastFaultNode") && message.lastFaultNode !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).sint32(message.lastFaultNode);
                    if (message.filterFaults != null && $Object.hasOwnProperty.call(message, "filterFaults") && message.filterFaults !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.filterFaults);
                    if (message.migrated != null && $Object.hasOwnProperty.call(message, "migrated") && message.migrated !== false)
                        writer.uint32(/* id 8, wireType 0 =*/64).bool(message.migrated);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                        writer.uint32(/* id 9, wireType 0 =*/72).int32(message.reason);
                    if (message.costTicks != null && $Object.hasOwnProperty.call(message, "costTicks") && (typeof message.costTicks === "object" ? message.costTicks.low || message.costTicks.high : message.costTicks !== 0))
                        writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.costTicks);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a HintingFaultTaken message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.HintingFaultTaken
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.HintingFaultTaken & disco.trace.v1.HintingFaultTaken.$Shape} HintingFaultTaken
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HintingFaultTaken.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.disco.trace.v1.HintingFaultTaken();
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
                                    message.vcpu = value;
                                else
                                    delete message.vcpu;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.physicalPage = value;
                                else
                                    delete message.physicalPage;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.machinePage = value;
                                else
                                    delete message.machinePage;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.faultNode = value;
                                else
                                    delete message.faultNode;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.homeNode = value;
                                else
                                    delete message.homeNode;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.sint32())
                                    message.lastFaultNode = value;
                                else
                                    delete message.lastFaultNode;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.filterFaults = value;
                                else
                                    delete message.filterFaults;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.migrated = value;
                                else
                                    delete message.migrated;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.costTicks = value;
                                else
                                    delete message.costTicks;
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

                return HintingFaultTaken;
            })();

            v1.PlacementSampled = (function() {

                /**
                 * Properties of a PlacementSampled.
                 * @typedef {Object} disco.trace.v1.PlacementSampled.$Properties
                 * @property {number|null} [samples] PlacementSampled samples
                 * @property {number|null} [pagesSampled] PlacementSampled pagesSampled
                 * @property {number|null} [sampleEveryMisses] PlacementSampled sampleEveryMisses
                 * @property {number|null} [localAccessPercent] PlacementSampled localAccessPercent
                 * @property {Array.<number>|null} [controllerRequests] PlacementSampled controllerRequests
                 * @property {number|null} [imbalancePercent] PlacementSampled imbalancePercent
                 * @property {number|null} [accessesPerMs] PlacementSampled accessesPerMs
                 * @property {number|null} [minAccessesPerMs] PlacementSampled minAccessesPerMs
                 * @property {number|null} [maxLocalAccessPercent] PlacementSampled maxLocalAccessPercent
                 * @property {number|null} [minImbalancePercent] PlacementSampled minImbalancePercent
                 * @property {boolean|null} [migrationEnabled] PlacementSampled migrationEnabled
                 * @property {boolean|null} [replicationEnabled] PlacementSampled replicationEnabled
                 * @property {boolean|null} [interleavingEnabled] PlacementSampled interleavingEnabled
                 * @property {number|null} [periodTicks] PlacementSampled periodTicks
                 * @property {number|null} [costTicks] PlacementSampled costTicks
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PlacementSampled.
                 * @memberof disco.trace.v1
                 * @interface IPlacementSampled
                 * @augments disco.trace.v1.PlacementSampled.$Properties
                 * @deprecated Use disco.trace.v1.PlacementSampled.$Properties instead.
                 */

                /**
                 * Shape of a PlacementSampled.
                 * @typedef {disco.trace.v1.PlacementSampled.$Properties} disco.trace.v1.PlacementSampled.$Shape
                 */

                /**
                 * Constructs a new PlacementSampled.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a PlacementSampled.
                 * @constructor
                 * @param {disco.trace.v1.PlacementSampled.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var PlacementSampled = function (properties) {
                    this.controllerRequests = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PlacementSampled samples.
                 * @member {number} samples
                 * @memberof disco.trace.v1.PlacementSampled
                 * @instance
                 */
                PlacementSampled.prototype.samples = 0;

                /**
                 * PlacementSampled pagesSampled.
                 * @member {number} pagesSampled
                 * @memberof disco.trace.v1.PlacementSampled
                 * @instance
                 */
                PlacementSampled.prototype.pagesSampled = 0;

                /**
                 * PlacementSampled sampleEveryMisses.
                 * @member {number} sampleEveryMisses
                 * @memberof disco.trace.v1.PlacementSampled
                 * @instance
                 */
                PlacementSampled.prototype.sampleEveryMisses = 0;

                /**
                 * PlacementSampled localAccessPercent.
                 * @member {number} localAccessPercent
                 * @memberof disco.trace.v1.PlacementSampled
                 * @instance
                 */
                PlacementSampled.prototype.localAccessPercent = 0;

                /**
                 * PlacementSampled controllerRequests.
                 * @member {Array.<number>} controllerRequests
                 * @memberof disco.trace.v1.PlacementSampled
                 * @instance
                 */
                PlacementSampled.prototype.controllerRequests = $util.emptyArray;

                /**
                 * PlacementSampled imbalancePercent.
                 * @member {number} imbalancePercent
                 * @memberof disco.trace.v1.PlacementSampled
                 * @instance
                 */
                PlacementSampled.prototype.imbalancePercent = 0;

                /**
                 * PlacementSampled accessesPerMs.
                 * @member {number} accessesPerMs
                 * @memberof disco.trace.v1.PlacementSampled
                 * @instance
                 */
                PlacementSampled.prototype.accessesPerMs = 0;

                /**
                 * PlacementSampled minAccessesPerMs.
                 * @member {number} minAccessesPerMs
                 * @memberof disco.trace.v1.PlacementSampled
                 * @instance
                 */
                PlacementSampled.prototype.minAccessesPerMs = 0;

                /**
                 * PlacementSampled maxLocalAccessPercent.
                 * @member {number} maxLocalAccessPercent
                 * @memberof disco.trace.v1.PlacementSampled
                 * @instance
                 */
                PlacementSampled.prototype.maxLocalAccessPercent = 0;

                /**
                 * PlacementSampled minImbalancePercent.
                 * @member {number} minImbalancePercent
                 * @memberof disco.trace.v1.PlacementSampled
                 * @instance
                 */
                PlacementSampled.prototype.minImbalancePercent = 0;

                /**
                 * PlacementSampled migrationEnabled.
                 * @member {boolean} migrationEnabled
                 * @memberof disco.trace.v1.PlacementSampled
                 * @instance
                 */
                PlacementSampled.prototype.migrationEnabled = false;

                /**
                 * PlacementSampled replicationEnabled.
                 * @member {boolean} replicationEnabled
                 * @memberof disco.trace.v1.PlacementSampled
                 * @instance
                 */
                PlacementSampled.prototype.replicationEnabled = false;

                /**
                 * PlacementSampled interleavingEnabled.
                 * @member {boolean} interleavingEnabled
                 * @memberof disco.trace.v1.PlacementSampled
                 * @instance
                 */
                PlacementSampled.prototype.interleavingEnabled = false;

                /**
                 * PlacementSampled periodTicks.
                 * @member {number} periodTicks
                 * @memberof disco.trace.v1.PlacementSampled
                 * @instance
                 */
                PlacementSampled.prototype.periodTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PlacementSampled costTicks.
                 * @member {number} costTicks
                 * @memberof disco.trace.v1.PlacementSampled
                 * @instance
                 */
                PlacementSampled.prototype.costTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified PlacementSampled message. Does not implicitly {@link disco.trace.v1.PlacementSampled.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.PlacementSampled
                 * @static
                 * @param {disco.trace.v1.PlacementSampled.$Properties} message PlacementSampled message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PlacementSampled.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.samples != null && $Object.hasOwnProperty.call(message, "samples") && message.samples !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.samples);
                    if (message.pagesSampled != null && $Object.hasOwnProperty.call(message, "pagesSampled") && message.pagesSampled !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.pagesSampled);
                    if (message.sampleEveryMisses != null && $Object.hasOwnProperty.call(message, "sampleEveryMisses") && message.sampleEveryMisses !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.sampleEveryMisses);
                    if (message.localAccessPercent != null && $Object.hasOwnProperty.call(message, "localAccessPercent") && message.localAccessPercent !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.localAccessPercent);
                    if (message.controllerRequests != null && message.controllerRequests.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).uint64s(message.controllerRequests);
                    if (message.imbalancePercent != null && $Object.hasOwnProperty.call(message, "imbalancePercent") && message.imbalancePercent !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.imbalancePercent);
                    if (message.accessesPerMs != null && $Object.hasOwnProperty.call(message, "accessesPerMs") && message.accessesPerMs !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.accessesPerMs);
                    if (message.minAccessesPerMs != null && $Object.hasOwnProperty.call(message, "minAccessesPerMs") && message.minAccessesPerMs !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.minAccessesPerMs);
                    if (message.maxLocalAccessPercent != null && $Object.hasOwnProperty.call(message, "maxLocalAccessPercent") && message.maxLocalAccessPercent !== 0)
                        writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.maxLocalAccessPercent);
                    if (message.minImbalancePercent != null && $Object.hasOwnProperty.call(message, "minImbalancePercent") && message.minImbalancePercent !== 0)
                        writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.minImbalancePercent);
                    if (message.migrationEnabled != null && $Object.hasOwnProperty.call(message, "migrationEnabled") && message.migrationEnabled !== false)
                        writer.uint32(/* id 11, wireType 0 =*/88).bool(message.migrationEnabled);
                    if (message.replicationEnabled != null && $Object.hasOwnProperty.call(message, "replicationEnabled") && message.replicationEnabled !== false)
                        writer.uint32(/* id 12, wireType 0 =*/96).bool(message.replicationEnabled);
                    if (message.interleavingEnabled != null && $Object.hasOwnProperty.call(message, "interleavingEnabled") && message.interleavingEnabled !== false)
                        writer.uint32(/* id 13, wireType 0 =*/104).bool(message.interleavingEnabled);
                    if (message.periodTicks != null && $Object.hasOwnProperty.call(message, "periodTicks") && (typeof message.periodTicks === "object" ? message.periodTicks.low || message.periodTicks.high : message.periodTicks !== 0))
                        writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.periodTicks);
                    if (message.costTicks != null && $Object.hasOwnProperty.call(message, "costTicks") && (typeof message.costTicks === "object" ? message.costTicks.low || message.costTicks.high : message.costTicks !== 0))
                        writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.costTicks);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PlacementSampled message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.PlacementSampled
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.PlacementSampled & disco.trace.v1.PlacementSampled.$Shape} PlacementSampled
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PlacementSampled.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.disco.trace.v1.PlacementSampled();
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
                                    message.samples = value;
                                else
                                    delete message.samples;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pagesSampled = value;
                                else
                                    delete message.pagesSampled;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.sampleEveryMisses = value;
                                else
                                    delete message.sampleEveryMisses;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.localAccessPercent = value;
                                else
                                    delete message.localAccessPercent;
                                continue;
                            }
                        case 5: {
                                if (wireType === 2) {
                                    if (!(message.controllerRequests && message.controllerRequests.length))
                                        message.controllerRequests = [];
                                    reader.uint64s(message.controllerRequests);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.controllerRequests && message.controllerRequests.length))
                                    message.controllerRequests = [];
                                message.controllerRequests.push(reader.uint64());
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.imbalancePercent = value;
                                else
                                    delete message.imbalancePercent;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.accessesPerMs = value;
                                else
                                    delete message.accessesPerMs;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.minAccessesPerMs = value;
                                else
                                    delete message.minAccessesPerMs;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxLocalAccessPercent = value;
                                else
                                    delete message.maxLocalAccessPercent;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.minImbalancePercent = value;
                                else
                                    delete message.minImbalancePercent;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.migrationEnabled = value;
                                else
                                    delete message.migrationEnabled;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.replicationEnabled = value;
                                else
                                    delete message.replicationEnabled;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.interleavingEnabled = value;
                                else
                                    delete message.interleavingEnabled;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.periodTicks = value;
                                else
                                    delete message.periodTicks;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.costTicks = value;
                                else
                                    delete message.costTicks;
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

                return PlacementSampled;
            })();

            v1.PageInterleaved = (function() {

                /**
                 * Properties of a PageInterleaved.
                 * @typedef {Object} disco.trace.v1.PageInterleaved.$Properties
                 * @property {number|null} [oldMachinePage] PageInterleaved oldMachinePage
                 * @property {number|null} [newMachinePage] PageInterleaved newMachinePage
                 * @property {number|null} [fromNode] PageInterleaved fromNode
                 * @property {number|null} [toNode] PageInterleaved toNode
                 * @property {Array.<number>|null} [nodeSamples] PageInterleaved nodeSamples
                 * @property {number|null} [writeSamples] PageInterleaved writeSamples
                 * @property {number|null} [accessingNodes] PageInterleaved accessingNodes
                 * @property {number|null} [toNodeRequests] PageInterleaved toNodeRequests
                 * @property {number|null} [imbalancePercent] PageInterleaved imbalancePercent
                 * @property {number|null} [mappers] PageInterleaved mappers
                 * @property {number|null} [tlbEntriesInvalidated] PageInterleaved tlbEntriesInvalidated
                 * @property {number|null} [ipis] PageInterleaved ipis
                 * @property {number|null} [copyTicks] PageInterleaved copyTicks
                 * @property {number|null} [latencyTicks] PageInterleaved latencyTicks
                 * @property {disco.trace.v1.PlacementPolicyKind|null} [policy] PageInterleaved policy
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PageInterleaved.
                 * @memberof disco.trace.v1
                 * @interface IPageInterleaved
                 * @augments disco.trace.v1.PageInterleaved.$Properties
                 * @deprecated Use disco.trace.v1.PageInterleaved.$Properties instead.
                 */

                /**
                 * Shape of a PageInterleaved.
                 * @typedef {disco.trace.v1.PageInterleaved.$Properties} disco.trace.v1.PageInterleaved.$Shape
                 */

                /**
                 * Constructs a new PageInterleaved.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a PageInterleaved.
                 * @constructor
                 * @param {disco.trace.v1.PageInterleaved.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var PageInterleaved = function (properties) {
                    this.nodeSamples = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PageInterleaved oldMachinePage.
                 * @member {number} oldMachinePage
                 * @memberof disco.trace.v1.PageInterleaved
                 * @instance
                 */
                PageInterleaved.prototype.oldMachinePage = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PageInterleaved newMachinePage.
                 * @member {number} newMachinePage
                 * @memberof disco.trace.v1.PageInterleaved
                 * @instance
                 */
                PageInterleaved.prototype.newMachinePage = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PageInterleaved fromNode.
                 * @member {number} fromNode
                 * @memberof disco.trace.v1.PageInterleaved
                 * @instance
                 */
                PageInterleaved.prototype.fromNode = 0;

                /**
                 * PageInterleaved toNode.
                 * @member {number} toNode
                 * @memberof disco.trace.v1.PageInterleaved
                 * @instance
                 */
                PageInterleaved.prototype.toNode = 0;

                /**
                 * PageInterleaved nodeSamples.
                 * @member {Array.<number>} nodeSamples
                 * @memberof disco.trace.v1.PageInterleaved
                 * @instance
                 */
                PageInterleaved.prototype.nodeSamples = $util.emptyArray;

                /**
                 * PageInterleaved writeSamples.
                 * @member {number} writeSamples
                 * @memberof disco.trace.v1.PageInterleaved
                 * @instance
                 */
                PageInterleaved.prototype.writeSamples = 0;

                /**
                 * PageInterleaved accessingNodes.
                 * @member {number} accessingNodes
                 * @memberof disco.trace.v1.PageInterleaved
                 * @instance
                 */
                PageInterleaved.prototype.accessingNodes = 0;

                /**
                 * PageInterleaved toNodeRequests.
                 * @member {number} toNodeRequests
                 * @memberof disco.trace.v1.PageInterleaved
                 * @instance
                 */
                PageInterleaved.prototype.toNodeRequests = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PageInterleaved imbalancePercent.
                 * @member {number} imbalancePercent
                 * @memberof disco.trace.v1.PageInterleaved
                 * @instance
                 */
                PageInterleaved.prototype.imbalancePercent = 0;

                /**
                 * PageInterleaved mappers.
                 * @member {number} mappers
                 * @memberof disco.trace.v1.PageInterleaved
                 * @instance
                 */
                PageInterleaved.prototype.mappers = 0;

                /**
                 * PageInterleaved tlbEntriesInvalidated.
                 * @member {number} tlbEntriesInvalidated
                 * @memberof disco.trace.v1.PageInterleaved
                 * @instance
                 */
                PageInterleaved.prototype.tlbEntriesInvalidated = 0;

                /**
                 * PageInterleaved ipis.
                 * @member {number} ipis
                 * @memberof disco.trace.v1.PageInterleaved
                 * @instance
                 */
                PageInterleaved.prototype.ipis = 0;

                /**
                 * PageInterleaved copyTicks.
                 * @member {number} copyTicks
                 * @memberof disco.trace.v1.PageInterleaved
                 * @instance
                 */
                PageInterleaved.prototype.copyTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PageInterleaved latencyTicks.
                 * @member {number} latencyTicks
                 * @memberof disco.trace.v1.PageInterleaved
                 * @instance
                 */
                PageInterleaved.prototype.latencyTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PageInterleaved policy.
                 * @member {disco.trace.v1.PlacementPolicyKind} policy
                 * @memberof disco.trace.v1.PageInterleaved
                 * @instance
                 */
                PageInterleaved.prototype.policy = 0;

                /**
                 * Encodes the specified PageInterleaved message. Does not implicitly {@link disco.trace.v1.PageInterleaved.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.PageInterleaved
                 * @static
                 * @param {disco.trace.v1.PageInterleaved.$Properties} message PageInterleaved message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PageInterleaved.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.oldMachinePage != null && $Object.hasOwnProperty.call(message, "oldMachinePage") && (typeof message.oldMachinePage === "object" ? message.oldMachinePage.low || message.oldMachinePage.high : message.oldMachinePage !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.oldMachinePage);
                    if (message.newMachinePage != null && $Object.hasOwnProperty.call(message, "newMachinePage") && (typeof message.newMachinePage === "object" ? message.newMachinePage.low || message.newMachinePage.high : message.newMachinePage !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.newMachinePage);
                    if (message.fromNode != null && $Object.hasOwnProperty.call(message, "fromNode") && message.fromNode !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.fromNode);
                    if (message.toNode != null && $Object.hasOwnProperty.call(message, "toNode") && message.toNode !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.toNode);
                    if (message.nodeSamples != null && message.nodeSamples.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).uint32s(message.nodeSamples);
                    if (message.writeSamples != null && $Object.hasOwnProperty.call(message, "writeSamples") && message.writeSamples !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.writeSamples);
                    if (message.accessingNodes != null && $Object.hasOwnProperty.call(message, "accessingNodes") && message.accessingNodes !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.accessingNodes);
                    if (message.toNodeRequests != null && $Object.hasOwnProperty.call(message, "toNodeRequests") && (typeof message.toNodeRequests === "object" ? message.toNodeRequests.low || message.toNodeRequests.high : message.toNodeRequests !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.toNodeRequests);
                    if (message.imbalancePercent != null && $Object.hasOwnProperty.call(message, "imbalancePercent") && message.imbalancePercent !== 0)
                        writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.imbalancePercent);
                    if (message.mappers != null && $Object.hasOwnProperty.call(message, "mappers") && message.mappers !== 0)
                        writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.mappers);
                    if (message.tlbEntriesInvalidated != null && $Object.hasOwnProperty.call(message, "tlbEntriesInvalidated") && message.tlbEntriesInvalidated !== 0)
                        writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.tlbEntriesInvalidated);
                    if (message.ipis != null && $Object.hasOwnProperty.call(message, "ipis") && message.ipis !== 0)
                        writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.ipis);
                    if (message.copyTicks != null && $Object.hasOwnProperty.call(message, "copyTicks") && (typeof message.copyTicks === "object" ? message.copyTicks.low || message.copyTicks.high : message.copyTicks !== 0))
                        writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.copyTicks);
                    if (message.latencyTicks != null && $Object.hasOwnProperty.call(message, "latencyTicks") && (typeof message.latencyTicks === "object" ? message.latencyTicks.low || message.latencyTicks.high : message.latencyTicks !== 0))
                        writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.latencyTicks);
                    if (message.policy != null && $Object.hasOwnProperty.call(message, "policy") && message.policy !== 0)
                        writer.uint32(/* id 15, wireType 0 =*/120).int32(message.policy);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PageInterleaved message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.PageInterleaved
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.PageInterleaved & disco.trace.v1.PageInterleaved.$Shape} PageInterleaved
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PageInterleaved.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.disco.trace.v1.PageInterleaved();
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
                                    message.oldMachinePage = value;
                                else
                                    delete message.oldMachinePage;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.newMachinePage = value;
                                else
                                    delete message.newMachinePage;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.fromNode = value;
                                else
                                    delete message.fromNode;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.toNode = value;
                                else
                                    delete message.toNode;
                                continue;
                            }
                        case 5: {
                                if (wireType === 2) {
                                    if (!(message.nodeSamples && message.nodeSamples.length))
                                        message.nodeSamples = [];
                                    reader.uint32s(message.nodeSamples);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.nodeSamples && message.nodeSamples.length))
                                    message.nodeSamples = [];
                                message.nodeSamples.push(reader.uint32());
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.writeSamples = value;
                                else
                                    delete message.writeSamples;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.accessingNodes = value;
                                else
                                    delete message.accessingNodes;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.toNodeRequests = value;
                                else
                                    delete message.toNodeRequests;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.imbalancePercent = value;
                                else
                                    delete message.imbalancePercent;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.mappers = value;
                                else
                                    delete message.mappers;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.tlbEntriesInvalidated = value;
                                else
                                    delete message.tlbEntriesInvalidated;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.ipis = value;
                                else
                                    delete message.ipis;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.copyTicks = value;
                                else
                                    delete message.copyTicks;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.latencyTicks = value;
                                else
                                    delete message.latencyTicks;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.policy = value;
                                else
                                    delete message.policy;
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

                return PageInterleaved;
            })();

            v1.ShootdownSent = (function() {

                /**
                 * Properties of a ShootdownSent.
                 * @typedef {Object} disco.trace.v1.ShootdownSent.$Properties
                 * @property {number|null} [machinePage] ShootdownSent machinePage
                 * @property {disco.trace.v1.ShootdownReason|null} [reason] ShootdownSent reason
                 * @property {number|null} [vcpus] ShootdownSent vcpus
                 * @property {number|null} [ipis] ShootdownSent ipis
                 * @property {number|null} [tlbEntriesInvalidated] ShootdownSent tlbEntriesInvalidated
                 * @property {number|null} [l2tlbEntriesInvalidated] ShootdownSent l2tlbEntriesInvalidated
                 * @property {number|null} [costTicks] ShootdownSent costTicks
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ShootdownSent.
                 * @memberof disco.trace.v1
                 * @interface IShootdownSent
                 * @augments disco.trace.v1.ShootdownSent.$Properties
                 * @deprecated Use disco.trace.v1.ShootdownSent.$Properties instead.
                 */

                /**
                 * Shape of a ShootdownSent.
                 * @typedef {disco.trace.v1.ShootdownSent.$Properties} disco.trace.v1.ShootdownSent.$Shape
                 */

                /**
                 * Constructs a new ShootdownSent.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a ShootdownSent.
                 * @constructor
                 * @param {disco.trace.v1.ShootdownSent.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ShootdownSent = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ShootdownSent machinePage.
                 * @member {number} machinePage
                 * @memberof disco.trace.v1.ShootdownSent
                 * @instance
                 */
                ShootdownSent.prototype.machinePage = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ShootdownSent reason.
                 * @member {disco.trace.v1.ShootdownReason} reason
                 * @memberof disco.trace.v1.ShootdownSent
                 * @instance
                 */
                ShootdownSent.prototype.reason = 0;

                /**
                 * ShootdownSent vcpus.
                 * @member {number} vcpus
                 * @memberof disco.trace.v1.ShootdownSent
                 * @instance
                 */
                ShootdownSent.prototype.vcpus = 0;

                /**
                 * ShootdownSent ipis.
                 * @member {number} ipis
                 * @memberof disco.trace.v1.ShootdownSent
                 * @instance
                 */
                ShootdownSent.prototype.ipis = 0;

                /**
                 * ShootdownSent tlbEntriesInvalidated.
                 * @member {number} tlbEntriesInvalidated
                 * @memberof disco.trace.v1.ShootdownSent
                 * @instance
                 */
                ShootdownSent.prototype.tlbEntriesInvalidated = 0;

                /**
                 * ShootdownSent l2tlbEntriesInvalidated.
                 * @member {number} l2tlbEntriesInvalidated
                 * @memberof disco.trace.v1.ShootdownSent
                 * @instance
                 */
                ShootdownSent.prototype.l2tlbEntriesInvalidated = 0;

                /**
                 * ShootdownSent costTicks.
                 * @member {number} costTicks
                 * @memberof disco.trace.v1.ShootdownSent
                 * @instance
                 */
                ShootdownSent.prototype.costTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified ShootdownSent message. Does not implicitly {@link disco.trace.v1.ShootdownSent.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.ShootdownSent
                 * @static
                 * @param {disco.trace.v1.ShootdownSent.$Properties} message ShootdownSent message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ShootdownSent.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.machinePage != null && $Object.hasOwnProperty.call(message, "machinePage") && (typeof message.machinePage === "object" ? message.machinePage.low || message.machinePage.high : message.machinePage !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.machinePage);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.reason);
                    if (message.vcpus != null && $Object.hasOwnProperty.call(message, "vcpus") && message.vcpus !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.vcpus);
                    if (message.ipis != null && $Object.hasOwnProperty.call(message, "ipis") && message.ipis !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.ipis);
                    if (message.tlbEntriesInvalidated != null && $Object.hasOwnProperty.call(message, "tlbEntriesInvalidated") && message.tlbEntriesInvalidated !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.tlbEntriesInvalidated);
                    if (message.l2tlbEntriesInvalidated != null && $Object.hasOwnProperty.call(message, "l2tlbEntriesInvalidated") && message.l2tlbEntriesInvalidated !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.l2tlbEntriesInvalidated);
                    if (message.costTicks != null && $Object.hasOwnProperty.call(message, "costTicks") && (typeof message.costTicks === "object" ? message.costTicks.low || message.costTicks.high : message.costTicks !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.costTicks);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ShootdownSent message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.ShootdownSent
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.ShootdownSent & disco.trace.v1.ShootdownSent.$Shape} ShootdownSent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ShootdownSent.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.disco.trace.v1.ShootdownSent();
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
                                if (value = reader.int32())
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.vcpus = value;
                                else
                                    delete message.vcpus;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.ipis = value;
                                else
                                    delete message.ipis;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.tlbEntriesInvalidated = value;
                                else
                                    delete message.tlbEntriesInvalidated;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.l2tlbEntriesInvalidated = value;
                                else
                                    delete message.l2tlbEntriesInvalidated;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.costTicks = value;
                                else
                                    delete message.costTicks;
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

                return ShootdownSent;
            })();

            v1.CowBlockShared = (function() {

                /**
                 * Properties of a CowBlockShared.
                 * @typedef {Object} disco.trace.v1.CowBlockShared.$Properties
                 * @property {disco.trace.v1.CowSource|null} [source] CowBlockShared source
                 * @property {number|null} [physicalPage] CowBlockShared physicalPage
                 * @property {number|null} [machinePage] CowBlockShared machinePage
                 * @property {number|null} [disk] CowBlockShared disk
                 * @property {number|null} [sector] CowBlockShared sector
                 * @property {number|null} [sharers] CowBlockShared sharers
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CowBlockShared.
                 * @memberof disco.trace.v1
                 * @interface ICowBlockShared
                 * @augments disco.trace.v1.CowBlockShared.$Properties
                 * @deprecated Use disco.trace.v1.CowBlockShared.$Properties instead.
                 */

                /**
                 * Shape of a CowBlockShared.
                 * @typedef {disco.trace.v1.CowBlockShared.$Properties} disco.trace.v1.CowBlockShared.$Shape
                 */

                /**
                 * Constructs a new CowBlockShared.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a CowBlockShared.
                 * @constructor
                 * @param {disco.trace.v1.CowBlockShared.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var CowBlockShared = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CowBlockShared source.
                 * @member {disco.trace.v1.CowSource} source
                 * @memberof disco.trace.v1.CowBlockShared
                 * @instance
                 */
                CowBlockShared.prototype.source = 0;

                /**
                 * CowBlockShared physicalPage.
                 * @member {number} physicalPage
                 * @memberof disco.trace.v1.CowBlockShared
                 * @instance
                 */
                CowBlockShared.prototype.physicalPage = 0;

                /**
                 * CowBlockShared machinePage.
                 * @member {number} machinePage
                 * @memberof disco.trace.v1.CowBlockShared
                 * @instance
                 */
                CowBlockShared.prototype.machinePage = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CowBlockShared disk.
                 * @member {number} disk
                 * @memberof disco.trace.v1.CowBlockShared
                 * @instance
                 */
                CowBlockShared.prototype.disk = 0;

                /**
                 * CowBlockShared sector.
                 * @member {number} sector
                 * @memberof disco.trace.v1.CowBlockShared
                 * @instance
                 */
                CowBlockShared.prototype.sector = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CowBlockShared sharers.
                 * @member {number} sharers
                 * @memberof disco.trace.v1.CowBlockShared
                 * @instance
                 */
                CowBlockShared.prototype.sharers = 0;

                /**
                 * Encodes the specified CowBlockShared message. Does not implicitly {@link disco.trace.v1.CowBlockShared.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.CowBlockShared
                 * @static
                 * @param {disco.trace.v1.CowBlockShared.$Properties} message CowBlockShared message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CowBlockShared.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.source);
                    if (message.physicalPage != null && $Object.hasOwnProperty.call(message, "physicalPage") && message.physicalPage !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.physicalPage);
                    if (message.machinePage != null && $Object.hasOwnProperty.call(message, "machinePage") && (typeof message.machinePage === "object" ? message.machinePage.low || message.machinePage.high : message.machinePage !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.machinePage);
                    if (message.disk != null && $Object.hasOwnProperty.call(message, "disk") && message.disk !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).sint32(message.disk);
                    if (message.sector != null && $Object.hasOwnProperty.call(message, "sector") && (typeof message.sector === "object" ? message.sector.low || message.sector.high : message.sector !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.sector);
                    if (message.sharers != null && $Object.hasOwnProperty.call(message, "sharers") && message.sharers !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.sharers);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CowBlockShared message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.CowBlockShared
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.CowBlockShared & disco.trace.v1.CowBlockShared.$Shape} CowBlockShared
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CowBlockShared.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.disco.trace.v1.CowBlockShared();
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
                                    message.source = value;
                                else
                                    delete message.source;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.physicalPage = value;
                                else
                                    delete message.physicalPage;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.machinePage = value;
                                else
                                    delete message.machinePage;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.sint32())
                                    message.disk = value;
                                else
                                    delete message.disk;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.sector = value;
                                else
                                    delete message.sector;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.sharers = value;
                                else
                                    delete message.sharers;
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

                return CowBlockShared;
            })();

            v1.CowBroken = (function() {

                /**
                 * Properties of a CowBroken.
                 * @typedef {Object} disco.trace.v1.CowBroken.$Properties
                 * @property {number|null} [vcpu] CowBroken vcpu
                 * @property {number|null} [physicalPage] CowBroken physicalPage
                 * @property {number|null} [oldMachinePage] CowBroken oldMachinePage
                 * @property {number|null} [newMachinePage] CowBroken newMachinePage
                 * @property {number|null} [sharersLeft] CowBroken sharersLeft
                 * @property {number|null} [latencyTicks] CowBroken latencyTicks
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CowBroken.
                 * @memberof disco.trace.v1
                 * @interface ICowBroken
                 * @augments disco.trace.v1.CowBroken.$Properties
                 * @deprecated Use disco.trace.v1.CowBroken.$Properties instead.
                 */

                /**
                 * Shape of a CowBroken.
                 * @typedef {disco.trace.v1.CowBroken.$Properties} disco.trace.v1.CowBroken.$Shape
                 */

                /**
                 * Constructs a new CowBroken.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a CowBroken.
                 * @constructor
                 * @param {disco.trace.v1.CowBroken.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var CowBroken = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CowBroken vcpu.
                 * @member {number} vcpu
                 * @memberof disco.trace.v1.CowBroken
                 * @instance
                 */
                CowBroken.prototype.vcpu = 0;

                /**
                 * CowBroken physicalPage.
                 * @member {number} physicalPage
                 * @memberof disco.trace.v1.CowBroken
                 * @instance
                 */
                CowBroken.prototype.physicalPage = 0;

                /**
                 * CowBroken oldMachinePage.
                 * @member {number} oldMachinePage
                 * @memberof disco.trace.v1.CowBroken
                 * @instance
                 */
                CowBroken.prototype.oldMachinePage = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CowBroken newMachinePage.
                 * @member {number} newMachinePage
                 * @memberof disco.trace.v1.CowBroken
                 * @instance
                 */
                CowBroken.prototype.newMachinePage = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CowBroken sharersLeft.
                 * @member {number} sharersLeft
                 * @memberof disco.trace.v1.CowBroken
                 * @instance
                 */
                CowBroken.prototype.sharersLeft = 0;

                /**
                 * CowBroken latencyTicks.
                 * @member {number} latencyTicks
                 * @memberof disco.trace.v1.CowBroken
                 * @instance
                 */
                CowBroken.prototype.latencyTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified CowBroken message. Does not implicitly {@link disco.trace.v1.CowBroken.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.CowBroken
                 * @static
                 * @param {disco.trace.v1.CowBroken.$Properties} message CowBroken message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CowBroken.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.vcpu != null && $Object.hasOwnProperty.call(message, "vcpu") && message.vcpu !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.vcpu);
                    if (message.physicalPage != null && $Object.hasOwnProperty.call(message, "physicalPage") && message.physicalPage !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.physicalPage);
                    if (message.oldMachinePage != null && $Object.hasOwnProperty.call(message, "oldMachinePage") && (typeof message.oldMachinePage === "object" ? message.oldMachinePage.low || message.oldMachinePage.high : message.oldMachinePage !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.oldMachinePage);
                    if (message.newMachinePage != null && $Object.hasOwnProperty.call(message, "newMachinePage") && (typeof message.newMachinePage === "object" ? message.newMachinePage.low || message.newMachinePage.high : message.newMachinePage !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.newMachinePage);
                    if (message.sharersLeft != null && $Object.hasOwnProperty.call(message, "sharersLeft") && message.sharersLeft !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.sharersLeft);
                    if (message.latencyTicks != null && $Object.hasOwnProperty.call(message, "latencyTicks") && (typeof message.latencyTicks === "object" ? message.latencyTicks.low || message.latencyTicks.high : message.latencyTicks !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.latencyTicks);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CowBroken message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.CowBroken
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.CowBroken & disco.trace.v1.CowBroken.$Shape} CowBroken
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CowBroken.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.disco.trace.v1.CowBroken();
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
                                    message.vcpu = value;
                                else
                                    delete message.vcpu;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.physicalPage = value;
                                else
                                    delete message.physicalPage;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.oldMachinePage = value;
                                else
                                    delete message.oldMachinePage;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.newMachinePage = value;
                                else
                                    delete message.newMachinePage;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.sharersLeft = value;
                                else
                                    delete message.sharersLeft;
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

                return CowBroken;
            })();

            v1.PacketRemapped = (function() {

                /**
                 * Properties of a PacketRemapped.
                 * @typedef {Object} disco.trace.v1.PacketRemapped.$Properties
                 * @property {number|null} [fromVm] PacketRemapped fromVm
                 * @property {number|null} [toVm] PacketRemapped toVm
                 * @property {number|null} [bytes] PacketRemapped bytes
                 * @property {number|null} [pagesRemapped] PacketRemapped pagesRemapped
                 * @property {number|null} [bytesCopied] PacketRemapped bytesCopied
                 * @property {number|null} [tag] PacketRemapped tag
                 * @property {number|null} [costTicks] PacketRemapped costTicks
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PacketRemapped.
                 * @memberof disco.trace.v1
                 * @interface IPacketRemapped
                 * @augments disco.trace.v1.PacketRemapped.$Properties
                 * @deprecated Use disco.trace.v1.PacketRemapped.$Properties instead.
                 */

                /**
                 * Shape of a PacketRemapped.
                 * @typedef {disco.trace.v1.PacketRemapped.$Properties} disco.trace.v1.PacketRemapped.$Shape
                 */

                /**
                 * Constructs a new PacketRemapped.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a PacketRemapped.
                 * @constructor
                 * @param {disco.trace.v1.PacketRemapped.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var PacketRemapped = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PacketRemapped fromVm.
                 * @member {number} fromVm
                 * @memberof disco.trace.v1.PacketRemapped
                 * @instance
                 */
                PacketRemapped.prototype.fromVm = 0;

                /**
                 * PacketRemapped toVm.
                 * @member {number} toVm
                 * @memberof disco.trace.v1.PacketRemapped
                 * @instance
                 */
                PacketRemapped.prototype.toVm = 0;

                /**
                 * PacketRemapped bytes.
                 * @member {number} bytes
                 * @memberof disco.trace.v1.PacketRemapped
                 * @instance
                 */
                PacketRemapped.prototype.bytes = 0;

                /**
                 * PacketRemapped pagesRemapped.
                 * @member {number} pagesRemapped
                 * @memberof disco.trace.v1.PacketRemapped
                 * @instance
                 */
                PacketRemapped.prototype.pagesRemapped = 0;

                /**
                 * PacketRemapped bytesCopied.
                 * @member {number} bytesCopied
                 * @memberof disco.trace.v1.PacketRemapped
                 * @instance
                 */
                PacketRemapped.prototype.bytesCopied = 0;

                /**
                 * PacketRemapped tag.
                 * @member {number} tag
                 * @memberof disco.trace.v1.PacketRemapped
                 * @instance
                 */
                PacketRemapped.prototype.tag = 0;

                /**
                 * PacketRemapped costTicks.
                 * @member {number} costTicks
                 * @memberof disco.trace.v1.PacketRemapped
                 * @instance
                 */
                PacketRemapped.prototype.costTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified PacketRemapped message. Does not implicitly {@link disco.trace.v1.PacketRemapped.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.PacketRemapped
                 * @static
                 * @param {disco.trace.v1.PacketRemapped.$Properties} message PacketRemapped message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PacketRemapped.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.fromVm != null && $Object.hasOwnProperty.call(message, "fromVm") && message.fromVm !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.fromVm);
                    if (message.toVm != null && $Object.hasOwnProperty.call(message, "toVm") && message.toVm !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.toVm);
                    if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && message.bytes !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.bytes);
                    if (message.pagesRemapped != null && $Object.hasOwnProperty.call(message, "pagesRemapped") && message.pagesRemapped !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.pagesRemapped);
                    if (message.bytesCopied != null && $Object.hasOwnProperty.call(message, "bytesCopied") && message.bytesCopied !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.bytesCopied);
                    if (message.tag != null && $Object.hasOwnProperty.call(message, "tag") && message.tag !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.tag);
                    if (message.costTicks != null && $Object.hasOwnProperty.call(message, "costTicks") && (typeof message.costTicks === "object" ? message.costTicks.low || message.costTicks.high : message.costTicks !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.costTicks);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PacketRemapped message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.PacketRemapped
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.PacketRemapped & disco.trace.v1.PacketRemapped.$Shape} PacketRemapped
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PacketRemapped.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.disco.trace.v1.PacketRemapped();
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
                                    message.fromVm = value;
                                else
                                    delete message.fromVm;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.toVm = value;
                                else
                                    delete message.toVm;
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
                                if (value = reader.uint32())
                                    message.pagesRemapped = value;
                                else
                                    delete message.pagesRemapped;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.bytesCopied = value;
                                else
                                    delete message.bytesCopied;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.tag = value;
                                else
                                    delete message.tag;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.costTicks = value;
                                else
                                    delete message.costTicks;
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

                return PacketRemapped;
            })();

            v1.DiskRequestVirtualized = (function() {

                /**
                 * Properties of a DiskRequestVirtualized.
                 * @typedef {Object} disco.trace.v1.DiskRequestVirtualized.$Properties
                 * @property {number|null} [vcpu] DiskRequestVirtualized vcpu
                 * @property {number|null} [disk] DiskRequestVirtualized disk
                 * @property {number|null} [physicalDisk] DiskRequestVirtualized physicalDisk
                 * @property {boolean|null} [write] DiskRequestVirtualized write
                 * @property {boolean|null} [persistent] DiskRequestVirtualized persistent
                 * @property {number|null} [sector] DiskRequestVirtualized sector
                 * @property {number|null} [sectors] DiskRequestVirtualized sectors
                 * @property {number|null} [pagesShared] DiskRequestVirtualized pagesShared
                 * @property {number|null} [pagesFromDisk] DiskRequestVirtualized pagesFromDisk
                 * @property {number|null} [pagesCopied] DiskRequestVirtualized pagesCopied
                 * @property {number|null} [pagesWritten] DiskRequestVirtualized pagesWritten
                 * @property {number|null} [latencyTicks] DiskRequestVirtualized latencyTicks
                 * @property {number|null} [tag] DiskRequestVirtualized tag
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DiskRequestVirtualized.
                 * @memberof disco.trace.v1
                 * @interface IDiskRequestVirtualized
                 * @augments disco.trace.v1.DiskRequestVirtualized.$Properties
                 * @deprecated Use disco.trace.v1.DiskRequestVirtualized.$Properties instead.
                 */

                /**
                 * Shape of a DiskRequestVirtualized.
                 * @typedef {disco.trace.v1.DiskRequestVirtualized.$Properties} disco.trace.v1.DiskRequestVirtualized.$Shape
                 */

                /**
                 * Constructs a new DiskRequestVirtualized.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a DiskRequestVirtualized.
                 * @constructor
                 * @param {disco.trace.v1.DiskRequestVirtualized.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var DiskRequestVirtualized = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * DiskRequestVirtualized vcpu.
                 * @member {number} vcpu
                 * @memberof disco.trace.v1.DiskRequestVirtualized
                 * @instance
                 */
                DiskRequestVirtualized.prototype.vcpu = 0;

                /**
                 * DiskRequestVirtualized disk.
                 * @member {number} disk
                 * @memberof disco.trace.v1.DiskRequestVirtualized
                 * @instance
                 */
                DiskRequestVirtualized.prototype.disk = 0;

                /**
                 * DiskRequestVirtualized physicalDisk.
                 * @member {number} physicalDisk
                 * @memberof disco.trace.v1.DiskRequestVirtualized
                 * @instance
                 */
                DiskRequestVirtualized.prototype.physicalDisk = 0;

                /**
                 * DiskRequestVirtualized write.
                 * @member {boolean} write
                 * @memberof disco.trace.v1.DiskRequestVirtualized
                 * @instance
                 */
                DiskRequestVirtualized.prototype.write = false;

                /**
                 * DiskRequestVirtualized persistent.
                 * @member {boolean} persistent
                 * @memberof disco.trace.v1.DiskRequestVirtualized
                 * @instance
                 */
                DiskRequestVirtualized.prototype.persistent = false;

                /**
                 * DiskRequestVirtualized sector.
                 * @member {number} sector
                 * @memberof disco.trace.v1.DiskRequestVirtualized
                 * @instance
                 */
                DiskRequestVirtualized.prototype.sector = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DiskRequestVirtualized sectors.
                 * @member {number} sectors
                 * @memberof disco.trace.v1.DiskRequestVirtualized
                 * @instance
                 */
                DiskRequestVirtualized.prototype.sectors = 0;

                /**
                 * DiskRequestVirtualized pagesShared.
                 * @member {number} pagesShared
                 * @memberof disco.trace.v1.DiskRequestVirtualized
                 * @instance
                 */
                DiskRequestVirtualized.prototype.pagesShared = 0;

                /**
                 * DiskRequestVirtualized pagesFromDisk.
                 * @member {number} pagesFromDisk
                 * @memberof disco.trace.v1.DiskRequestVirtualized
                 * @instance
                 */
                DiskRequestVirtualized.prototype.pagesFromDisk = 0;

                /**
                 * DiskRequestVirtualized pagesCopied.
                 * @member {number} pagesCopied
                 * @memberof disco.trace.v1.DiskRequestVirtualized
                 * @instance
                 */
                DiskRequestVirtualized.prototype.pagesCopied = 0;

                /**
                 * DiskRequestVirtualized pagesWritten.
                 * @member {number} pagesWritten
                 * @memberof disco.trace.v1.DiskRequestVirtualized
                 * @instance
                 */
                DiskRequestVirtualized.prototype.pagesWritten = 0;

                /**
                 * DiskRequestVirtualized latencyTicks.
                 * @member {number} latencyTicks
                 * @memberof disco.trace.v1.DiskRequestVirtualized
                 * @instance
                 */
                DiskRequestVirtualized.prototype.latencyTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DiskRequestVirtualized tag.
                 * @member {number} tag
                 * @memberof disco.trace.v1.DiskRequestVirtualized
                 * @instance
                 */
                DiskRequestVirtualized.prototype.tag = 0;

                /**
                 * Encodes the specified DiskRequestVirtualized message. Does not implicitly {@link disco.trace.v1.DiskRequestVirtualized.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.DiskRequestVirtualized
                 * @static
                 * @param {disco.trace.v1.DiskRequestVirtualized.$Properties} message DiskRequestVirtualized message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DiskRequestVirtualized.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.vcpu != null && $Object.hasOwnProperty.call(message, "vcpu") && message.vcpu !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.vcpu);
                    if (message.disk != null && $Object.hasOwnProperty.call(message, "disk") && message.disk !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.disk);
                    if (message.physicalDisk != null && $Object.hasOwnProperty.call(message, "physicalDisk") && message.physicalDisk !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.physicalDisk);
                    if (message.write != null && $Object.hasOwnProperty.call(message, "write") && message.write !== false)
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.write);
                    if (message.persistent != null && $Object.hasOwnProperty.call(message, "persistent") && message.persistent !== false)
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.persistent);
                    if (message.sector != null && $Object.hasOwnProperty.call(message, "sector") && (typeof message.sector === "object" ? message.sector.low || message.sector.high : message.sector !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.sector);
                    if (message.sectors != null && $Object.hasOwnProperty.call(message, "sectors") && message.sectors !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.sectors);
                    if (message.pagesShared != null && $Object.hasOwnProperty.call(message, "pagesShared") && message.pagesShared !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.pagesShared);
                    if (message.pagesFromDisk != null && $Object.hasOwnProperty.call(message, "pagesFromDisk") && message.pagesFromDisk !== 0)
                        writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.pagesFromDisk);
                    if (message.pagesCopied != null && $Object.hasOwnProperty.call(message, "pagesCopied") && message.pagesCopied !== 0)
                        writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.pagesCopied);
                    if (message.pagesWritten != null && $Object.hasOwnProperty.call(message, "pagesWritten") && message.pagesWritten !== 0)
                        writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.pagesWritten);
                    if (message.latencyTicks != null && $Object.hasOwnProperty.call(message, "latencyTicks") && (typeof message.latencyTicks === "object" ? message.latencyTicks.low || message.latencyTicks.high : message.latencyTicks !== 0))
                        writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.latencyTicks);
                    if (message.tag != null && $Object.hasOwnProperty.call(message, "tag") && message.tag !== 0)
                        writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.tag);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a DiskRequestVirtualized message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.DiskRequestVirtualized
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.DiskRequestVirtualized & disco.trace.v1.DiskRequestVirtualized.$Shape} DiskRequestVirtualized
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DiskRequestVirtualized.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.disco.trace.v1.DiskRequestVirtualized();
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
                                    message.vcpu = value;
                                else
                                    delete message.vcpu;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.disk = value;
                                else
                                    delete message.disk;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.physicalDisk = value;
                                else
                                    delete message.physicalDisk;
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
                                if (value = reader.bool())
                                    message.persistent = value;
                                else
                                    delete message.persistent;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.sector = value;
                                else
                                    delete message.sector;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.sectors = value;
                                else
                                    delete message.sectors;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pagesShared = value;
                                else
                                    delete message.pagesShared;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pagesFromDisk = value;
                                else
                                    delete message.pagesFromDisk;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pagesCopied = value;
                                else
                                    delete message.pagesCopied;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pagesWritten = value;
                                else
                                    delete message.pagesWritten;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.latencyTicks = value;
                                else
                                    delete message.latencyTicks;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.tag = value;
                                else
                                    delete message.tag;
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

                return DiskRequestVirtualized;
            })();

            v1.FootprintSample = (function() {

                /**
                 * Properties of a FootprintSample.
                 * @typedef {Object} disco.trace.v1.FootprintSample.$Properties
                 * @property {number|null} [kernelTextPages] FootprintSample kernelTextPages
                 * @property {number|null} [kernelDataPages] FootprintSample kernelDataPages
                 * @property {number|null} [bufferCachePages] FootprintSample bufferCachePages
                 * @property {number|null} [userPages] FootprintSample userPages
                 * @property {number|null} [monitorPages] FootprintSample monitorPages
                 * @property {number|null} [replicaPages] FootprintSample replicaPages
                 * @property {number|null} [totalPages] FootprintSample totalPages
                 * @property {number|null} [sharedPages] FootprintSample sharedPages
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a FootprintSample.
                 * @memberof disco.trace.v1
                 * @interface IFootprintSample
                 * @augments disco.trace.v1.FootprintSample.$Properties
                 * @deprecated Use disco.trace.v1.FootprintSample.$Properties instead.
                 */

                /**
                 * Shape of a FootprintSample.
                 * @typedef {disco.trace.v1.FootprintSample.$Properties} disco.trace.v1.FootprintSample.$Shape
                 */

                /**
                 * Constructs a new FootprintSample.
                 * @memberof disco.trace.v1
                 * @classdesc Represents a FootprintSample.
                 * @constructor
                 * @param {disco.trace.v1.FootprintSample.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var FootprintSample = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * FootprintSample kernelTextPages.
                 * @member {number} kernelTextPages
                 * @memberof disco.trace.v1.FootprintSample
                 * @instance
                 */
                FootprintSample.prototype.kernelTextPages = 0;

                /**
                 * FootprintSample kernelDataPages.
                 * @member {number} kernelDataPages
                 * @memberof disco.trace.v1.FootprintSample
                 * @instance
                 */
                FootprintSample.prototype.kernelDataPages = 0;

                /**
                 * FootprintSample bufferCachePages.
                 * @member {number} bufferCachePages
                 * @memberof disco.trace.v1.FootprintSample
                 * @instance
                 */
                FootprintSample.prototype.bufferCachePages = 0;

                /**
                 * FootprintSample userPages.
                 * @member {number} userPages
                 * @memberof disco.trace.v1.FootprintSample
                 * @instance
                 */
                FootprintSample.prototype.userPages = 0;

                /**
                 * FootprintSample monitorPages.
                 * @member {number} monitorPages
                 * @memberof disco.trace.v1.FootprintSample
                 * @instance
                 */
                FootprintSample.prototype.monitorPages = 0;

                /**
                 * FootprintSample replicaPages.
                 * @member {number} replicaPages
                 * @memberof disco.trace.v1.FootprintSample
                 * @instance
                 */
                FootprintSample.prototype.replicaPages = 0;

                /**
                 * FootprintSample totalPages.
                 * @member {number} totalPages
                 * @memberof disco.trace.v1.FootprintSample
                 * @instance
                 */
                FootprintSample.prototype.totalPages = 0;

                /**
                 * FootprintSample sharedPages.
                 * @member {number} sharedPages
                 * @memberof disco.trace.v1.FootprintSample
                 * @instance
                 */
                FootprintSample.prototype.sharedPages = 0;

                /**
                 * Encodes the specified FootprintSample message. Does not implicitly {@link disco.trace.v1.FootprintSample.verify|verify} messages.
                 * @function encode
                 * @memberof disco.trace.v1.FootprintSample
                 * @static
                 * @param {disco.trace.v1.FootprintSample.$Properties} message FootprintSample message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FootprintSample.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.kernelTextPages != null && $Object.hasOwnProperty.call(message, "kernelTextPages") && message.kernelTextPages !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.kernelTextPages);
                    if (message.kernelDataPages != null && $Object.hasOwnProperty.call(message, "kernelDataPages") && message.kernelDataPages !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.kernelDataPages);
                    if (message.bufferCachePages != null && $Object.hasOwnProperty.call(message, "bufferCachePages") && message.bufferCachePages !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.bufferCachePages);
                    if (message.userPages != null && $Object.hasOwnProperty.call(message, "userPages") && message.userPages !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.userPages);
                    if (message.monitorPages != null && $Object.hasOwnProperty.call(message, "monitorPages") && message.monitorPages !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.monitorPages);
                    if (message.replicaPages != null && $Object.hasOwnProperty.call(message, "replicaPages") && message.replicaPages !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.replicaPages);
                    if (message.totalPages != null && $Object.hasOwnProperty.call(message, "totalPages") && message.totalPages !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.totalPages);
                    if (message.sharedPages != null && $Object.hasOwnProperty.call(message, "sharedPages") && message.sharedPages !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.sharedPages);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a FootprintSample message from the specified reader or buffer.
                 * @function decode
                 * @memberof disco.trace.v1.FootprintSample
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {disco.trace.v1.FootprintSample & disco.trace.v1.FootprintSample.$Shape} FootprintSample
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FootprintSample.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.disco.trace.v1.FootprintSample();
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
                                    message.kernelTextPages = value;
                                else
                                    delete message.kernelTextPages;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.kernelDataPages = value;
                                else
                                    delete message.kernelDataPages;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.bufferCachePages = value;
                                else
                                    delete message.bufferCachePages;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.userPages = value;
                                else
                                    delete message.userPages;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.monitorPages = value;
                                else
                                    delete message.monitorPages;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.replicaPages = value;
                                else
                                    delete message.replicaPages;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.totalPages = value;
                                else
                                    delete message.totalPages;
                                continue;
                            }
                        case 8: {
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

                return FootprintSample;
            })();

            return v1;
        })();

        return trace;
    })();

    return disco;
})();

module.exports = $root;
