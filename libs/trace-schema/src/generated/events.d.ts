import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace disco. */
export namespace disco {

    /** Namespace trace. */
    namespace trace {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an Event.
             * @deprecated Use disco.trace.v1.Event.$Properties instead.
             */
            interface IEvent extends disco.trace.v1.Event.$Properties {
            }

            /** Represents an Event. */
            class Event {

                /**
                 * Constructs a new Event.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.Event.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Event seq. */
                seq: number;

                /** Event tick. */
                tick: number;

                /** Event cpu. */
                cpu: number;

                /** Event node. */
                node: number;

                /** Event vm. */
                vm: number;

                /** Event runStarted. */
                runStarted?: (disco.trace.v1.RunStarted.$Properties|null);

                /** Event runFinished. */
                runFinished?: (disco.trace.v1.RunFinished.$Properties|null);

                /** Event syntheticWorkDone. */
                syntheticWorkDone?: (disco.trace.v1.SyntheticWorkDone.$Properties|null);

                /** Event syntheticMessageSent. */
                syntheticMessageSent?: (disco.trace.v1.SyntheticMessageSent.$Properties|null);

                /** Event counterSample. */
                counterSample?: (disco.trace.v1.CounterSample.$Properties|null);

                /** Event tlbMissed. */
                tlbMissed?: (disco.trace.v1.TlbMissed.$Properties|null);

                /** Event cacheMissed. */
                cacheMissed?: (disco.trace.v1.CacheMissed.$Properties|null);

                /** Event hotPageFlagged. */
                hotPageFlagged?: (disco.trace.v1.HotPageFlagged.$Properties|null);

                /** Event ipiSent. */
                ipiSent?: (disco.trace.v1.IpiSent.$Properties|null);

                /** Event diskRequestCompleted. */
                diskRequestCompleted?: (disco.trace.v1.DiskRequestCompleted.$Properties|null);

                /** Event nicPacketTransferred. */
                nicPacketTransferred?: (disco.trace.v1.NicPacketTransferred.$Properties|null);

                /** Event missCountersReset. */
                missCountersReset?: (disco.trace.v1.MissCountersReset.$Properties|null);

                /** Event executionSample. */
                executionSample?: (disco.trace.v1.ExecutionSample.$Properties|null);

                /** Event vmCreated. */
                vmCreated?: (disco.trace.v1.VmCreated.$Properties|null);

                /** Event vcpuScheduled. */
                vcpuScheduled?: (disco.trace.v1.VcpuScheduled.$Properties|null);

                /** Event privilegedInstructionEmulated. */
                privilegedInstructionEmulated?: (disco.trace.v1.PrivilegedInstructionEmulated.$Properties|null);

                /** Event tlbWriteEmulated. */
                tlbWriteEmulated?: (disco.trace.v1.TlbWriteEmulated.$Properties|null);

                /** Event l2TlbMissed. */
                l2TlbMissed?: (disco.trace.v1.L2TlbMissed.$Properties|null);

                /** Event monitorCallHandled. */
                monitorCallHandled?: (disco.trace.v1.MonitorCallHandled.$Properties|null);

                /** Event vcpuCounterSample. */
                vcpuCounterSample?: (disco.trace.v1.VcpuCounterSample.$Properties|null);

                /** Event pageMigrated. */
                pageMigrated?: (disco.trace.v1.PageMigrated.$Properties|null);

                /** Event pageReplicated. */
                pageReplicated?: (disco.trace.v1.PageReplicated.$Properties|null);

                /** Event replicaCollapsed. */
                replicaCollapsed?: (disco.trace.v1.ReplicaCollapsed.$Properties|null);

                /** Event migrationDeclined. */
                migrationDeclined?: (disco.trace.v1.MigrationDeclined.$Properties|null);

                /** Event shootdownSent. */
                shootdownSent?: (disco.trace.v1.ShootdownSent.$Properties|null);

                /** Event cowBlockShared. */
                cowBlockShared?: (disco.trace.v1.CowBlockShared.$Properties|null);

                /** Event cowBroken. */
                cowBroken?: (disco.trace.v1.CowBroken.$Properties|null);

                /** Event packetRemapped. */
                packetRemapped?: (disco.trace.v1.PacketRemapped.$Properties|null);

                /** Event diskRequestVirtualized. */
                diskRequestVirtualized?: (disco.trace.v1.DiskRequestVirtualized.$Properties|null);

                /** Event footprintSample. */
                footprintSample?: (disco.trace.v1.FootprintSample.$Properties|null);

                /** Event hintingScanCompleted. */
                hintingScanCompleted?: (disco.trace.v1.HintingScanCompleted.$Properties|null);

                /** Event hintingFaultTaken. */
                hintingFaultTaken?: (disco.trace.v1.HintingFaultTaken.$Properties|null);

                /** Event placementSampled. */
                placementSampled?: (disco.trace.v1.PlacementSampled.$Properties|null);

                /** Event pageInterleaved. */
                pageInterleaved?: (disco.trace.v1.PageInterleaved.$Properties|null);

                /** Event kernelServiceCompleted. */
                kernelServiceCompleted?: (disco.trace.v1.KernelServiceCompleted.$Properties|null);

                /** Event kernelServiceSampled. */
                kernelServiceSampled?: (disco.trace.v1.KernelServiceSampled.$Properties|null);

                /** Event processForked. */
                processForked?: (disco.trace.v1.ProcessForked.$Properties|null);

                /** Event processExeced. */
                processExeced?: (disco.trace.v1.ProcessExeced.$Properties|null);

                /** Event processExited. */
                processExited?: (disco.trace.v1.ProcessExited.$Properties|null);

                /** Event lockContentionSampled. */
                lockContentionSampled?: (disco.trace.v1.LockContentionSampled.$Properties|null);

                /** Event lockSpun. */
                lockSpun?: (disco.trace.v1.LockSpun.$Properties|null);

                /** Event bufferCacheSampled. */
                bufferCacheSampled?: (disco.trace.v1.BufferCacheSampled.$Properties|null);

                /** Event threadScheduled. */
                threadScheduled?: (disco.trace.v1.ThreadScheduled.$Properties|null);

                /** Event workloadPhaseChanged. */
                workloadPhaseChanged?: (disco.trace.v1.WorkloadPhaseChanged.$Properties|null);

                /** Event guestMemorySampled. */
                guestMemorySampled?: (disco.trace.v1.GuestMemorySampled.$Properties|null);

                /** Event payload. */
                payload?: ("runStarted"|"runFinished"|"syntheticWorkDone"|"syntheticMessageSent"|"counterSample"|"tlbMissed"|"cacheMissed"|"hotPageFlagged"|"ipiSent"|"diskRequestCompleted"|"nicPacketTransferred"|"missCountersReset"|"executionSample"|"vmCreated"|"vcpuScheduled"|"privilegedInstructionEmulated"|"tlbWriteEmulated"|"l2TlbMissed"|"monitorCallHandled"|"vcpuCounterSample"|"pageMigrated"|"pageReplicated"|"replicaCollapsed"|"migrationDeclined"|"shootdownSent"|"cowBlockShared"|"cowBroken"|"packetRemapped"|"diskRequestVirtualized"|"footprintSample"|"hintingScanCompleted"|"hintingFaultTaken"|"placementSampled"|"pageInterleaved"|"kernelServiceCompleted"|"kernelServiceSampled"|"processForked"|"processExeced"|"processExited"|"lockContentionSampled"|"lockSpun"|"bufferCacheSampled"|"threadScheduled"|"workloadPhaseChanged"|"guestMemorySampled");

                /**
                 * Encodes the specified Event message. Does not implicitly {@link disco.trace.v1.Event.verify|verify} messages.
                 * @param message Event message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Event message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.Event & disco.trace.v1.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.Event & disco.trace.v1.Event.$Shape;
            }

            namespace Event {

                /** Properties of an Event. */
                interface $Properties {

                    /** Event seq */
                    seq?: (number|null);

                    /** Event tick */
                    tick?: (number|null);

                    /** Event cpu */
                    cpu?: (number|null);

                    /** Event node */
                    node?: (number|null);

                    /** Event vm */
                    vm?: (number|null);

                    /** Event runStarted */
                    runStarted?: (disco.trace.v1.RunStarted.$Properties|null);

                    /** Event runFinished */
                    runFinished?: (disco.trace.v1.RunFinished.$Properties|null);

                    /** Event syntheticWorkDone */
                    syntheticWorkDone?: (disco.trace.v1.SyntheticWorkDone.$Properties|null);

                    /** Event syntheticMessageSent */
                    syntheticMessageSent?: (disco.trace.v1.SyntheticMessageSent.$Properties|null);

                    /** Event counterSample */
                    counterSample?: (disco.trace.v1.CounterSample.$Properties|null);

                    /** Event tlbMissed */
                    tlbMissed?: (disco.trace.v1.TlbMissed.$Properties|null);

                    /** Event cacheMissed */
                    cacheMissed?: (disco.trace.v1.CacheMissed.$Properties|null);

                    /** Event hotPageFlagged */
                    hotPageFlagged?: (disco.trace.v1.HotPageFlagged.$Properties|null);

                    /** Event ipiSent */
                    ipiSent?: (disco.trace.v1.IpiSent.$Properties|null);

                    /** Event diskRequestCompleted */
                    diskRequestCompleted?: (disco.trace.v1.DiskRequestCompleted.$Properties|null);

                    /** Event nicPacketTransferred */
                    nicPacketTransferred?: (disco.trace.v1.NicPacketTransferred.$Properties|null);

                    /** Event missCountersReset */
                    missCountersReset?: (disco.trace.v1.MissCountersReset.$Properties|null);

                    /** Event executionSample */
                    executionSample?: (disco.trace.v1.ExecutionSample.$Properties|null);

                    /** Event vmCreated */
                    vmCreated?: (disco.trace.v1.VmCreated.$Properties|null);

                    /** Event vcpuScheduled */
                    vcpuScheduled?: (disco.trace.v1.VcpuScheduled.$Properties|null);

                    /** Event privilegedInstructionEmulated */
                    privilegedInstructionEmulated?: (disco.trace.v1.PrivilegedInstructionEmulated.$Properties|null);

                    /** Event tlbWriteEmulated */
                    tlbWriteEmulated?: (disco.trace.v1.TlbWriteEmulated.$Properties|null);

                    /** Event l2TlbMissed */
                    l2TlbMissed?: (disco.trace.v1.L2TlbMissed.$Properties|null);

                    /** Event monitorCallHandled */
                    monitorCallHandled?: (disco.trace.v1.MonitorCallHandled.$Properties|null);

                    /** Event vcpuCounterSample */
                    vcpuCounterSample?: (disco.trace.v1.VcpuCounterSample.$Properties|null);

                    /** Event pageMigrated */
                    pageMigrated?: (disco.trace.v1.PageMigrated.$Properties|null);

                    /** Event pageReplicated */
                    pageReplicated?: (disco.trace.v1.PageReplicated.$Properties|null);

                    /** Event replicaCollapsed */
                    replicaCollapsed?: (disco.trace.v1.ReplicaCollapsed.$Properties|null);

                    /** Event migrationDeclined */
                    migrationDeclined?: (disco.trace.v1.MigrationDeclined.$Properties|null);

                    /** Event shootdownSent */
                    shootdownSent?: (disco.trace.v1.ShootdownSent.$Properties|null);

                    /** Event cowBlockShared */
                    cowBlockShared?: (disco.trace.v1.CowBlockShared.$Properties|null);

                    /** Event cowBroken */
                    cowBroken?: (disco.trace.v1.CowBroken.$Properties|null);

                    /** Event packetRemapped */
                    packetRemapped?: (disco.trace.v1.PacketRemapped.$Properties|null);

                    /** Event diskRequestVirtualized */
                    diskRequestVirtualized?: (disco.trace.v1.DiskRequestVirtualized.$Properties|null);

                    /** Event footprintSample */
                    footprintSample?: (disco.trace.v1.FootprintSample.$Properties|null);

                    /** Event hintingScanCompleted */
                    hintingScanCompleted?: (disco.trace.v1.HintingScanCompleted.$Properties|null);

                    /** Event hintingFaultTaken */
                    hintingFaultTaken?: (disco.trace.v1.HintingFaultTaken.$Properties|null);

                    /** Event placementSampled */
                    placementSampled?: (disco.trace.v1.PlacementSampled.$Properties|null);

                    /** Event pageInterleaved */
                    pageInterleaved?: (disco.trace.v1.PageInterleaved.$Properties|null);

                    /** Event kernelServiceCompleted */
                    kernelServiceCompleted?: (disco.trace.v1.KernelServiceCompleted.$Properties|null);

                    /** Event kernelServiceSampled */
                    kernelServiceSampled?: (disco.trace.v1.KernelServiceSampled.$Properties|null);

                    /** Event processForked */
                    processForked?: (disco.trace.v1.ProcessForked.$Properties|null);

                    /** Event processExeced */
                    processExeced?: (disco.trace.v1.ProcessExeced.$Properties|null);

                    /** Event processExited */
                    processExited?: (disco.trace.v1.ProcessExited.$Properties|null);

                    /** Event lockContentionSampled */
                    lockContentionSampled?: (disco.trace.v1.LockContentionSampled.$Properties|null);

                    /** Event lockSpun */
                    lockSpun?: (disco.trace.v1.LockSpun.$Properties|null);

                    /** Event bufferCacheSampled */
                    bufferCacheSampled?: (disco.trace.v1.BufferCacheSampled.$Properties|null);

                    /** Event threadScheduled */
                    threadScheduled?: (disco.trace.v1.ThreadScheduled.$Properties|null);

                    /** Event workloadPhaseChanged */
                    workloadPhaseChanged?: (disco.trace.v1.WorkloadPhaseChanged.$Properties|null);

                    /** Event guestMemorySampled */
                    guestMemorySampled?: (disco.trace.v1.GuestMemorySampled.$Properties|null);

                    /** Event payload */
                    payload?: ("runStarted"|"runFinished"|"syntheticWorkDone"|"syntheticMessageSent"|"counterSample"|"tlbMissed"|"cacheMissed"|"hotPageFlagged"|"ipiSent"|"diskRequestCompleted"|"nicPacketTransferred"|"missCountersReset"|"executionSample"|"vmCreated"|"vcpuScheduled"|"privilegedInstructionEmulated"|"tlbWriteEmulated"|"l2TlbMissed"|"monitorCallHandled"|"vcpuCounterSample"|"pageMigrated"|"pageReplicated"|"replicaCollapsed"|"migrationDeclined"|"shootdownSent"|"cowBlockShared"|"cowBroken"|"packetRemapped"|"diskRequestVirtualized"|"footprintSample"|"hintingScanCompleted"|"hintingFaultTaken"|"placementSampled"|"pageInterleaved"|"kernelServiceCompleted"|"kernelServiceSampled"|"processForked"|"processExeced"|"processExited"|"lockContentionSampled"|"lockSpun"|"bufferCacheSampled"|"threadScheduled"|"workloadPhaseChanged"|"guestMemorySampled");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of an Event. */
                type $Shape = {
                  seq?: number|null;
                  tick?: number|null;
                  cpu?: number|null;
                  node?: number|null;
                  vm?: number|null;
                  runStarted?: disco.trace.v1.RunStarted.$Shape|null;
                  runFinished?: disco.trace.v1.RunFinished.$Shape|null;
                  syntheticWorkDone?: disco.trace.v1.SyntheticWorkDone.$Shape|null;
                  syntheticMessageSent?: disco.trace.v1.SyntheticMessageSent.$Shape|null;
                  counterSample?: disco.trace.v1.CounterSample.$Shape|null;
                  tlbMissed?: disco.trace.v1.TlbMissed.$Shape|null;
                  cacheMissed?: disco.trace.v1.CacheMissed.$Shape|null;
                  hotPageFlagged?: disco.trace.v1.HotPageFlagged.$Shape|null;
                  ipiSent?: disco.trace.v1.IpiSent.$Shape|null;
                  diskRequestCompleted?: disco.trace.v1.DiskRequestCompleted.$Shape|null;
                  nicPacketTransferred?: disco.trace.v1.NicPacketTransferred.$Shape|null;
                  missCountersReset?: disco.trace.v1.MissCountersReset.$Shape|null;
                  executionSample?: disco.trace.v1.ExecutionSample.$Shape|null;
                  vmCreated?: disco.trace.v1.VmCreated.$Shape|null;
                  vcpuScheduled?: disco.trace.v1.VcpuScheduled.$Shape|null;
                  privilegedInstructionEmulated?: disco.trace.v1.PrivilegedInstructionEmulated.$Shape|null;
                  tlbWriteEmulated?: disco.trace.v1.TlbWriteEmulated.$Shape|null;
                  l2TlbMissed?: disco.trace.v1.L2TlbMissed.$Shape|null;
                  monitorCallHandled?: disco.trace.v1.MonitorCallHandled.$Shape|null;
                  vcpuCounterSample?: disco.trace.v1.VcpuCounterSample.$Shape|null;
                  pageMigrated?: disco.trace.v1.PageMigrated.$Shape|null;
                  pageReplicated?: disco.trace.v1.PageReplicated.$Shape|null;
                  replicaCollapsed?: disco.trace.v1.ReplicaCollapsed.$Shape|null;
                  migrationDeclined?: disco.trace.v1.MigrationDeclined.$Shape|null;
                  shootdownSent?: disco.trace.v1.ShootdownSent.$Shape|null;
                  cowBlockShared?: disco.trace.v1.CowBlockShared.$Shape|null;
                  cowBroken?: disco.trace.v1.CowBroken.$Shape|null;
                  packetRemapped?: disco.trace.v1.PacketRemapped.$Shape|null;
                  diskRequestVirtualized?: disco.trace.v1.DiskRequestVirtualized.$Shape|null;
                  footprintSample?: disco.trace.v1.FootprintSample.$Shape|null;
                  hintingScanCompleted?: disco.trace.v1.HintingScanCompleted.$Shape|null;
                  hintingFaultTaken?: disco.trace.v1.HintingFaultTaken.$Shape|null;
                  placementSampled?: disco.trace.v1.PlacementSampled.$Shape|null;
                  pageInterleaved?: disco.trace.v1.PageInterleaved.$Shape|null;
                  kernelServiceCompleted?: disco.trace.v1.KernelServiceCompleted.$Shape|null;
                  kernelServiceSampled?: disco.trace.v1.KernelServiceSampled.$Shape|null;
                  processForked?: disco.trace.v1.ProcessForked.$Shape|null;
                  processExeced?: disco.trace.v1.ProcessExeced.$Shape|null;
                  processExited?: disco.trace.v1.ProcessExited.$Shape|null;
                  lockContentionSampled?: disco.trace.v1.LockContentionSampled.$Shape|null;
                  lockSpun?: disco.trace.v1.LockSpun.$Shape|null;
                  bufferCacheSampled?: disco.trace.v1.BufferCacheSampled.$Shape|null;
                  threadScheduled?: disco.trace.v1.ThreadScheduled.$Shape|null;
                  workloadPhaseChanged?: disco.trace.v1.WorkloadPhaseChanged.$Shape|null;
                  guestMemorySampled?: disco.trace.v1.GuestMemorySampled.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ payload?: undefined; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "runStarted"; runStarted: disco.trace.v1.RunStarted.$Shape; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "runFinished"; runStarted?: null; runFinished: disco.trace.v1.RunFinished.$Shape; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "syntheticWorkDone"; runStarted?: null; runFinished?: null; syntheticWorkDone: disco.trace.v1.SyntheticWorkDone.$Shape; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "syntheticMessageSent"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent: disco.trace.v1.SyntheticMessageSent.$Shape; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "counterSample"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample: disco.trace.v1.CounterSample.$Shape; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "tlbMissed"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed: disco.trace.v1.TlbMissed.$Shape; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "cacheMissed"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed: disco.trace.v1.CacheMissed.$Shape; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "hotPageFlagged"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged: disco.trace.v1.HotPageFlagged.$Shape; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "ipiSent"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent: disco.trace.v1.IpiSent.$Shape; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "diskRequestCompleted"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted: disco.trace.v1.DiskRequestCompleted.$Shape; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "nicPacketTransferred"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred: disco.trace.v1.NicPacketTransferred.$Shape; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "missCountersReset"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset: disco.trace.v1.MissCountersReset.$Shape; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "executionSample"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample: disco.trace.v1.ExecutionSample.$Shape; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "vmCreated"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated: disco.trace.v1.VmCreated.$Shape; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "vcpuScheduled"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled: disco.trace.v1.VcpuScheduled.$Shape; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "privilegedInstructionEmulated"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated: disco.trace.v1.PrivilegedInstructionEmulated.$Shape; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "tlbWriteEmulated"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated: disco.trace.v1.TlbWriteEmulated.$Shape; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "l2TlbMissed"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed: disco.trace.v1.L2TlbMissed.$Shape; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "monitorCallHandled"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled: disco.trace.v1.MonitorCallHandled.$Shape; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "vcpuCounterSample"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample: disco.trace.v1.VcpuCounterSample.$Shape; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "pageMigrated"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated: disco.trace.v1.PageMigrated.$Shape; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "pageReplicated"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated: disco.trace.v1.PageReplicated.$Shape; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "replicaCollapsed"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed: disco.trace.v1.ReplicaCollapsed.$Shape; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "migrationDeclined"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined: disco.trace.v1.MigrationDeclined.$Shape; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "shootdownSent"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent: disco.trace.v1.ShootdownSent.$Shape; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "cowBlockShared"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared: disco.trace.v1.CowBlockShared.$Shape; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "cowBroken"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken: disco.trace.v1.CowBroken.$Shape; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "packetRemapped"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped: disco.trace.v1.PacketRemapped.$Shape; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "diskRequestVirtualized"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized: disco.trace.v1.DiskRequestVirtualized.$Shape; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "footprintSample"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample: disco.trace.v1.FootprintSample.$Shape; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "hintingScanCompleted"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted: disco.trace.v1.HintingScanCompleted.$Shape; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "hintingFaultTaken"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken: disco.trace.v1.HintingFaultTaken.$Shape; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "placementSampled"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled: disco.trace.v1.PlacementSampled.$Shape; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "pageInterleaved"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved: disco.trace.v1.PageInterleaved.$Shape; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "kernelServiceCompleted"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted: disco.trace.v1.KernelServiceCompleted.$Shape; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "kernelServiceSampled"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled: disco.trace.v1.KernelServiceSampled.$Shape; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "processForked"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked: disco.trace.v1.ProcessForked.$Shape; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "processExeced"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced: disco.trace.v1.ProcessExeced.$Shape; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "processExited"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited: disco.trace.v1.ProcessExited.$Shape; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "lockContentionSampled"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled: disco.trace.v1.LockContentionSampled.$Shape; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "lockSpun"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun: disco.trace.v1.LockSpun.$Shape; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "bufferCacheSampled"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled: disco.trace.v1.BufferCacheSampled.$Shape; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "threadScheduled"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled: disco.trace.v1.ThreadScheduled.$Shape; workloadPhaseChanged?: null; guestMemorySampled?: null }|{ payload?: "workloadPhaseChanged"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged: disco.trace.v1.WorkloadPhaseChanged.$Shape; guestMemorySampled?: null }|{ payload?: "guestMemorySampled"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null; counterSample?: null; tlbMissed?: null; cacheMissed?: null; hotPageFlagged?: null; ipiSent?: null; diskRequestCompleted?: null; nicPacketTransferred?: null; missCountersReset?: null; executionSample?: null; vmCreated?: null; vcpuScheduled?: null; privilegedInstructionEmulated?: null; tlbWriteEmulated?: null; l2TlbMissed?: null; monitorCallHandled?: null; vcpuCounterSample?: null; pageMigrated?: null; pageReplicated?: null; replicaCollapsed?: null; migrationDeclined?: null; shootdownSent?: null; cowBlockShared?: null; cowBroken?: null; packetRemapped?: null; diskRequestVirtualized?: null; footprintSample?: null; hintingScanCompleted?: null; hintingFaultTaken?: null; placementSampled?: null; pageInterleaved?: null; kernelServiceCompleted?: null; kernelServiceSampled?: null; processForked?: null; processExeced?: null; processExited?: null; lockContentionSampled?: null; lockSpun?: null; bufferCacheSampled?: null; threadScheduled?: null; workloadPhaseChanged?: null; guestMemorySampled: disco.trace.v1.GuestMemorySampled.$Shape })
                );
            }

            /**
             * Properties of a Batch.
             * @deprecated Use disco.trace.v1.Batch.$Properties instead.
             */
            interface IBatch extends disco.trace.v1.Batch.$Properties {
            }

            /** Represents a Batch. */
            class Batch {

                /**
                 * Constructs a new Batch.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.Batch.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Batch index. */
                index: number;

                /** Batch firstSeq. */
                firstSeq: number;

                /** Batch events. */
                events: disco.trace.v1.Event.$Properties[];

                /**
                 * Encodes the specified Batch message. Does not implicitly {@link disco.trace.v1.Batch.verify|verify} messages.
                 * @param message Batch message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.Batch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Batch message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.Batch & disco.trace.v1.Batch.$Shape} Batch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.Batch & disco.trace.v1.Batch.$Shape;
            }

            namespace Batch {

                /** Properties of a Batch. */
                interface $Properties {

                    /** Batch index */
                    index?: (number|null);

                    /** Batch firstSeq */
                    firstSeq?: (number|null);

                    /** Batch events */
                    events?: (disco.trace.v1.Event.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Batch. */
                type $Shape = {
                  index?: number|null;
                  firstSeq?: number|null;
                  events?: disco.trace.v1.Event.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of a RunStarted.
             * @deprecated Use disco.trace.v1.RunStarted.$Properties instead.
             */
            interface IRunStarted extends disco.trace.v1.RunStarted.$Properties {
            }

            /** Represents a RunStarted. */
            class RunStarted {

                /**
                 * Constructs a new RunStarted.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.RunStarted.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RunStarted scenarioName. */
                scenarioName: string;

                /** RunStarted seed. */
                seed: number;

                /** RunStarted cpus. */
                cpus: number;

                /** RunStarted nodes. */
                nodes: number;

                /** RunStarted vms. */
                vms: number;

                /** RunStarted level. */
                level: string;

                /**
                 * Encodes the specified RunStarted message. Does not implicitly {@link disco.trace.v1.RunStarted.verify|verify} messages.
                 * @param message RunStarted message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.RunStarted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RunStarted message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.RunStarted & disco.trace.v1.RunStarted.$Shape} RunStarted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.RunStarted & disco.trace.v1.RunStarted.$Shape;
            }

            namespace RunStarted {

                /** Properties of a RunStarted. */
                interface $Properties {

                    /** RunStarted scenarioName */
                    scenarioName?: (string|null);

                    /** RunStarted seed */
                    seed?: (number|null);

                    /** RunStarted cpus */
                    cpus?: (number|null);

                    /** RunStarted nodes */
                    nodes?: (number|null);

                    /** RunStarted vms */
                    vms?: (number|null);

                    /** RunStarted level */
                    level?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RunStarted. */
                type $Shape = disco.trace.v1.RunStarted.$Properties;
            }

            /**
             * Properties of a RunFinished.
             * @deprecated Use disco.trace.v1.RunFinished.$Properties instead.
             */
            interface IRunFinished extends disco.trace.v1.RunFinished.$Properties {
            }

            /** Represents a RunFinished. */
            class RunFinished {

                /**
                 * Constructs a new RunFinished.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.RunFinished.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RunFinished reason. */
                reason: string;

                /** RunFinished simTicks. */
                simTicks: number;

                /**
                 * Encodes the specified RunFinished message. Does not implicitly {@link disco.trace.v1.RunFinished.verify|verify} messages.
                 * @param message RunFinished message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.RunFinished.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RunFinished message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.RunFinished & disco.trace.v1.RunFinished.$Shape} RunFinished
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.RunFinished & disco.trace.v1.RunFinished.$Shape;
            }

            namespace RunFinished {

                /** Properties of a RunFinished. */
                interface $Properties {

                    /** RunFinished reason */
                    reason?: (string|null);

                    /** RunFinished simTicks */
                    simTicks?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RunFinished. */
                type $Shape = disco.trace.v1.RunFinished.$Properties;
            }

            /**
             * Properties of a SyntheticWorkDone.
             * @deprecated Use disco.trace.v1.SyntheticWorkDone.$Properties instead.
             */
            interface ISyntheticWorkDone extends disco.trace.v1.SyntheticWorkDone.$Properties {
            }

            /** Represents a SyntheticWorkDone. */
            class SyntheticWorkDone {

                /**
                 * Constructs a new SyntheticWorkDone.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.SyntheticWorkDone.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SyntheticWorkDone worker. */
                worker: number;

                /** SyntheticWorkDone workUnits. */
                workUnits: number;

                /** SyntheticWorkDone busyTicks. */
                busyTicks: number;

                /** SyntheticWorkDone value. */
                value: number;

                /**
                 * Encodes the specified SyntheticWorkDone message. Does not implicitly {@link disco.trace.v1.SyntheticWorkDone.verify|verify} messages.
                 * @param message SyntheticWorkDone message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.SyntheticWorkDone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SyntheticWorkDone message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.SyntheticWorkDone & disco.trace.v1.SyntheticWorkDone.$Shape} SyntheticWorkDone
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.SyntheticWorkDone & disco.trace.v1.SyntheticWorkDone.$Shape;
            }

            namespace SyntheticWorkDone {

                /** Properties of a SyntheticWorkDone. */
                interface $Properties {

                    /** SyntheticWorkDone worker */
                    worker?: (number|null);

                    /** SyntheticWorkDone workUnits */
                    workUnits?: (number|null);

                    /** SyntheticWorkDone busyTicks */
                    busyTicks?: (number|null);

                    /** SyntheticWorkDone value */
                    value?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SyntheticWorkDone. */
                type $Shape = disco.trace.v1.SyntheticWorkDone.$Properties;
            }

            /**
             * Properties of a SyntheticMessageSent.
             * @deprecated Use disco.trace.v1.SyntheticMessageSent.$Properties instead.
             */
            interface ISyntheticMessageSent extends disco.trace.v1.SyntheticMessageSent.$Properties {
            }

            /** Represents a SyntheticMessageSent. */
            class SyntheticMessageSent {

                /**
                 * Constructs a new SyntheticMessageSent.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.SyntheticMessageSent.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SyntheticMessageSent fromWorker. */
                fromWorker: number;

                /** SyntheticMessageSent toWorker. */
                toWorker: number;

                /** SyntheticMessageSent bytes. */
                bytes: number;

                /** SyntheticMessageSent latencyTicks. */
                latencyTicks: number;

                /**
                 * Encodes the specified SyntheticMessageSent message. Does not implicitly {@link disco.trace.v1.SyntheticMessageSent.verify|verify} messages.
                 * @param message SyntheticMessageSent message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.SyntheticMessageSent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SyntheticMessageSent message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.SyntheticMessageSent & disco.trace.v1.SyntheticMessageSent.$Shape} SyntheticMessageSent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.SyntheticMessageSent & disco.trace.v1.SyntheticMessageSent.$Shape;
            }

            namespace SyntheticMessageSent {

                /** Properties of a SyntheticMessageSent. */
                interface $Properties {

                    /** SyntheticMessageSent fromWorker */
                    fromWorker?: (number|null);

                    /** SyntheticMessageSent toWorker */
                    toWorker?: (number|null);

                    /** SyntheticMessageSent bytes */
                    bytes?: (number|null);

                    /** SyntheticMessageSent latencyTicks */
                    latencyTicks?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SyntheticMessageSent. */
                type $Shape = disco.trace.v1.SyntheticMessageSent.$Properties;
            }

            /** CacheMissKind enum. */
            enum CacheMissKind {

                /** CACHE_MISS_KIND_UNSPECIFIED value */
                CACHE_MISS_KIND_UNSPECIFIED = 0,

                /** CACHE_MISS_READ value */
                CACHE_MISS_READ = 1,

                /** CACHE_MISS_WRITE value */
                CACHE_MISS_WRITE = 2,

                /** CACHE_MISS_UPGRADE value */
                CACHE_MISS_UPGRADE = 3,

                /** CACHE_MISS_IFETCH value */
                CACHE_MISS_IFETCH = 4
            }

            /** TlbMissKind enum. */
            enum TlbMissKind {

                /** TLB_MISS_KIND_UNSPECIFIED value */
                TLB_MISS_KIND_UNSPECIFIED = 0,

                /** TLB_MISS_REFILL value */
                TLB_MISS_REFILL = 1,

                /** TLB_MISS_INVALID value */
                TLB_MISS_INVALID = 2,

                /** TLB_MISS_MODIFIED value */
                TLB_MISS_MODIFIED = 3
            }

            /**
             * Properties of a CounterSample.
             * @deprecated Use disco.trace.v1.CounterSample.$Properties instead.
             */
            interface ICounterSample extends disco.trace.v1.CounterSample.$Properties {
            }

            /** Represents a CounterSample. */
            class CounterSample {

                /**
                 * Constructs a new CounterSample.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.CounterSample.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CounterSample intervalTicks. */
                intervalTicks: number;

                /** CounterSample instructions. */
                instructions: number;

                /** CounterSample cycles. */
                cycles: number;

                /** CounterSample stallLocalTicks. */
                stallLocalTicks: number;

                /** CounterSample stallRemoteTicks. */
                stallRemoteTicks: number;

                /** CounterSample stallL2HitTicks. */
                stallL2HitTicks: number;

                /** CounterSample exceptionTicks. */
                exceptionTicks: number;

                /** CounterSample idleTicks. */
                idleTicks: number;

                /** CounterSample tlbMisses. */
                tlbMisses: number;

                /** CounterSample l1iMisses. */
                l1iMisses: number;

                /** CounterSample l1dMisses. */
                l1dMisses: number;

                /** CounterSample missesLocal. */
                missesLocal: number;

                /** CounterSample missesRemote. */
                missesRemote: number;

                /** CounterSample threeHopMisses. */
                threeHopMisses: number;

                /** CounterSample upgrades. */
                upgrades: number;

                /** CounterSample invalidationsReceived. */
                invalidationsReceived: number;

                /**
                 * Encodes the specified CounterSample message. Does not implicitly {@link disco.trace.v1.CounterSample.verify|verify} messages.
                 * @param message CounterSample message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.CounterSample.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CounterSample message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.CounterSample & disco.trace.v1.CounterSample.$Shape} CounterSample
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.CounterSample & disco.trace.v1.CounterSample.$Shape;
            }

            namespace CounterSample {

                /** Properties of a CounterSample. */
                interface $Properties {

                    /** CounterSample intervalTicks */
                    intervalTicks?: (number|null);

                    /** CounterSample instructions */
                    instructions?: (number|null);

                    /** CounterSample cycles */
                    cycles?: (number|null);

                    /** CounterSample stallLocalTicks */
                    stallLocalTicks?: (number|null);

                    /** CounterSample stallRemoteTicks */
                    stallRemoteTicks?: (number|null);

                    /** CounterSample stallL2HitTicks */
                    stallL2HitTicks?: (number|null);

                    /** CounterSample exceptionTicks */
                    exceptionTicks?: (number|null);

                    /** CounterSample idleTicks */
                    idleTicks?: (number|null);

                    /** CounterSample tlbMisses */
                    tlbMisses?: (number|null);

                    /** CounterSample l1iMisses */
                    l1iMisses?: (number|null);

                    /** CounterSample l1dMisses */
                    l1dMisses?: (number|null);

                    /** CounterSample missesLocal */
                    missesLocal?: (number|null);

                    /** CounterSample missesRemote */
                    missesRemote?: (number|null);

                    /** CounterSample threeHopMisses */
                    threeHopMisses?: (number|null);

                    /** CounterSample upgrades */
                    upgrades?: (number|null);

                    /** CounterSample invalidationsReceived */
                    invalidationsReceived?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CounterSample. */
                type $Shape = disco.trace.v1.CounterSample.$Properties;
            }

            /**
             * Properties of a TlbMissed.
             * @deprecated Use disco.trace.v1.TlbMissed.$Properties instead.
             */
            interface ITlbMissed extends disco.trace.v1.TlbMissed.$Properties {
            }

            /** Represents a TlbMissed. */
            class TlbMissed {

                /**
                 * Constructs a new TlbMissed.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.TlbMissed.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TlbMissed virtualAddress. */
                virtualAddress: number;

                /** TlbMissed asid. */
                asid: number;

                /** TlbMissed kind. */
                kind: disco.trace.v1.TlbMissKind;

                /** TlbMissed write. */
                write: boolean;

                /** TlbMissed handlerTicks. */
                handlerTicks: number;

                /** TlbMissed localTicks. */
                localTicks: number;

                /**
                 * Encodes the specified TlbMissed message. Does not implicitly {@link disco.trace.v1.TlbMissed.verify|verify} messages.
                 * @param message TlbMissed message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.TlbMissed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TlbMissed message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.TlbMissed & disco.trace.v1.TlbMissed.$Shape} TlbMissed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.TlbMissed & disco.trace.v1.TlbMissed.$Shape;
            }

            namespace TlbMissed {

                /** Properties of a TlbMissed. */
                interface $Properties {

                    /** TlbMissed virtualAddress */
                    virtualAddress?: (number|null);

                    /** TlbMissed asid */
                    asid?: (number|null);

                    /** TlbMissed kind */
                    kind?: (disco.trace.v1.TlbMissKind|null);

                    /** TlbMissed write */
                    write?: (boolean|null);

                    /** TlbMissed handlerTicks */
                    handlerTicks?: (number|null);

                    /** TlbMissed localTicks */
                    localTicks?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TlbMissed. */
                type $Shape = disco.trace.v1.TlbMissed.$Properties;
            }

            /**
             * Properties of a CacheMissed.
             * @deprecated Use disco.trace.v1.CacheMissed.$Properties instead.
             */
            interface ICacheMissed extends disco.trace.v1.CacheMissed.$Properties {
            }

            /** Represents a CacheMissed. */
            class CacheMissed {

                /**
                 * Constructs a new CacheMissed.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.CacheMissed.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CacheMissed machineAddress. */
                machineAddress: number;

                /** CacheMissed homeNode. */
                homeNode: number;

                /** CacheMissed kind. */
                kind: disco.trace.v1.CacheMissKind;

                /** CacheMissed latencyTicks. */
                latencyTicks: number;

                /** CacheMissed hops. */
                hops: number;

                /** CacheMissed fromCache. */
                fromCache: boolean;

                /** CacheMissed invalidations. */
                invalidations: number;

                /** CacheMissed queueTicks. */
                queueTicks: number;

                /** CacheMissed localTicks. */
                localTicks: number;

                /** CacheMissed exclusive. */
                exclusive: boolean;

                /**
                 * Encodes the specified CacheMissed message. Does not implicitly {@link disco.trace.v1.CacheMissed.verify|verify} messages.
                 * @param message CacheMissed message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.CacheMissed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CacheMissed message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.CacheMissed & disco.trace.v1.CacheMissed.$Shape} CacheMissed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.CacheMissed & disco.trace.v1.CacheMissed.$Shape;
            }

            namespace CacheMissed {

                /** Properties of a CacheMissed. */
                interface $Properties {

                    /** CacheMissed machineAddress */
                    machineAddress?: (number|null);

                    /** CacheMissed homeNode */
                    homeNode?: (number|null);

                    /** CacheMissed kind */
                    kind?: (disco.trace.v1.CacheMissKind|null);

                    /** CacheMissed latencyTicks */
                    latencyTicks?: (number|null);

                    /** CacheMissed hops */
                    hops?: (number|null);

                    /** CacheMissed fromCache */
                    fromCache?: (boolean|null);

                    /** CacheMissed invalidations */
                    invalidations?: (number|null);

                    /** CacheMissed queueTicks */
                    queueTicks?: (number|null);

                    /** CacheMissed localTicks */
                    localTicks?: (number|null);

                    /** CacheMissed exclusive */
                    exclusive?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CacheMissed. */
                type $Shape = disco.trace.v1.CacheMissed.$Properties;
            }

            /**
             * Properties of a HotPageFlagged.
             * @deprecated Use disco.trace.v1.HotPageFlagged.$Properties instead.
             */
            interface IHotPageFlagged extends disco.trace.v1.HotPageFlagged.$Properties {
            }

            /** Represents a HotPageFlagged. */
            class HotPageFlagged {

                /**
                 * Constructs a new HotPageFlagged.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.HotPageFlagged.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HotPageFlagged machinePage. */
                machinePage: number;

                /** HotPageFlagged homeNode. */
                homeNode: number;

                /** HotPageFlagged triggerNode. */
                triggerNode: number;

                /** HotPageFlagged threshold. */
                threshold: number;

                /** HotPageFlagged nodeMisses. */
                nodeMisses: number[];

                /** HotPageFlagged intervalStartTicks. */
                intervalStartTicks: number;

                /**
                 * Encodes the specified HotPageFlagged message. Does not implicitly {@link disco.trace.v1.HotPageFlagged.verify|verify} messages.
                 * @param message HotPageFlagged message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.HotPageFlagged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HotPageFlagged message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.HotPageFlagged & disco.trace.v1.HotPageFlagged.$Shape} HotPageFlagged
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.HotPageFlagged & disco.trace.v1.HotPageFlagged.$Shape;
            }

            namespace HotPageFlagged {

                /** Properties of a HotPageFlagged. */
                interface $Properties {

                    /** HotPageFlagged machinePage */
                    machinePage?: (number|null);

                    /** HotPageFlagged homeNode */
                    homeNode?: (number|null);

                    /** HotPageFlagged triggerNode */
                    triggerNode?: (number|null);

                    /** HotPageFlagged threshold */
                    threshold?: (number|null);

                    /** HotPageFlagged nodeMisses */
                    nodeMisses?: (number[]|null);

                    /** HotPageFlagged intervalStartTicks */
                    intervalStartTicks?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HotPageFlagged. */
                type $Shape = disco.trace.v1.HotPageFlagged.$Properties;
            }

            /**
             * Properties of a MissCountersReset.
             * @deprecated Use disco.trace.v1.MissCountersReset.$Properties instead.
             */
            interface IMissCountersReset extends disco.trace.v1.MissCountersReset.$Properties {
            }

            /** Represents a MissCountersReset. */
            class MissCountersReset {

                /**
                 * Constructs a new MissCountersReset.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.MissCountersReset.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MissCountersReset pagesFlagged. */
                pagesFlagged: number;

                /** MissCountersReset intervalTicks. */
                intervalTicks: number;

                /**
                 * Encodes the specified MissCountersReset message. Does not implicitly {@link disco.trace.v1.MissCountersReset.verify|verify} messages.
                 * @param message MissCountersReset message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.MissCountersReset.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MissCountersReset message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.MissCountersReset & disco.trace.v1.MissCountersReset.$Shape} MissCountersReset
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.MissCountersReset & disco.trace.v1.MissCountersReset.$Shape;
            }

            namespace MissCountersReset {

                /** Properties of a MissCountersReset. */
                interface $Properties {

                    /** MissCountersReset pagesFlagged */
                    pagesFlagged?: (number|null);

                    /** MissCountersReset intervalTicks */
                    intervalTicks?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MissCountersReset. */
                type $Shape = disco.trace.v1.MissCountersReset.$Properties;
            }

            /**
             * Properties of an IpiSent.
             * @deprecated Use disco.trace.v1.IpiSent.$Properties instead.
             */
            interface IIpiSent extends disco.trace.v1.IpiSent.$Properties {
            }

            /** Represents an IpiSent. */
            class IpiSent {

                /**
                 * Constructs a new IpiSent.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.IpiSent.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** IpiSent fromCpu. */
                fromCpu: number;

                /** IpiSent toCpu. */
                toCpu: number;

                /** IpiSent vector. */
                vector: number;

                /** IpiSent latencyTicks. */
                latencyTicks: number;

                /**
                 * Encodes the specified IpiSent message. Does not implicitly {@link disco.trace.v1.IpiSent.verify|verify} messages.
                 * @param message IpiSent message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.IpiSent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an IpiSent message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.IpiSent & disco.trace.v1.IpiSent.$Shape} IpiSent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.IpiSent & disco.trace.v1.IpiSent.$Shape;
            }

            namespace IpiSent {

                /** Properties of an IpiSent. */
                interface $Properties {

                    /** IpiSent fromCpu */
                    fromCpu?: (number|null);

                    /** IpiSent toCpu */
                    toCpu?: (number|null);

                    /** IpiSent vector */
                    vector?: (number|null);

                    /** IpiSent latencyTicks */
                    latencyTicks?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an IpiSent. */
                type $Shape = disco.trace.v1.IpiSent.$Properties;
            }

            /**
             * Properties of a DiskRequestCompleted.
             * @deprecated Use disco.trace.v1.DiskRequestCompleted.$Properties instead.
             */
            interface IDiskRequestCompleted extends disco.trace.v1.DiskRequestCompleted.$Properties {
            }

            /** Represents a DiskRequestCompleted. */
            class DiskRequestCompleted {

                /**
                 * Constructs a new DiskRequestCompleted.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.DiskRequestCompleted.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DiskRequestCompleted disk. */
                disk: number;

                /** DiskRequestCompleted write. */
                write: boolean;

                /** DiskRequestCompleted sector. */
                sector: number;

                /** DiskRequestCompleted sectors. */
                sectors: number;

                /** DiskRequestCompleted machineAddress. */
                machineAddress: number;

                /** DiskRequestCompleted queueTicks. */
                queueTicks: number;

                /** DiskRequestCompleted seekTicks. */
                seekTicks: number;

                /** DiskRequestCompleted rotationTicks. */
                rotationTicks: number;

                /** DiskRequestCompleted transferTicks. */
                transferTicks: number;

                /**
                 * Encodes the specified DiskRequestCompleted message. Does not implicitly {@link disco.trace.v1.DiskRequestCompleted.verify|verify} messages.
                 * @param message DiskRequestCompleted message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.DiskRequestCompleted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DiskRequestCompleted message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.DiskRequestCompleted & disco.trace.v1.DiskRequestCompleted.$Shape} DiskRequestCompleted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.DiskRequestCompleted & disco.trace.v1.DiskRequestCompleted.$Shape;
            }

            namespace DiskRequestCompleted {

                /** Properties of a DiskRequestCompleted. */
                interface $Properties {

                    /** DiskRequestCompleted disk */
                    disk?: (number|null);

                    /** DiskRequestCompleted write */
                    write?: (boolean|null);

                    /** DiskRequestCompleted sector */
                    sector?: (number|null);

                    /** DiskRequestCompleted sectors */
                    sectors?: (number|null);

                    /** DiskRequestCompleted machineAddress */
                    machineAddress?: (number|null);

                    /** DiskRequestCompleted queueTicks */
                    queueTicks?: (number|null);

                    /** DiskRequestCompleted seekTicks */
                    seekTicks?: (number|null);

                    /** DiskRequestCompleted rotationTicks */
                    rotationTicks?: (number|null);

                    /** DiskRequestCompleted transferTicks */
                    transferTicks?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DiskRequestCompleted. */
                type $Shape = disco.trace.v1.DiskRequestCompleted.$Properties;
            }

            /**
             * Properties of a NicPacketTransferred.
             * @deprecated Use disco.trace.v1.NicPacketTransferred.$Properties instead.
             */
            interface INicPacketTransferred extends disco.trace.v1.NicPacketTransferred.$Properties {
            }

            /** Represents a NicPacketTransferred. */
            class NicPacketTransferred {

                /**
                 * Constructs a new NicPacketTransferred.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.NicPacketTransferred.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** NicPacketTransferred fromNode. */
                fromNode: number;

                /** NicPacketTransferred toNode. */
                toNode: number;

                /** NicPacketTransferred bytes. */
                bytes: number;

                /** NicPacketTransferred sourceAddress. */
                sourceAddress: number;

                /** NicPacketTransferred destinationAddress. */
                destinationAddress: number;

                /** NicPacketTransferred latencyTicks. */
                latencyTicks: number;

                /**
                 * Encodes the specified NicPacketTransferred message. Does not implicitly {@link disco.trace.v1.NicPacketTransferred.verify|verify} messages.
                 * @param message NicPacketTransferred message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.NicPacketTransferred.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a NicPacketTransferred message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.NicPacketTransferred & disco.trace.v1.NicPacketTransferred.$Shape} NicPacketTransferred
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.NicPacketTransferred & disco.trace.v1.NicPacketTransferred.$Shape;
            }

            namespace NicPacketTransferred {

                /** Properties of a NicPacketTransferred. */
                interface $Properties {

                    /** NicPacketTransferred fromNode */
                    fromNode?: (number|null);

                    /** NicPacketTransferred toNode */
                    toNode?: (number|null);

                    /** NicPacketTransferred bytes */
                    bytes?: (number|null);

                    /** NicPacketTransferred sourceAddress */
                    sourceAddress?: (number|null);

                    /** NicPacketTransferred destinationAddress */
                    destinationAddress?: (number|null);

                    /** NicPacketTransferred latencyTicks */
                    latencyTicks?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a NicPacketTransferred. */
                type $Shape = disco.trace.v1.NicPacketTransferred.$Properties;
            }

            /**
             * Properties of an ExecutionSample.
             * @deprecated Use disco.trace.v1.ExecutionSample.$Properties instead.
             */
            interface IExecutionSample extends disco.trace.v1.ExecutionSample.$Properties {
            }

            /** Represents an ExecutionSample. */
            class ExecutionSample {

                /**
                 * Constructs a new ExecutionSample.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.ExecutionSample.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ExecutionSample bucket. */
                bucket: disco.trace.v1.TimeBucket;

                /** ExecutionSample intervalTicks. */
                intervalTicks: number;

                /** ExecutionSample execTicks. */
                execTicks: number;

                /** ExecutionSample stallLocalTicks. */
                stallLocalTicks: number;

                /** ExecutionSample stallRemoteTicks. */
                stallRemoteTicks: number;

                /** ExecutionSample stallL2HitTicks. */
                stallL2HitTicks: number;

                /** ExecutionSample instructions. */
                instructions: number;

                /**
                 * Encodes the specified ExecutionSample message. Does not implicitly {@link disco.trace.v1.ExecutionSample.verify|verify} messages.
                 * @param message ExecutionSample message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.ExecutionSample.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ExecutionSample message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.ExecutionSample & disco.trace.v1.ExecutionSample.$Shape} ExecutionSample
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.ExecutionSample & disco.trace.v1.ExecutionSample.$Shape;
            }

            namespace ExecutionSample {

                /** Properties of an ExecutionSample. */
                interface $Properties {

                    /** ExecutionSample bucket */
                    bucket?: (disco.trace.v1.TimeBucket|null);

                    /** ExecutionSample intervalTicks */
                    intervalTicks?: (number|null);

                    /** ExecutionSample execTicks */
                    execTicks?: (number|null);

                    /** ExecutionSample stallLocalTicks */
                    stallLocalTicks?: (number|null);

                    /** ExecutionSample stallRemoteTicks */
                    stallRemoteTicks?: (number|null);

                    /** ExecutionSample stallL2HitTicks */
                    stallL2HitTicks?: (number|null);

                    /** ExecutionSample instructions */
                    instructions?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ExecutionSample. */
                type $Shape = disco.trace.v1.ExecutionSample.$Properties;
            }

            /** TimeBucket enum. */
            enum TimeBucket {

                /** TIME_USER value */
                TIME_USER = 0,

                /** TIME_KERNEL value */
                TIME_KERNEL = 1,

                /** TIME_KERNEL_SYNC value */
                TIME_KERNEL_SYNC = 2,

                /** TIME_IDLE value */
                TIME_IDLE = 3,

                /** TIME_MONITOR_TLB_WRITE value */
                TIME_MONITOR_TLB_WRITE = 4,

                /** TIME_MONITOR_PRIVILEGED value */
                TIME_MONITOR_PRIVILEGED = 5,

                /** TIME_MONITOR_CALL_FAULT value */
                TIME_MONITOR_CALL_FAULT = 6,

                /** TIME_MONITOR_KERNEL_TLB value */
                TIME_MONITOR_KERNEL_TLB = 7,

                /** TIME_MONITOR_TLB_MISS value */
                TIME_MONITOR_TLB_MISS = 8,

                /** TIME_MONITOR_NUMA value */
                TIME_MONITOR_NUMA = 9,

                /** TIME_MONITOR_OTHER value */
                TIME_MONITOR_OTHER = 10
            }

            /** GuestService enum. */
            enum GuestService {

                /** GUEST_SERVICE_UNSPECIFIED value */
                GUEST_SERVICE_UNSPECIFIED = 0,

                /** SERVICE_UTLB_MISS value */
                SERVICE_UTLB_MISS = 1,

                /** SERVICE_QUICK_FAULT value */
                SERVICE_QUICK_FAULT = 2,

                /** SERVICE_DEMAND_ZERO value */
                SERVICE_DEMAND_ZERO = 3,

                /** SERVICE_COW_FAULT value */
                SERVICE_COW_FAULT = 4,

                /** SERVICE_OPEN value */
                SERVICE_OPEN = 5,

                /** SERVICE_CLOSE value */
                SERVICE_CLOSE = 6,

                /** SERVICE_READ value */
                SERVICE_READ = 7,

                /** SERVICE_WRITE value */
                SERVICE_WRITE = 8,

                /** SERVICE_EXECVE value */
                SERVICE_EXECVE = 9,

                /** SERVICE_FORK value */
                SERVICE_FORK = 10,

                /** SERVICE_EXIT value */
                SERVICE_EXIT = 11,

                /** SERVICE_WAIT value */
                SERVICE_WAIT = 12,

                /** SERVICE_SPROC value */
                SERVICE_SPROC = 13,

                /** SERVICE_BARRIER value */
                SERVICE_BARRIER = 14,

                /** SERVICE_CONTEXT_SWITCH value */
                SERVICE_CONTEXT_SWITCH = 15,

                /** SERVICE_CLOCK_INTERRUPT value */
                SERVICE_CLOCK_INTERRUPT = 16,

                /** SERVICE_DISK_INTERRUPT value */
                SERVICE_DISK_INTERRUPT = 17,

                /** SERVICE_NET_INTERRUPT value */
                SERVICE_NET_INTERRUPT = 18,

                /** SERVICE_IPI value */
                SERVICE_IPI = 19,

                /** SERVICE_BDFLUSH value */
                SERVICE_BDFLUSH = 20,

                /** SERVICE_NFS_SERVE value */
                SERVICE_NFS_SERVE = 21,

                /** SERVICE_OTHER_SYSCALL value */
                SERVICE_OTHER_SYSCALL = 22
            }

            /**
             * Properties of a KernelServiceCompleted.
             * @deprecated Use disco.trace.v1.KernelServiceCompleted.$Properties instead.
             */
            interface IKernelServiceCompleted extends disco.trace.v1.KernelServiceCompleted.$Properties {
            }

            /** Represents a KernelServiceCompleted. */
            class KernelServiceCompleted {

                /**
                 * Constructs a new KernelServiceCompleted.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.KernelServiceCompleted.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** KernelServiceCompleted service. */
                service: disco.trace.v1.GuestService;

                /** KernelServiceCompleted durationTicks. */
                durationTicks: number;

                /** KernelServiceCompleted syncTicks. */
                syncTicks: number;

                /** KernelServiceCompleted pid. */
                pid: number;

                /** KernelServiceCompleted virtualAddress. */
                virtualAddress: number;

                /** KernelServiceCompleted bytes. */
                bytes: number;

                /** KernelServiceCompleted diskReads. */
                diskReads: number;

                /** KernelServiceCompleted kernelTicks. */
                kernelTicks: number;

                /** KernelServiceCompleted monitorTlbWriteTicks. */
                monitorTlbWriteTicks: number;

                /** KernelServiceCompleted monitorPrivilegedTicks. */
                monitorPrivilegedTicks: number;

                /** KernelServiceCompleted monitorCallFaultTicks. */
                monitorCallFaultTicks: number;

                /** KernelServiceCompleted monitorKernelTlbTicks. */
                monitorKernelTlbTicks: number;

                /** KernelServiceCompleted monitorTlbMissTicks. */
                monitorTlbMissTicks: number;

                /** KernelServiceCompleted monitorNumaTicks. */
                monitorNumaTicks: number;

                /** KernelServiceCompleted monitorOtherTicks. */
                monitorOtherTicks: number;

                /**
                 * Encodes the specified KernelServiceCompleted message. Does not implicitly {@link disco.trace.v1.KernelServiceCompleted.verify|verify} messages.
                 * @param message KernelServiceCompleted message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.KernelServiceCompleted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a KernelServiceCompleted message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.KernelServiceCompleted & disco.trace.v1.KernelServiceCompleted.$Shape} KernelServiceCompleted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.KernelServiceCompleted & disco.trace.v1.KernelServiceCompleted.$Shape;
            }

            namespace KernelServiceCompleted {

                /** Properties of a KernelServiceCompleted. */
                interface $Properties {

                    /** KernelServiceCompleted service */
                    service?: (disco.trace.v1.GuestService|null);

                    /** KernelServiceCompleted durationTicks */
                    durationTicks?: (number|null);

                    /** KernelServiceCompleted syncTicks */
                    syncTicks?: (number|null);

                    /** KernelServiceCompleted pid */
                    pid?: (number|null);

                    /** KernelServiceCompleted virtualAddress */
                    virtualAddress?: (number|null);

                    /** KernelServiceCompleted bytes */
                    bytes?: (number|null);

                    /** KernelServiceCompleted diskReads */
                    diskReads?: (number|null);

                    /** KernelServiceCompleted kernelTicks */
                    kernelTicks?: (number|null);

                    /** KernelServiceCompleted monitorTlbWriteTicks */
                    monitorTlbWriteTicks?: (number|null);

                    /** KernelServiceCompleted monitorPrivilegedTicks */
                    monitorPrivilegedTicks?: (number|null);

                    /** KernelServiceCompleted monitorCallFaultTicks */
                    monitorCallFaultTicks?: (number|null);

                    /** KernelServiceCompleted monitorKernelTlbTicks */
                    monitorKernelTlbTicks?: (number|null);

                    /** KernelServiceCompleted monitorTlbMissTicks */
                    monitorTlbMissTicks?: (number|null);

                    /** KernelServiceCompleted monitorNumaTicks */
                    monitorNumaTicks?: (number|null);

                    /** KernelServiceCompleted monitorOtherTicks */
                    monitorOtherTicks?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a KernelServiceCompleted. */
                type $Shape = disco.trace.v1.KernelServiceCompleted.$Properties;
            }

            /**
             * Properties of a KernelServiceSampled.
             * @deprecated Use disco.trace.v1.KernelServiceSampled.$Properties instead.
             */
            interface IKernelServiceSampled extends disco.trace.v1.KernelServiceSampled.$Properties {
            }

            /** Represents a KernelServiceSampled. */
            class KernelServiceSampled {

                /**
                 * Constructs a new KernelServiceSampled.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.KernelServiceSampled.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** KernelServiceSampled service. */
                service: disco.trace.v1.GuestService;

                /** KernelServiceSampled invocations. */
                invocations: number;

                /** KernelServiceSampled totalTicks. */
                totalTicks: number;

                /** KernelServiceSampled syncTicks. */
                syncTicks: number;

                /** KernelServiceSampled intervalTicks. */
                intervalTicks: number;

                /** KernelServiceSampled kernelTicks. */
                kernelTicks: number;

                /** KernelServiceSampled monitorTlbWriteTicks. */
                monitorTlbWriteTicks: number;

                /** KernelServiceSampled monitorPrivilegedTicks. */
                monitorPrivilegedTicks: number;

                /** KernelServiceSampled monitorCallFaultTicks. */
                monitorCallFaultTicks: number;

                /** KernelServiceSampled monitorKernelTlbTicks. */
                monitorKernelTlbTicks: number;

                /** KernelServiceSampled monitorTlbMissTicks. */
                monitorTlbMissTicks: number;

                /** KernelServiceSampled monitorNumaTicks. */
                monitorNumaTicks: number;

                /** KernelServiceSampled monitorOtherTicks. */
                monitorOtherTicks: number;

                /**
                 * Encodes the specified KernelServiceSampled message. Does not implicitly {@link disco.trace.v1.KernelServiceSampled.verify|verify} messages.
                 * @param message KernelServiceSampled message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.KernelServiceSampled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a KernelServiceSampled message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.KernelServiceSampled & disco.trace.v1.KernelServiceSampled.$Shape} KernelServiceSampled
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.KernelServiceSampled & disco.trace.v1.KernelServiceSampled.$Shape;
            }

            namespace KernelServiceSampled {

                /** Properties of a KernelServiceSampled. */
                interface $Properties {

                    /** KernelServiceSampled service */
                    service?: (disco.trace.v1.GuestService|null);

                    /** KernelServiceSampled invocations */
                    invocations?: (number|null);

                    /** KernelServiceSampled totalTicks */
                    totalTicks?: (number|null);

                    /** KernelServiceSampled syncTicks */
                    syncTicks?: (number|null);

                    /** KernelServiceSampled intervalTicks */
                    intervalTicks?: (number|null);

                    /** KernelServiceSampled kernelTicks */
                    kernelTicks?: (number|null);

                    /** KernelServiceSampled monitorTlbWriteTicks */
                    monitorTlbWriteTicks?: (number|null);

                    /** KernelServiceSampled monitorPrivilegedTicks */
                    monitorPrivilegedTicks?: (number|null);

                    /** KernelServiceSampled monitorCallFaultTicks */
                    monitorCallFaultTicks?: (number|null);

                    /** KernelServiceSampled monitorKernelTlbTicks */
                    monitorKernelTlbTicks?: (number|null);

                    /** KernelServiceSampled monitorTlbMissTicks */
                    monitorTlbMissTicks?: (number|null);

                    /** KernelServiceSampled monitorNumaTicks */
                    monitorNumaTicks?: (number|null);

                    /** KernelServiceSampled monitorOtherTicks */
                    monitorOtherTicks?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a KernelServiceSampled. */
                type $Shape = disco.trace.v1.KernelServiceSampled.$Properties;
            }

            /**
             * Properties of a ProcessForked.
             * @deprecated Use disco.trace.v1.ProcessForked.$Properties instead.
             */
            interface IProcessForked extends disco.trace.v1.ProcessForked.$Properties {
            }

            /** Represents a ProcessForked. */
            class ProcessForked {

                /**
                 * Constructs a new ProcessForked.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.ProcessForked.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProcessForked parentPid. */
                parentPid: number;

                /** ProcessForked childPid. */
                childPid: number;

                /** ProcessForked sharedPages. */
                sharedPages: number;

                /**
                 * Encodes the specified ProcessForked message. Does not implicitly {@link disco.trace.v1.ProcessForked.verify|verify} messages.
                 * @param message ProcessForked message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.ProcessForked.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProcessForked message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.ProcessForked & disco.trace.v1.ProcessForked.$Shape} ProcessForked
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.ProcessForked & disco.trace.v1.ProcessForked.$Shape;
            }

            namespace ProcessForked {

                /** Properties of a ProcessForked. */
                interface $Properties {

                    /** ProcessForked parentPid */
                    parentPid?: (number|null);

                    /** ProcessForked childPid */
                    childPid?: (number|null);

                    /** ProcessForked sharedPages */
                    sharedPages?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProcessForked. */
                type $Shape = disco.trace.v1.ProcessForked.$Properties;
            }

            /**
             * Properties of a ProcessExeced.
             * @deprecated Use disco.trace.v1.ProcessExeced.$Properties instead.
             */
            interface IProcessExeced extends disco.trace.v1.ProcessExeced.$Properties {
            }

            /** Represents a ProcessExeced. */
            class ProcessExeced {

                /**
                 * Constructs a new ProcessExeced.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.ProcessExeced.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProcessExeced pid. */
                pid: number;

                /** ProcessExeced binary. */
                binary: string;

                /** ProcessExeced textPages. */
                textPages: number;

                /** ProcessExeced cachedTextPages. */
                cachedTextPages: number;

                /**
                 * Encodes the specified ProcessExeced message. Does not implicitly {@link disco.trace.v1.ProcessExeced.verify|verify} messages.
                 * @param message ProcessExeced message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.ProcessExeced.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProcessExeced message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.ProcessExeced & disco.trace.v1.ProcessExeced.$Shape} ProcessExeced
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.ProcessExeced & disco.trace.v1.ProcessExeced.$Shape;
            }

            namespace ProcessExeced {

                /** Properties of a ProcessExeced. */
                interface $Properties {

                    /** ProcessExeced pid */
                    pid?: (number|null);

                    /** ProcessExeced binary */
                    binary?: (string|null);

                    /** ProcessExeced textPages */
                    textPages?: (number|null);

                    /** ProcessExeced cachedTextPages */
                    cachedTextPages?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProcessExeced. */
                type $Shape = disco.trace.v1.ProcessExeced.$Properties;
            }

            /**
             * Properties of a ProcessExited.
             * @deprecated Use disco.trace.v1.ProcessExited.$Properties instead.
             */
            interface IProcessExited extends disco.trace.v1.ProcessExited.$Properties {
            }

            /** Represents a ProcessExited. */
            class ProcessExited {

                /**
                 * Constructs a new ProcessExited.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.ProcessExited.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProcessExited pid. */
                pid: number;

                /** ProcessExited parentPid. */
                parentPid: number;

                /** ProcessExited lifetimeTicks. */
                lifetimeTicks: number;

                /** ProcessExited freedPages. */
                freedPages: number;

                /**
                 * Encodes the specified ProcessExited message. Does not implicitly {@link disco.trace.v1.ProcessExited.verify|verify} messages.
                 * @param message ProcessExited message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.ProcessExited.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProcessExited message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.ProcessExited & disco.trace.v1.ProcessExited.$Shape} ProcessExited
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.ProcessExited & disco.trace.v1.ProcessExited.$Shape;
            }

            namespace ProcessExited {

                /** Properties of a ProcessExited. */
                interface $Properties {

                    /** ProcessExited pid */
                    pid?: (number|null);

                    /** ProcessExited parentPid */
                    parentPid?: (number|null);

                    /** ProcessExited lifetimeTicks */
                    lifetimeTicks?: (number|null);

                    /** ProcessExited freedPages */
                    freedPages?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProcessExited. */
                type $Shape = disco.trace.v1.ProcessExited.$Properties;
            }

            /**
             * Properties of a LockContentionSampled.
             * @deprecated Use disco.trace.v1.LockContentionSampled.$Properties instead.
             */
            interface ILockContentionSampled extends disco.trace.v1.LockContentionSampled.$Properties {
            }

            /** Represents a LockContentionSampled. */
            class LockContentionSampled {

                /**
                 * Constructs a new LockContentionSampled.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.LockContentionSampled.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** LockContentionSampled lock. */
                lock: string;

                /** LockContentionSampled acquisitions. */
                acquisitions: number;

                /** LockContentionSampled contended. */
                contended: number;

                /** LockContentionSampled spinTicks. */
                spinTicks: number;

                /** LockContentionSampled intervalTicks. */
                intervalTicks: number;

                /**
                 * Encodes the specified LockContentionSampled message. Does not implicitly {@link disco.trace.v1.LockContentionSampled.verify|verify} messages.
                 * @param message LockContentionSampled message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.LockContentionSampled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LockContentionSampled message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.LockContentionSampled & disco.trace.v1.LockContentionSampled.$Shape} LockContentionSampled
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.LockContentionSampled & disco.trace.v1.LockContentionSampled.$Shape;
            }

            namespace LockContentionSampled {

                /** Properties of a LockContentionSampled. */
                interface $Properties {

                    /** LockContentionSampled lock */
                    lock?: (string|null);

                    /** LockContentionSampled acquisitions */
                    acquisitions?: (number|null);

                    /** LockContentionSampled contended */
                    contended?: (number|null);

                    /** LockContentionSampled spinTicks */
                    spinTicks?: (number|null);

                    /** LockContentionSampled intervalTicks */
                    intervalTicks?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a LockContentionSampled. */
                type $Shape = disco.trace.v1.LockContentionSampled.$Properties;
            }

            /**
             * Properties of a LockSpun.
             * @deprecated Use disco.trace.v1.LockSpun.$Properties instead.
             */
            interface ILockSpun extends disco.trace.v1.LockSpun.$Properties {
            }

            /** Represents a LockSpun. */
            class LockSpun {

                /**
                 * Constructs a new LockSpun.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.LockSpun.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** LockSpun lock. */
                lock: string;

                /** LockSpun spinTicks. */
                spinTicks: number;

                /** LockSpun holderCpu. */
                holderCpu: number;

                /** LockSpun localTicks. */
                localTicks: number;

                /**
                 * Encodes the specified LockSpun message. Does not implicitly {@link disco.trace.v1.LockSpun.verify|verify} messages.
                 * @param message LockSpun message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.LockSpun.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LockSpun message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.LockSpun & disco.trace.v1.LockSpun.$Shape} LockSpun
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.LockSpun & disco.trace.v1.LockSpun.$Shape;
            }

            namespace LockSpun {

                /** Properties of a LockSpun. */
                interface $Properties {

                    /** LockSpun lock */
                    lock?: (string|null);

                    /** LockSpun spinTicks */
                    spinTicks?: (number|null);

                    /** LockSpun holderCpu */
                    holderCpu?: (number|null);

                    /** LockSpun localTicks */
                    localTicks?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a LockSpun. */
                type $Shape = disco.trace.v1.LockSpun.$Properties;
            }

            /**
             * Properties of a BufferCacheSampled.
             * @deprecated Use disco.trace.v1.BufferCacheSampled.$Properties instead.
             */
            interface IBufferCacheSampled extends disco.trace.v1.BufferCacheSampled.$Properties {
            }

            /** Represents a BufferCacheSampled. */
            class BufferCacheSampled {

                /**
                 * Constructs a new BufferCacheSampled.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.BufferCacheSampled.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** BufferCacheSampled hits. */
                hits: number;

                /** BufferCacheSampled misses. */
                misses: number;

                /** BufferCacheSampled diskReads. */
                diskReads: number;

                /** BufferCacheSampled diskWrites. */
                diskWrites: number;

                /** BufferCacheSampled buffers. */
                buffers: number;

                /** BufferCacheSampled dirtyBuffers. */
                dirtyBuffers: number;

                /** BufferCacheSampled intervalTicks. */
                intervalTicks: number;

                /** BufferCacheSampled nfsReads. */
                nfsReads: number;

                /**
                 * Encodes the specified BufferCacheSampled message. Does not implicitly {@link disco.trace.v1.BufferCacheSampled.verify|verify} messages.
                 * @param message BufferCacheSampled message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.BufferCacheSampled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BufferCacheSampled message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.BufferCacheSampled & disco.trace.v1.BufferCacheSampled.$Shape} BufferCacheSampled
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.BufferCacheSampled & disco.trace.v1.BufferCacheSampled.$Shape;
            }

            namespace BufferCacheSampled {

                /** Properties of a BufferCacheSampled. */
                interface $Properties {

                    /** BufferCacheSampled hits */
                    hits?: (number|null);

                    /** BufferCacheSampled misses */
                    misses?: (number|null);

                    /** BufferCacheSampled diskReads */
                    diskReads?: (number|null);

                    /** BufferCacheSampled diskWrites */
                    diskWrites?: (number|null);

                    /** BufferCacheSampled buffers */
                    buffers?: (number|null);

                    /** BufferCacheSampled dirtyBuffers */
                    dirtyBuffers?: (number|null);

                    /** BufferCacheSampled intervalTicks */
                    intervalTicks?: (number|null);

                    /** BufferCacheSampled nfsReads */
                    nfsReads?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BufferCacheSampled. */
                type $Shape = disco.trace.v1.BufferCacheSampled.$Properties;
            }

            /**
             * Properties of a ThreadScheduled.
             * @deprecated Use disco.trace.v1.ThreadScheduled.$Properties instead.
             */
            interface IThreadScheduled extends disco.trace.v1.ThreadScheduled.$Properties {
            }

            /** Represents a ThreadScheduled. */
            class ThreadScheduled {

                /**
                 * Constructs a new ThreadScheduled.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.ThreadScheduled.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ThreadScheduled pid. */
                pid: number;

                /** ThreadScheduled tid. */
                tid: number;

                /** ThreadScheduled previousPid. */
                previousPid: number;

                /** ThreadScheduled reason. */
                reason: string;

                /**
                 * Encodes the specified ThreadScheduled message. Does not implicitly {@link disco.trace.v1.ThreadScheduled.verify|verify} messages.
                 * @param message ThreadScheduled message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.ThreadScheduled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ThreadScheduled message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.ThreadScheduled & disco.trace.v1.ThreadScheduled.$Shape} ThreadScheduled
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.ThreadScheduled & disco.trace.v1.ThreadScheduled.$Shape;
            }

            namespace ThreadScheduled {

                /** Properties of a ThreadScheduled. */
                interface $Properties {

                    /** ThreadScheduled pid */
                    pid?: (number|null);

                    /** ThreadScheduled tid */
                    tid?: (number|null);

                    /** ThreadScheduled previousPid */
                    previousPid?: (number|null);

                    /** ThreadScheduled reason */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ThreadScheduled. */
                type $Shape = disco.trace.v1.ThreadScheduled.$Properties;
            }

            /**
             * Properties of a WorkloadPhaseChanged.
             * @deprecated Use disco.trace.v1.WorkloadPhaseChanged.$Properties instead.
             */
            interface IWorkloadPhaseChanged extends disco.trace.v1.WorkloadPhaseChanged.$Properties {
            }

            /** Represents a WorkloadPhaseChanged. */
            class WorkloadPhaseChanged {

                /**
                 * Constructs a new WorkloadPhaseChanged.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.WorkloadPhaseChanged.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** WorkloadPhaseChanged workload. */
                workload: string;

                /** WorkloadPhaseChanged phase. */
                phase: string;

                /** WorkloadPhaseChanged processes. */
                processes: number;

                /**
                 * Encodes the specified WorkloadPhaseChanged message. Does not implicitly {@link disco.trace.v1.WorkloadPhaseChanged.verify|verify} messages.
                 * @param message WorkloadPhaseChanged message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.WorkloadPhaseChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WorkloadPhaseChanged message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.WorkloadPhaseChanged & disco.trace.v1.WorkloadPhaseChanged.$Shape} WorkloadPhaseChanged
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.WorkloadPhaseChanged & disco.trace.v1.WorkloadPhaseChanged.$Shape;
            }

            namespace WorkloadPhaseChanged {

                /** Properties of a WorkloadPhaseChanged. */
                interface $Properties {

                    /** WorkloadPhaseChanged workload */
                    workload?: (string|null);

                    /** WorkloadPhaseChanged phase */
                    phase?: (string|null);

                    /** WorkloadPhaseChanged processes */
                    processes?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a WorkloadPhaseChanged. */
                type $Shape = disco.trace.v1.WorkloadPhaseChanged.$Properties;
            }

            /**
             * Properties of a GuestMemorySampled.
             * @deprecated Use disco.trace.v1.GuestMemorySampled.$Properties instead.
             */
            interface IGuestMemorySampled extends disco.trace.v1.GuestMemorySampled.$Properties {
            }

            /** Represents a GuestMemorySampled. */
            class GuestMemorySampled {

                /**
                 * Constructs a new GuestMemorySampled.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.GuestMemorySampled.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GuestMemorySampled freePages. */
                freePages: number;

                /** GuestMemorySampled kernelTextPages. */
                kernelTextPages: number;

                /** GuestMemorySampled kernelDataPages. */
                kernelDataPages: number;

                /** GuestMemorySampled bufferCachePages. */
                bufferCachePages: number;

                /** GuestMemorySampled userPages. */
                userPages: number;

                /** GuestMemorySampled pageTablePages. */
                pageTablePages: number;

                /** GuestMemorySampled mbufPages. */
                mbufPages: number;

                /**
                 * Encodes the specified GuestMemorySampled message. Does not implicitly {@link disco.trace.v1.GuestMemorySampled.verify|verify} messages.
                 * @param message GuestMemorySampled message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.GuestMemorySampled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GuestMemorySampled message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.GuestMemorySampled & disco.trace.v1.GuestMemorySampled.$Shape} GuestMemorySampled
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.GuestMemorySampled & disco.trace.v1.GuestMemorySampled.$Shape;
            }

            namespace GuestMemorySampled {

                /** Properties of a GuestMemorySampled. */
                interface $Properties {

                    /** GuestMemorySampled freePages */
                    freePages?: (number|null);

                    /** GuestMemorySampled kernelTextPages */
                    kernelTextPages?: (number|null);

                    /** GuestMemorySampled kernelDataPages */
                    kernelDataPages?: (number|null);

                    /** GuestMemorySampled bufferCachePages */
                    bufferCachePages?: (number|null);

                    /** GuestMemorySampled userPages */
                    userPages?: (number|null);

                    /** GuestMemorySampled pageTablePages */
                    pageTablePages?: (number|null);

                    /** GuestMemorySampled mbufPages */
                    mbufPages?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GuestMemorySampled. */
                type $Shape = disco.trace.v1.GuestMemorySampled.$Properties;
            }

            /** VcpuScheduleReason enum. */
            enum VcpuScheduleReason {

                /** VCPU_SCHEDULE_REASON_UNSPECIFIED value */
                VCPU_SCHEDULE_REASON_UNSPECIFIED = 0,

                /** VCPU_SCHEDULE_START value */
                VCPU_SCHEDULE_START = 1,

                /** VCPU_SCHEDULE_QUANTUM value */
                VCPU_SCHEDULE_QUANTUM = 2,

                /** VCPU_SCHEDULE_IDLE value */
                VCPU_SCHEDULE_IDLE = 3,

                /** VCPU_SCHEDULE_WAKE value */
                VCPU_SCHEDULE_WAKE = 4
            }

            /** MonitorCall enum. */
            enum MonitorCall {

                /** MONITOR_CALL_UNSPECIFIED value */
                MONITOR_CALL_UNSPECIFIED = 0,

                /** MONITOR_CALL_ZERO_PAGE value */
                MONITOR_CALL_ZERO_PAGE = 1,

                /** MONITOR_CALL_REMAP_PAGE value */
                MONITOR_CALL_REMAP_PAGE = 2,

                /** MONITOR_CALL_PAGE_FREED value */
                MONITOR_CALL_PAGE_FREED = 3,

                /** MONITOR_CALL_DISK value */
                MONITOR_CALL_DISK = 4,

                /** MONITOR_CALL_NET_SEND value */
                MONITOR_CALL_NET_SEND = 5,

                /** MONITOR_CALL_FIXED_MAP value */
                MONITOR_CALL_FIXED_MAP = 6
            }

            /** MigrationDeclineReason enum. */
            enum MigrationDeclineReason {

                /** MIGRATION_DECLINE_REASON_UNSPECIFIED value */
                MIGRATION_DECLINE_REASON_UNSPECIFIED = 0,

                /** DECLINE_WRITE_SHARED value */
                DECLINE_WRITE_SHARED = 1,

                /** DECLINE_MOVE_LIMIT value */
                DECLINE_MOVE_LIMIT = 2,

                /** DECLINE_ALREADY_LOCAL value */
                DECLINE_ALREADY_LOCAL = 3,

                /** DECLINE_DISABLED value */
                DECLINE_DISABLED = 4,

                /** DECLINE_NOT_MOVABLE value */
                DECLINE_NOT_MOVABLE = 5,

                /** DECLINE_NO_PATTERN value */
                DECLINE_NO_PATTERN = 6,

                /** DECLINE_NO_MEMORY value */
                DECLINE_NO_MEMORY = 7,

                /** DECLINE_TOO_SOON value */
                DECLINE_TOO_SOON = 8,

                /** DECLINE_FILTERED value */
                DECLINE_FILTERED = 9,

                /** DECLINE_GATED value */
                DECLINE_GATED = 10
            }

            /** PlacementPolicyKind enum. */
            enum PlacementPolicyKind {

                /** POLICY_DISCO value */
                POLICY_DISCO = 0,

                /** POLICY_NONE value */
                POLICY_NONE = 1,

                /** POLICY_FIRST_TOUCH value */
                POLICY_FIRST_TOUCH = 2,

                /** POLICY_ROUND_ROBIN value */
                POLICY_ROUND_ROBIN = 3,

                /** POLICY_AUTONUMA value */
                POLICY_AUTONUMA = 4,

                /** POLICY_CARREFOUR value */
                POLICY_CARREFOUR = 5,

                /** POLICY_FORCED value */
                POLICY_FORCED = 6,

                /** POLICY_SCHEDULED value */
                POLICY_SCHEDULED = 7
            }

            /** ShootdownReason enum. */
            enum ShootdownReason {

                /** SHOOTDOWN_REASON_UNSPECIFIED value */
                SHOOTDOWN_REASON_UNSPECIFIED = 0,

                /** SHOOTDOWN_MIGRATE value */
                SHOOTDOWN_MIGRATE = 1,

                /** SHOOTDOWN_REPLICATE value */
                SHOOTDOWN_REPLICATE = 2,

                /** SHOOTDOWN_COLLAPSE value */
                SHOOTDOWN_COLLAPSE = 3,

                /** SHOOTDOWN_COW value */
                SHOOTDOWN_COW = 4,

                /** SHOOTDOWN_REMAP value */
                SHOOTDOWN_REMAP = 5,

                /** SHOOTDOWN_FREE value */
                SHOOTDOWN_FREE = 6,

                /** SHOOTDOWN_HINTING value */
                SHOOTDOWN_HINTING = 7
            }

            /** CowSource enum. */
            enum CowSource {

                /** COW_SOURCE_UNSPECIFIED value */
                COW_SOURCE_UNSPECIFIED = 0,

                /** COW_SOURCE_DISK value */
                COW_SOURCE_DISK = 1,

                /** COW_SOURCE_NETWORK value */
                COW_SOURCE_NETWORK = 2,

                /** COW_SOURCE_REMAP value */
                COW_SOURCE_REMAP = 3
            }

            /**
             * Properties of a VmCreated.
             * @deprecated Use disco.trace.v1.VmCreated.$Properties instead.
             */
            interface IVmCreated extends disco.trace.v1.VmCreated.$Properties {
            }

            /** Represents a VmCreated. */
            class VmCreated {

                /**
                 * Constructs a new VmCreated.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.VmCreated.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** VmCreated vcpus. */
                vcpus: number;

                /** VmCreated physicalPages. */
                physicalPages: number;

                /** VmCreated homeCpus. */
                homeCpus: number[];

                /** VmCreated disks. */
                disks: number;

                /** VmCreated specialPage. */
                specialPage: boolean;

                /** VmCreated zeroPageCall. */
                zeroPageCall: boolean;

                /** VmCreated freedPageHint. */
                freedPageHint: boolean;

                /** VmCreated monitorCallDrivers. */
                monitorCallDrivers: boolean;

                /** VmCreated relocatedKernel. */
                relocatedKernel: boolean;

                /** VmCreated nfsRemap. */
                nfsRemap: boolean;

                /** VmCreated mbufFix. */
                mbufFix: boolean;

                /**
                 * Encodes the specified VmCreated message. Does not implicitly {@link disco.trace.v1.VmCreated.verify|verify} messages.
                 * @param message VmCreated message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.VmCreated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VmCreated message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.VmCreated & disco.trace.v1.VmCreated.$Shape} VmCreated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.VmCreated & disco.trace.v1.VmCreated.$Shape;
            }

            namespace VmCreated {

                /** Properties of a VmCreated. */
                interface $Properties {

                    /** VmCreated vcpus */
                    vcpus?: (number|null);

                    /** VmCreated physicalPages */
                    physicalPages?: (number|null);

                    /** VmCreated homeCpus */
                    homeCpus?: (number[]|null);

                    /** VmCreated disks */
                    disks?: (number|null);

                    /** VmCreated specialPage */
                    specialPage?: (boolean|null);

                    /** VmCreated zeroPageCall */
                    zeroPageCall?: (boolean|null);

                    /** VmCreated freedPageHint */
                    freedPageHint?: (boolean|null);

                    /** VmCreated monitorCallDrivers */
                    monitorCallDrivers?: (boolean|null);

                    /** VmCreated relocatedKernel */
                    relocatedKernel?: (boolean|null);

                    /** VmCreated nfsRemap */
                    nfsRemap?: (boolean|null);

                    /** VmCreated mbufFix */
                    mbufFix?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a VmCreated. */
                type $Shape = disco.trace.v1.VmCreated.$Properties;
            }

            /**
             * Properties of a VcpuScheduled.
             * @deprecated Use disco.trace.v1.VcpuScheduled.$Properties instead.
             */
            interface IVcpuScheduled extends disco.trace.v1.VcpuScheduled.$Properties {
            }

            /** Represents a VcpuScheduled. */
            class VcpuScheduled {

                /**
                 * Constructs a new VcpuScheduled.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.VcpuScheduled.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** VcpuScheduled vcpu. */
                vcpu: number;

                /** VcpuScheduled previousVm. */
                previousVm: number;

                /** VcpuScheduled previousVcpu. */
                previousVcpu: number;

                /** VcpuScheduled reason. */
                reason: disco.trace.v1.VcpuScheduleReason;

                /** VcpuScheduled runnableWaiting. */
                runnableWaiting: number;

                /** VcpuScheduled quantumTicks. */
                quantumTicks: number;

                /** VcpuScheduled switchTicks. */
                switchTicks: number;

                /**
                 * Encodes the specified VcpuScheduled message. Does not implicitly {@link disco.trace.v1.VcpuScheduled.verify|verify} messages.
                 * @param message VcpuScheduled message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.VcpuScheduled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VcpuScheduled message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.VcpuScheduled & disco.trace.v1.VcpuScheduled.$Shape} VcpuScheduled
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.VcpuScheduled & disco.trace.v1.VcpuScheduled.$Shape;
            }

            namespace VcpuScheduled {

                /** Properties of a VcpuScheduled. */
                interface $Properties {

                    /** VcpuScheduled vcpu */
                    vcpu?: (number|null);

                    /** VcpuScheduled previousVm */
                    previousVm?: (number|null);

                    /** VcpuScheduled previousVcpu */
                    previousVcpu?: (number|null);

                    /** VcpuScheduled reason */
                    reason?: (disco.trace.v1.VcpuScheduleReason|null);

                    /** VcpuScheduled runnableWaiting */
                    runnableWaiting?: (number|null);

                    /** VcpuScheduled quantumTicks */
                    quantumTicks?: (number|null);

                    /** VcpuScheduled switchTicks */
                    switchTicks?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a VcpuScheduled. */
                type $Shape = disco.trace.v1.VcpuScheduled.$Properties;
            }

            /**
             * Properties of a PrivilegedInstructionEmulated.
             * @deprecated Use disco.trace.v1.PrivilegedInstructionEmulated.$Properties instead.
             */
            interface IPrivilegedInstructionEmulated extends disco.trace.v1.PrivilegedInstructionEmulated.$Properties {
            }

            /** Represents a PrivilegedInstructionEmulated. */
            class PrivilegedInstructionEmulated {

                /**
                 * Constructs a new PrivilegedInstructionEmulated.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.PrivilegedInstructionEmulated.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PrivilegedInstructionEmulated vcpu. */
                vcpu: number;

                /** PrivilegedInstructionEmulated op. */
                op: number;

                /** PrivilegedInstructionEmulated specialPage. */
                specialPage: boolean;

                /** PrivilegedInstructionEmulated costTicks. */
                costTicks: number;

                /**
                 * Encodes the specified PrivilegedInstructionEmulated message. Does not implicitly {@link disco.trace.v1.PrivilegedInstructionEmulated.verify|verify} messages.
                 * @param message PrivilegedInstructionEmulated message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.PrivilegedInstructionEmulated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PrivilegedInstructionEmulated message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.PrivilegedInstructionEmulated & disco.trace.v1.PrivilegedInstructionEmulated.$Shape} PrivilegedInstructionEmulated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.PrivilegedInstructionEmulated & disco.trace.v1.PrivilegedInstructionEmulated.$Shape;
            }

            namespace PrivilegedInstructionEmulated {

                /** Properties of a PrivilegedInstructionEmulated. */
                interface $Properties {

                    /** PrivilegedInstructionEmulated vcpu */
                    vcpu?: (number|null);

                    /** PrivilegedInstructionEmulated op */
                    op?: (number|null);

                    /** PrivilegedInstructionEmulated specialPage */
                    specialPage?: (boolean|null);

                    /** PrivilegedInstructionEmulated costTicks */
                    costTicks?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PrivilegedInstructionEmulated. */
                type $Shape = disco.trace.v1.PrivilegedInstructionEmulated.$Properties;
            }

            /**
             * Properties of a TlbWriteEmulated.
             * @deprecated Use disco.trace.v1.TlbWriteEmulated.$Properties instead.
             */
            interface ITlbWriteEmulated extends disco.trace.v1.TlbWriteEmulated.$Properties {
            }

            /** Represents a TlbWriteEmulated. */
            class TlbWriteEmulated {

                /**
                 * Constructs a new TlbWriteEmulated.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.TlbWriteEmulated.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TlbWriteEmulated vcpu. */
                vcpu: number;

                /** TlbWriteEmulated vpn2. */
                vpn2: number;

                /** TlbWriteEmulated asid. */
                asid: number;

                /** TlbWriteEmulated index. */
                index: number;

                /** TlbWriteEmulated physicalPage0. */
                physicalPage0: number;

                /** TlbWriteEmulated physicalPage1. */
                physicalPage1: number;

                /** TlbWriteEmulated machinePage0. */
                machinePage0: number;

                /** TlbWriteEmulated machinePage1. */
                machinePage1: number;

                /** TlbWriteEmulated writable0. */
                writable0: boolean;

                /** TlbWriteEmulated writable1. */
                writable1: boolean;

                /** TlbWriteEmulated costTicks. */
                costTicks: number;

                /**
                 * Encodes the specified TlbWriteEmulated message. Does not implicitly {@link disco.trace.v1.TlbWriteEmulated.verify|verify} messages.
                 * @param message TlbWriteEmulated message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.TlbWriteEmulated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TlbWriteEmulated message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.TlbWriteEmulated & disco.trace.v1.TlbWriteEmulated.$Shape} TlbWriteEmulated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.TlbWriteEmulated & disco.trace.v1.TlbWriteEmulated.$Shape;
            }

            namespace TlbWriteEmulated {

                /** Properties of a TlbWriteEmulated. */
                interface $Properties {

                    /** TlbWriteEmulated vcpu */
                    vcpu?: (number|null);

                    /** TlbWriteEmulated vpn2 */
                    vpn2?: (number|null);

                    /** TlbWriteEmulated asid */
                    asid?: (number|null);

                    /** TlbWriteEmulated index */
                    index?: (number|null);

                    /** TlbWriteEmulated physicalPage0 */
                    physicalPage0?: (number|null);

                    /** TlbWriteEmulated physicalPage1 */
                    physicalPage1?: (number|null);

                    /** TlbWriteEmulated machinePage0 */
                    machinePage0?: (number|null);

                    /** TlbWriteEmulated machinePage1 */
                    machinePage1?: (number|null);

                    /** TlbWriteEmulated writable0 */
                    writable0?: (boolean|null);

                    /** TlbWriteEmulated writable1 */
                    writable1?: (boolean|null);

                    /** TlbWriteEmulated costTicks */
                    costTicks?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TlbWriteEmulated. */
                type $Shape = disco.trace.v1.TlbWriteEmulated.$Properties;
            }

            /**
             * Properties of a L2TlbMissed.
             * @deprecated Use disco.trace.v1.L2TlbMissed.$Properties instead.
             */
            interface IL2TlbMissed extends disco.trace.v1.L2TlbMissed.$Properties {
            }

            /** Represents a L2TlbMissed. */
            class L2TlbMissed {

                /**
                 * Constructs a new L2TlbMissed.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.L2TlbMissed.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** L2TlbMissed vcpu. */
                vcpu: number;

                /** L2TlbMissed virtualAddress. */
                virtualAddress: number;

                /** L2TlbMissed asid. */
                asid: number;

                /** L2TlbMissed kind. */
                kind: disco.trace.v1.TlbMissKind;

                /** L2TlbMissed write. */
                write: boolean;

                /**
                 * Encodes the specified L2TlbMissed message. Does not implicitly {@link disco.trace.v1.L2TlbMissed.verify|verify} messages.
                 * @param message L2TlbMissed message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.L2TlbMissed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a L2TlbMissed message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.L2TlbMissed & disco.trace.v1.L2TlbMissed.$Shape} L2TlbMissed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.L2TlbMissed & disco.trace.v1.L2TlbMissed.$Shape;
            }

            namespace L2TlbMissed {

                /** Properties of a L2TlbMissed. */
                interface $Properties {

                    /** L2TlbMissed vcpu */
                    vcpu?: (number|null);

                    /** L2TlbMissed virtualAddress */
                    virtualAddress?: (number|null);

                    /** L2TlbMissed asid */
                    asid?: (number|null);

                    /** L2TlbMissed kind */
                    kind?: (disco.trace.v1.TlbMissKind|null);

                    /** L2TlbMissed write */
                    write?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a L2TlbMissed. */
                type $Shape = disco.trace.v1.L2TlbMissed.$Properties;
            }

            /**
             * Properties of a MonitorCallHandled.
             * @deprecated Use disco.trace.v1.MonitorCallHandled.$Properties instead.
             */
            interface IMonitorCallHandled extends disco.trace.v1.MonitorCallHandled.$Properties {
            }

            /** Represents a MonitorCallHandled. */
            class MonitorCallHandled {

                /**
                 * Constructs a new MonitorCallHandled.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.MonitorCallHandled.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MonitorCallHandled vcpu. */
                vcpu: number;

                /** MonitorCallHandled call. */
                call: disco.trace.v1.MonitorCall;

                /** MonitorCallHandled physicalPage. */
                physicalPage: number;

                /** MonitorCallHandled pages. */
                pages: number;

                /** MonitorCallHandled costTicks. */
                costTicks: number;

                /**
                 * Encodes the specified MonitorCallHandled message. Does not implicitly {@link disco.trace.v1.MonitorCallHandled.verify|verify} messages.
                 * @param message MonitorCallHandled message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.MonitorCallHandled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MonitorCallHandled message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.MonitorCallHandled & disco.trace.v1.MonitorCallHandled.$Shape} MonitorCallHandled
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.MonitorCallHandled & disco.trace.v1.MonitorCallHandled.$Shape;
            }

            namespace MonitorCallHandled {

                /** Properties of a MonitorCallHandled. */
                interface $Properties {

                    /** MonitorCallHandled vcpu */
                    vcpu?: (number|null);

                    /** MonitorCallHandled call */
                    call?: (disco.trace.v1.MonitorCall|null);

                    /** MonitorCallHandled physicalPage */
                    physicalPage?: (number|null);

                    /** MonitorCallHandled pages */
                    pages?: (number|null);

                    /** MonitorCallHandled costTicks */
                    costTicks?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MonitorCallHandled. */
                type $Shape = disco.trace.v1.MonitorCallHandled.$Properties;
            }

            /**
             * Properties of a VcpuCounterSample.
             * @deprecated Use disco.trace.v1.VcpuCounterSample.$Properties instead.
             */
            interface IVcpuCounterSample extends disco.trace.v1.VcpuCounterSample.$Properties {
            }

            /** Represents a VcpuCounterSample. */
            class VcpuCounterSample {

                /**
                 * Constructs a new VcpuCounterSample.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.VcpuCounterSample.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** VcpuCounterSample vcpu. */
                vcpu: number;

                /** VcpuCounterSample intervalTicks. */
                intervalTicks: number;

                /** VcpuCounterSample privilegedEmulated. */
                privilegedEmulated: number;

                /** VcpuCounterSample specialPageAccesses. */
                specialPageAccesses: number;

                /** VcpuCounterSample tlbWritesEmulated. */
                tlbWritesEmulated: number;

                /** VcpuCounterSample l2tlbHits. */
                l2tlbHits: number;

                /** VcpuCounterSample vtlbHits. */
                vtlbHits: number;

                /** VcpuCounterSample tlbMissesReflected. */
                tlbMissesReflected: number;

                /** VcpuCounterSample kernelTlbFaults. */
                kernelTlbFaults: number;

                /** VcpuCounterSample monitorCalls. */
                monitorCalls: number;

                /** VcpuCounterSample trapsReflected. */
                trapsReflected: number;

                /** VcpuCounterSample interruptsDelivered. */
                interruptsDelivered: number;

                /** VcpuCounterSample cowFaults. */
                cowFaults: number;

                /** VcpuCounterSample runTicks. */
                runTicks: number;

                /**
                 * Encodes the specified VcpuCounterSample message. Does not implicitly {@link disco.trace.v1.VcpuCounterSample.verify|verify} messages.
                 * @param message VcpuCounterSample message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.VcpuCounterSample.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VcpuCounterSample message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.VcpuCounterSample & disco.trace.v1.VcpuCounterSample.$Shape} VcpuCounterSample
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.VcpuCounterSample & disco.trace.v1.VcpuCounterSample.$Shape;
            }

            namespace VcpuCounterSample {

                /** Properties of a VcpuCounterSample. */
                interface $Properties {

                    /** VcpuCounterSample vcpu */
                    vcpu?: (number|null);

                    /** VcpuCounterSample intervalTicks */
                    intervalTicks?: (number|null);

                    /** VcpuCounterSample privilegedEmulated */
                    privilegedEmulated?: (number|null);

                    /** VcpuCounterSample specialPageAccesses */
                    specialPageAccesses?: (number|null);

                    /** VcpuCounterSample tlbWritesEmulated */
                    tlbWritesEmulated?: (number|null);

                    /** VcpuCounterSample l2tlbHits */
                    l2tlbHits?: (number|null);

                    /** VcpuCounterSample vtlbHits */
                    vtlbHits?: (number|null);

                    /** VcpuCounterSample tlbMissesReflected */
                    tlbMissesReflected?: (number|null);

                    /** VcpuCounterSample kernelTlbFaults */
                    kernelTlbFaults?: (number|null);

                    /** VcpuCounterSample monitorCalls */
                    monitorCalls?: (number|null);

                    /** VcpuCounterSample trapsReflected */
                    trapsReflected?: (number|null);

                    /** VcpuCounterSample interruptsDelivered */
                    interruptsDelivered?: (number|null);

                    /** VcpuCounterSample cowFaults */
                    cowFaults?: (number|null);

                    /** VcpuCounterSample runTicks */
                    runTicks?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a VcpuCounterSample. */
                type $Shape = disco.trace.v1.VcpuCounterSample.$Properties;
            }

            /**
             * Properties of a PageMigrated.
             * @deprecated Use disco.trace.v1.PageMigrated.$Properties instead.
             */
            interface IPageMigrated extends disco.trace.v1.PageMigrated.$Properties {
            }

            /** Represents a PageMigrated. */
            class PageMigrated {

                /**
                 * Constructs a new PageMigrated.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.PageMigrated.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PageMigrated oldMachinePage. */
                oldMachinePage: number;

                /** PageMigrated newMachinePage. */
                newMachinePage: number;

                /** PageMigrated fromNode. */
                fromNode: number;

                /** PageMigrated toNode. */
                toNode: number;

                /** PageMigrated nodeMisses. */
                nodeMisses: number[];

                /** PageMigrated dominantSharePercent. */
                dominantSharePercent: number;

                /** PageMigrated migrateThresholdPercent. */
                migrateThresholdPercent: number;

                /** PageMigrated moves. */
                moves: number;

                /** PageMigrated moveLimit. */
                moveLimit: number;

                /** PageMigrated mappers. */
                mappers: number;

                /** PageMigrated tlbEntriesInvalidated. */
                tlbEntriesInvalidated: number;

                /** PageMigrated l2tlbEntriesInvalidated. */
                l2tlbEntriesInvalidated: number;

                /** PageMigrated ipis. */
                ipis: number;

                /** PageMigrated copyTicks. */
                copyTicks: number;

                /** PageMigrated latencyTicks. */
                latencyTicks: number;

                /** PageMigrated policy. */
                policy: disco.trace.v1.PlacementPolicyKind;

                /**
                 * Encodes the specified PageMigrated message. Does not implicitly {@link disco.trace.v1.PageMigrated.verify|verify} messages.
                 * @param message PageMigrated message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.PageMigrated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PageMigrated message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.PageMigrated & disco.trace.v1.PageMigrated.$Shape} PageMigrated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.PageMigrated & disco.trace.v1.PageMigrated.$Shape;
            }

            namespace PageMigrated {

                /** Properties of a PageMigrated. */
                interface $Properties {

                    /** PageMigrated oldMachinePage */
                    oldMachinePage?: (number|null);

                    /** PageMigrated newMachinePage */
                    newMachinePage?: (number|null);

                    /** PageMigrated fromNode */
                    fromNode?: (number|null);

                    /** PageMigrated toNode */
                    toNode?: (number|null);

                    /** PageMigrated nodeMisses */
                    nodeMisses?: (number[]|null);

                    /** PageMigrated dominantSharePercent */
                    dominantSharePercent?: (number|null);

                    /** PageMigrated migrateThresholdPercent */
                    migrateThresholdPercent?: (number|null);

                    /** PageMigrated moves */
                    moves?: (number|null);

                    /** PageMigrated moveLimit */
                    moveLimit?: (number|null);

                    /** PageMigrated mappers */
                    mappers?: (number|null);

                    /** PageMigrated tlbEntriesInvalidated */
                    tlbEntriesInvalidated?: (number|null);

                    /** PageMigrated l2tlbEntriesInvalidated */
                    l2tlbEntriesInvalidated?: (number|null);

                    /** PageMigrated ipis */
                    ipis?: (number|null);

                    /** PageMigrated copyTicks */
                    copyTicks?: (number|null);

                    /** PageMigrated latencyTicks */
                    latencyTicks?: (number|null);

                    /** PageMigrated policy */
                    policy?: (disco.trace.v1.PlacementPolicyKind|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PageMigrated. */
                type $Shape = disco.trace.v1.PageMigrated.$Properties;
            }

            /**
             * Properties of a PageReplicated.
             * @deprecated Use disco.trace.v1.PageReplicated.$Properties instead.
             */
            interface IPageReplicated extends disco.trace.v1.PageReplicated.$Properties {
            }

            /** Represents a PageReplicated. */
            class PageReplicated {

                /**
                 * Constructs a new PageReplicated.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.PageReplicated.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PageReplicated machinePage. */
                machinePage: number;

                /** PageReplicated replicaMachinePage. */
                replicaMachinePage: number;

                /** PageReplicated toNode. */
                toNode: number;

                /** PageReplicated nodeMisses. */
                nodeMisses: number[];

                /** PageReplicated readers. */
                readers: number;

                /** PageReplicated replicateMinMisses. */
                replicateMinMisses: number;

                /** PageReplicated replicas. */
                replicas: number;

                /** PageReplicated moves. */
                moves: number;

                /** PageReplicated moveLimit. */
                moveLimit: number;

                /** PageReplicated tlbEntriesInvalidated. */
                tlbEntriesInvalidated: number;

                /** PageReplicated l2tlbEntriesInvalidated. */
                l2tlbEntriesInvalidated: number;

                /** PageReplicated ipis. */
                ipis: number;

                /** PageReplicated copyTicks. */
                copyTicks: number;

                /** PageReplicated latencyTicks. */
                latencyTicks: number;

                /** PageReplicated policy. */
                policy: disco.trace.v1.PlacementPolicyKind;

                /**
                 * Encodes the specified PageReplicated message. Does not implicitly {@link disco.trace.v1.PageReplicated.verify|verify} messages.
                 * @param message PageReplicated message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.PageReplicated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PageReplicated message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.PageReplicated & disco.trace.v1.PageReplicated.$Shape} PageReplicated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.PageReplicated & disco.trace.v1.PageReplicated.$Shape;
            }

            namespace PageReplicated {

                /** Properties of a PageReplicated. */
                interface $Properties {

                    /** PageReplicated machinePage */
                    machinePage?: (number|null);

                    /** PageReplicated replicaMachinePage */
                    replicaMachinePage?: (number|null);

                    /** PageReplicated toNode */
                    toNode?: (number|null);

                    /** PageReplicated nodeMisses */
                    nodeMisses?: (number[]|null);

                    /** PageReplicated readers */
                    readers?: (number|null);

                    /** PageReplicated replicateMinMisses */
                    replicateMinMisses?: (number|null);

                    /** PageReplicated replicas */
                    replicas?: (number|null);

                    /** PageReplicated moves */
                    moves?: (number|null);

                    /** PageReplicated moveLimit */
                    moveLimit?: (number|null);

                    /** PageReplicated tlbEntriesInvalidated */
                    tlbEntriesInvalidated?: (number|null);

                    /** PageReplicated l2tlbEntriesInvalidated */
                    l2tlbEntriesInvalidated?: (number|null);

                    /** PageReplicated ipis */
                    ipis?: (number|null);

                    /** PageReplicated copyTicks */
                    copyTicks?: (number|null);

                    /** PageReplicated latencyTicks */
                    latencyTicks?: (number|null);

                    /** PageReplicated policy */
                    policy?: (disco.trace.v1.PlacementPolicyKind|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PageReplicated. */
                type $Shape = disco.trace.v1.PageReplicated.$Properties;
            }

            /**
             * Properties of a ReplicaCollapsed.
             * @deprecated Use disco.trace.v1.ReplicaCollapsed.$Properties instead.
             */
            interface IReplicaCollapsed extends disco.trace.v1.ReplicaCollapsed.$Properties {
            }

            /** Represents a ReplicaCollapsed. */
            class ReplicaCollapsed {

                /**
                 * Constructs a new ReplicaCollapsed.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.ReplicaCollapsed.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ReplicaCollapsed machinePage. */
                machinePage: number;

                /** ReplicaCollapsed survivorMachinePage. */
                survivorMachinePage: number;

                /** ReplicaCollapsed replicasFreed. */
                replicasFreed: number;

                /** ReplicaCollapsed writerNode. */
                writerNode: number;

                /** ReplicaCollapsed vcpu. */
                vcpu: number;

                /** ReplicaCollapsed physicalPage. */
                physicalPage: number;

                /** ReplicaCollapsed tlbEntriesInvalidated. */
                tlbEntriesInvalidated: number;

                /** ReplicaCollapsed ipis. */
                ipis: number;

                /** ReplicaCollapsed latencyTicks. */
                latencyTicks: number;

                /** ReplicaCollapsed policy. */
                policy: disco.trace.v1.PlacementPolicyKind;

                /**
                 * Encodes the specified ReplicaCollapsed message. Does not implicitly {@link disco.trace.v1.ReplicaCollapsed.verify|verify} messages.
                 * @param message ReplicaCollapsed message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.ReplicaCollapsed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReplicaCollapsed message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.ReplicaCollapsed & disco.trace.v1.ReplicaCollapsed.$Shape} ReplicaCollapsed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.ReplicaCollapsed & disco.trace.v1.ReplicaCollapsed.$Shape;
            }

            namespace ReplicaCollapsed {

                /** Properties of a ReplicaCollapsed. */
                interface $Properties {

                    /** ReplicaCollapsed machinePage */
                    machinePage?: (number|null);

                    /** ReplicaCollapsed survivorMachinePage */
                    survivorMachinePage?: (number|null);

                    /** ReplicaCollapsed replicasFreed */
                    replicasFreed?: (number|null);

                    /** ReplicaCollapsed writerNode */
                    writerNode?: (number|null);

                    /** ReplicaCollapsed vcpu */
                    vcpu?: (number|null);

                    /** ReplicaCollapsed physicalPage */
                    physicalPage?: (number|null);

                    /** ReplicaCollapsed tlbEntriesInvalidated */
                    tlbEntriesInvalidated?: (number|null);

                    /** ReplicaCollapsed ipis */
                    ipis?: (number|null);

                    /** ReplicaCollapsed latencyTicks */
                    latencyTicks?: (number|null);

                    /** ReplicaCollapsed policy */
                    policy?: (disco.trace.v1.PlacementPolicyKind|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReplicaCollapsed. */
                type $Shape = disco.trace.v1.ReplicaCollapsed.$Properties;
            }

            /**
             * Properties of a MigrationDeclined.
             * @deprecated Use disco.trace.v1.MigrationDeclined.$Properties instead.
             */
            interface IMigrationDeclined extends disco.trace.v1.MigrationDeclined.$Properties {
            }

            /** Represents a MigrationDeclined. */
            class MigrationDeclined {

                /**
                 * Constructs a new MigrationDeclined.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.MigrationDeclined.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MigrationDeclined machinePage. */
                machinePage: number;

                /** MigrationDeclined reason. */
                reason: disco.trace.v1.MigrationDeclineReason;

                /** MigrationDeclined nodeMisses. */
                nodeMisses: number[];

                /** MigrationDeclined dominantNode. */
                dominantNode: number;

                /** MigrationDeclined dominantSharePercent. */
                dominantSharePercent: number;

                /** MigrationDeclined migrateThresholdPercent. */
                migrateThresholdPercent: number;

                /** MigrationDeclined readers. */
                readers: number;

                /** MigrationDeclined moves. */
                moves: number;

                /** MigrationDeclined moveLimit. */
                moveLimit: number;

                /** MigrationDeclined policy. */
                policy: disco.trace.v1.PlacementPolicyKind;

                /**
                 * Encodes the specified MigrationDeclined message. Does not implicitly {@link disco.trace.v1.MigrationDeclined.verify|verify} messages.
                 * @param message MigrationDeclined message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.MigrationDeclined.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MigrationDeclined message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.MigrationDeclined & disco.trace.v1.MigrationDeclined.$Shape} MigrationDeclined
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.MigrationDeclined & disco.trace.v1.MigrationDeclined.$Shape;
            }

            namespace MigrationDeclined {

                /** Properties of a MigrationDeclined. */
                interface $Properties {

                    /** MigrationDeclined machinePage */
                    machinePage?: (number|null);

                    /** MigrationDeclined reason */
                    reason?: (disco.trace.v1.MigrationDeclineReason|null);

                    /** MigrationDeclined nodeMisses */
                    nodeMisses?: (number[]|null);

                    /** MigrationDeclined dominantNode */
                    dominantNode?: (number|null);

                    /** MigrationDeclined dominantSharePercent */
                    dominantSharePercent?: (number|null);

                    /** MigrationDeclined migrateThresholdPercent */
                    migrateThresholdPercent?: (number|null);

                    /** MigrationDeclined readers */
                    readers?: (number|null);

                    /** MigrationDeclined moves */
                    moves?: (number|null);

                    /** MigrationDeclined moveLimit */
                    moveLimit?: (number|null);

                    /** MigrationDeclined policy */
                    policy?: (disco.trace.v1.PlacementPolicyKind|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MigrationDeclined. */
                type $Shape = disco.trace.v1.MigrationDeclined.$Properties;
            }

            /**
             * Properties of a HintingScanCompleted.
             * @deprecated Use disco.trace.v1.HintingScanCompleted.$Properties instead.
             */
            interface IHintingScanCompleted extends disco.trace.v1.HintingScanCompleted.$Properties {
            }

            /** Represents a HintingScanCompleted. */
            class HintingScanCompleted {

                /**
                 * Constructs a new HintingScanCompleted.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.HintingScanCompleted.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HintingScanCompleted firstPhysicalPage. */
                firstPhysicalPage: number;

                /** HintingScanCompleted windowPages. */
                windowPages: number;

                /** HintingScanCompleted pagesArmed. */
                pagesArmed: number;

                /** HintingScanCompleted pagesStillArmed. */
                pagesStillArmed: number;

                /** HintingScanCompleted vcpus. */
                vcpus: number;

                /** HintingScanCompleted ipis. */
                ipis: number;

                /** HintingScanCompleted tlbEntriesInvalidated. */
                tlbEntriesInvalidated: number;

                /** HintingScanCompleted l2tlbEntriesInvalidated. */
                l2tlbEntriesInvalidated: number;

                /** HintingScanCompleted scanPeriodTicks. */
                scanPeriodTicks: number;

                /** HintingScanCompleted scanPages. */
                scanPages: number;

                /** HintingScanCompleted costTicks. */
                costTicks: number;

                /**
                 * Encodes the specified HintingScanCompleted message. Does not implicitly {@link disco.trace.v1.HintingScanCompleted.verify|verify} messages.
                 * @param message HintingScanCompleted message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.HintingScanCompleted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HintingScanCompleted message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.HintingScanCompleted & disco.trace.v1.HintingScanCompleted.$Shape} HintingScanCompleted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.HintingScanCompleted & disco.trace.v1.HintingScanCompleted.$Shape;
            }

            namespace HintingScanCompleted {

                /** Properties of a HintingScanCompleted. */
                interface $Properties {

                    /** HintingScanCompleted firstPhysicalPage */
                    firstPhysicalPage?: (number|null);

                    /** HintingScanCompleted windowPages */
                    windowPages?: (number|null);

                    /** HintingScanCompleted pagesArmed */
                    pagesArmed?: (number|null);

                    /** HintingScanCompleted pagesStillArmed */
                    pagesStillArmed?: (number|null);

                    /** HintingScanCompleted vcpus */
                    vcpus?: (number|null);

                    /** HintingScanCompleted ipis */
                    ipis?: (number|null);

                    /** HintingScanCompleted tlbEntriesInvalidated */
                    tlbEntriesInvalidated?: (number|null);

                    /** HintingScanCompleted l2tlbEntriesInvalidated */
                    l2tlbEntriesInvalidated?: (number|null);

                    /** HintingScanCompleted scanPeriodTicks */
                    scanPeriodTicks?: (number|null);

                    /** HintingScanCompleted scanPages */
                    scanPages?: (number|null);

                    /** HintingScanCompleted costTicks */
                    costTicks?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HintingScanCompleted. */
                type $Shape = disco.trace.v1.HintingScanCompleted.$Properties;
            }

            /**
             * Properties of a HintingFaultTaken.
             * @deprecated Use disco.trace.v1.HintingFaultTaken.$Properties instead.
             */
            interface IHintingFaultTaken extends disco.trace.v1.HintingFaultTaken.$Properties {
            }

            /** Represents a HintingFaultTaken. */
            class HintingFaultTaken {

                /**
                 * Constructs a new HintingFaultTaken.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.HintingFaultTaken.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HintingFaultTaken vcpu. */
                vcpu: number;

                /** HintingFaultTaken physicalPage. */
                physicalPage: number;

                /** HintingFaultTaken machinePage. */
                machinePage: number;

                /** HintingFaultTaken faultNode. */
                faultNode: number;

                /** HintingFaultTaken homeNode. */
                homeNode: number;

                /** HintingFaultTaken lastFaultNode. */
                lastFaultNode: number;

                /** HintingFaultTaken filterFaults. */
                filterFaults: number;

                /** HintingFaultTaken migrated. */
                migrated: boolean;

                /** HintingFaultTaken reason. */
                reason: disco.trace.v1.MigrationDeclineReason;

                /** HintingFaultTaken costTicks. */
                costTicks: number;

                /**
                 * Encodes the specified HintingFaultTaken message. Does not implicitly {@link disco.trace.v1.HintingFaultTaken.verify|verify} messages.
                 * @param message HintingFaultTaken message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.HintingFaultTaken.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HintingFaultTaken message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.HintingFaultTaken & disco.trace.v1.HintingFaultTaken.$Shape} HintingFaultTaken
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.HintingFaultTaken & disco.trace.v1.HintingFaultTaken.$Shape;
            }

            namespace HintingFaultTaken {

                /** Properties of a HintingFaultTaken. */
                interface $Properties {

                    /** HintingFaultTaken vcpu */
                    vcpu?: (number|null);

                    /** HintingFaultTaken physicalPage */
                    physicalPage?: (number|null);

                    /** HintingFaultTaken machinePage */
                    machinePage?: (number|null);

                    /** HintingFaultTaken faultNode */
                    faultNode?: (number|null);

                    /** HintingFaultTaken homeNode */
                    homeNode?: (number|null);

                    /** HintingFaultTaken lastFaultNode */
                    lastFaultNode?: (number|null);

                    /** HintingFaultTaken filterFaults */
                    filterFaults?: (number|null);

                    /** HintingFaultTaken migrated */
                    migrated?: (boolean|null);

                    /** HintingFaultTaken reason */
                    reason?: (disco.trace.v1.MigrationDeclineReason|null);

                    /** HintingFaultTaken costTicks */
                    costTicks?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HintingFaultTaken. */
                type $Shape = disco.trace.v1.HintingFaultTaken.$Properties;
            }

            /**
             * Properties of a PlacementSampled.
             * @deprecated Use disco.trace.v1.PlacementSampled.$Properties instead.
             */
            interface IPlacementSampled extends disco.trace.v1.PlacementSampled.$Properties {
            }

            /** Represents a PlacementSampled. */
            class PlacementSampled {

                /**
                 * Constructs a new PlacementSampled.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.PlacementSampled.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PlacementSampled samples. */
                samples: number;

                /** PlacementSampled pagesSampled. */
                pagesSampled: number;

                /** PlacementSampled sampleEveryMisses. */
                sampleEveryMisses: number;

                /** PlacementSampled localAccessPercent. */
                localAccessPercent: number;

                /** PlacementSampled controllerRequests. */
                controllerRequests: number[];

                /** PlacementSampled imbalancePercent. */
                imbalancePercent: number;

                /** PlacementSampled accessesPerMs. */
                accessesPerMs: number;

                /** PlacementSampled minAccessesPerMs. */
                minAccessesPerMs: number;

                /** PlacementSampled maxLocalAccessPercent. */
                maxLocalAccessPercent: number;

                /** PlacementSampled minImbalancePercent. */
                minImbalancePercent: number;

                /** PlacementSampled migrationEnabled. */
                migrationEnabled: boolean;

                /** PlacementSampled replicationEnabled. */
                replicationEnabled: boolean;

                /** PlacementSampled interleavingEnabled. */
                interleavingEnabled: boolean;

                /** PlacementSampled periodTicks. */
                periodTicks: number;

                /** PlacementSampled costTicks. */
                costTicks: number;

                /**
                 * Encodes the specified PlacementSampled message. Does not implicitly {@link disco.trace.v1.PlacementSampled.verify|verify} messages.
                 * @param message PlacementSampled message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.PlacementSampled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PlacementSampled message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.PlacementSampled & disco.trace.v1.PlacementSampled.$Shape} PlacementSampled
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.PlacementSampled & disco.trace.v1.PlacementSampled.$Shape;
            }

            namespace PlacementSampled {

                /** Properties of a PlacementSampled. */
                interface $Properties {

                    /** PlacementSampled samples */
                    samples?: (number|null);

                    /** PlacementSampled pagesSampled */
                    pagesSampled?: (number|null);

                    /** PlacementSampled sampleEveryMisses */
                    sampleEveryMisses?: (number|null);

                    /** PlacementSampled localAccessPercent */
                    localAccessPercent?: (number|null);

                    /** PlacementSampled controllerRequests */
                    controllerRequests?: (number[]|null);

                    /** PlacementSampled imbalancePercent */
                    imbalancePercent?: (number|null);

                    /** PlacementSampled accessesPerMs */
                    accessesPerMs?: (number|null);

                    /** PlacementSampled minAccessesPerMs */
                    minAccessesPerMs?: (number|null);

                    /** PlacementSampled maxLocalAccessPercent */
                    maxLocalAccessPercent?: (number|null);

                    /** PlacementSampled minImbalancePercent */
                    minImbalancePercent?: (number|null);

                    /** PlacementSampled migrationEnabled */
                    migrationEnabled?: (boolean|null);

                    /** PlacementSampled replicationEnabled */
                    replicationEnabled?: (boolean|null);

                    /** PlacementSampled interleavingEnabled */
                    interleavingEnabled?: (boolean|null);

                    /** PlacementSampled periodTicks */
                    periodTicks?: (number|null);

                    /** PlacementSampled costTicks */
                    costTicks?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PlacementSampled. */
                type $Shape = disco.trace.v1.PlacementSampled.$Properties;
            }

            /**
             * Properties of a PageInterleaved.
             * @deprecated Use disco.trace.v1.PageInterleaved.$Properties instead.
             */
            interface IPageInterleaved extends disco.trace.v1.PageInterleaved.$Properties {
            }

            /** Represents a PageInterleaved. */
            class PageInterleaved {

                /**
                 * Constructs a new PageInterleaved.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.PageInterleaved.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PageInterleaved oldMachinePage. */
                oldMachinePage: number;

                /** PageInterleaved newMachinePage. */
                newMachinePage: number;

                /** PageInterleaved fromNode. */
                fromNode: number;

                /** PageInterleaved toNode. */
                toNode: number;

                /** PageInterleaved nodeSamples. */
                nodeSamples: number[];

                /** PageInterleaved writeSamples. */
                writeSamples: number;

                /** PageInterleaved accessingNodes. */
                accessingNodes: number;

                /** PageInterleaved toNodeRequests. */
                toNodeRequests: number;

                /** PageInterleaved imbalancePercent. */
                imbalancePercent: number;

                /** PageInterleaved mappers. */
                mappers: number;

                /** PageInterleaved tlbEntriesInvalidated. */
                tlbEntriesInvalidated: number;

                /** PageInterleaved ipis. */
                ipis: number;

                /** PageInterleaved copyTicks. */
                copyTicks: number;

                /** PageInterleaved latencyTicks. */
                latencyTicks: number;

                /** PageInterleaved policy. */
                policy: disco.trace.v1.PlacementPolicyKind;

                /**
                 * Encodes the specified PageInterleaved message. Does not implicitly {@link disco.trace.v1.PageInterleaved.verify|verify} messages.
                 * @param message PageInterleaved message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.PageInterleaved.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PageInterleaved message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.PageInterleaved & disco.trace.v1.PageInterleaved.$Shape} PageInterleaved
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.PageInterleaved & disco.trace.v1.PageInterleaved.$Shape;
            }

            namespace PageInterleaved {

                /** Properties of a PageInterleaved. */
                interface $Properties {

                    /** PageInterleaved oldMachinePage */
                    oldMachinePage?: (number|null);

                    /** PageInterleaved newMachinePage */
                    newMachinePage?: (number|null);

                    /** PageInterleaved fromNode */
                    fromNode?: (number|null);

                    /** PageInterleaved toNode */
                    toNode?: (number|null);

                    /** PageInterleaved nodeSamples */
                    nodeSamples?: (number[]|null);

                    /** PageInterleaved writeSamples */
                    writeSamples?: (number|null);

                    /** PageInterleaved accessingNodes */
                    accessingNodes?: (number|null);

                    /** PageInterleaved toNodeRequests */
                    toNodeRequests?: (number|null);

                    /** PageInterleaved imbalancePercent */
                    imbalancePercent?: (number|null);

                    /** PageInterleaved mappers */
                    mappers?: (number|null);

                    /** PageInterleaved tlbEntriesInvalidated */
                    tlbEntriesInvalidated?: (number|null);

                    /** PageInterleaved ipis */
                    ipis?: (number|null);

                    /** PageInterleaved copyTicks */
                    copyTicks?: (number|null);

                    /** PageInterleaved latencyTicks */
                    latencyTicks?: (number|null);

                    /** PageInterleaved policy */
                    policy?: (disco.trace.v1.PlacementPolicyKind|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PageInterleaved. */
                type $Shape = disco.trace.v1.PageInterleaved.$Properties;
            }

            /**
             * Properties of a ShootdownSent.
             * @deprecated Use disco.trace.v1.ShootdownSent.$Properties instead.
             */
            interface IShootdownSent extends disco.trace.v1.ShootdownSent.$Properties {
            }

            /** Represents a ShootdownSent. */
            class ShootdownSent {

                /**
                 * Constructs a new ShootdownSent.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.ShootdownSent.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ShootdownSent machinePage. */
                machinePage: number;

                /** ShootdownSent reason. */
                reason: disco.trace.v1.ShootdownReason;

                /** ShootdownSent vcpus. */
                vcpus: number;

                /** ShootdownSent ipis. */
                ipis: number;

                /** ShootdownSent tlbEntriesInvalidated. */
                tlbEntriesInvalidated: number;

                /** ShootdownSent l2tlbEntriesInvalidated. */
                l2tlbEntriesInvalidated: number;

                /** ShootdownSent costTicks. */
                costTicks: number;

                /**
                 * Encodes the specified ShootdownSent message. Does not implicitly {@link disco.trace.v1.ShootdownSent.verify|verify} messages.
                 * @param message ShootdownSent message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.ShootdownSent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ShootdownSent message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.ShootdownSent & disco.trace.v1.ShootdownSent.$Shape} ShootdownSent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.ShootdownSent & disco.trace.v1.ShootdownSent.$Shape;
            }

            namespace ShootdownSent {

                /** Properties of a ShootdownSent. */
                interface $Properties {

                    /** ShootdownSent machinePage */
                    machinePage?: (number|null);

                    /** ShootdownSent reason */
                    reason?: (disco.trace.v1.ShootdownReason|null);

                    /** ShootdownSent vcpus */
                    vcpus?: (number|null);

                    /** ShootdownSent ipis */
                    ipis?: (number|null);

                    /** ShootdownSent tlbEntriesInvalidated */
                    tlbEntriesInvalidated?: (number|null);

                    /** ShootdownSent l2tlbEntriesInvalidated */
                    l2tlbEntriesInvalidated?: (number|null);

                    /** ShootdownSent costTicks */
                    costTicks?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ShootdownSent. */
                type $Shape = disco.trace.v1.ShootdownSent.$Properties;
            }

            /**
             * Properties of a CowBlockShared.
             * @deprecated Use disco.trace.v1.CowBlockShared.$Properties instead.
             */
            interface ICowBlockShared extends disco.trace.v1.CowBlockShared.$Properties {
            }

            /** Represents a CowBlockShared. */
            class CowBlockShared {

                /**
                 * Constructs a new CowBlockShared.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.CowBlockShared.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CowBlockShared source. */
                source: disco.trace.v1.CowSource;

                /** CowBlockShared physicalPage. */
                physicalPage: number;

                /** CowBlockShared machinePage. */
                machinePage: number;

                /** CowBlockShared disk. */
                disk: number;

                /** CowBlockShared sector. */
                sector: number;

                /** CowBlockShared sharers. */
                sharers: number;

                /**
                 * Encodes the specified CowBlockShared message. Does not implicitly {@link disco.trace.v1.CowBlockShared.verify|verify} messages.
                 * @param message CowBlockShared message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.CowBlockShared.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CowBlockShared message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.CowBlockShared & disco.trace.v1.CowBlockShared.$Shape} CowBlockShared
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.CowBlockShared & disco.trace.v1.CowBlockShared.$Shape;
            }

            namespace CowBlockShared {

                /** Properties of a CowBlockShared. */
                interface $Properties {

                    /** CowBlockShared source */
                    source?: (disco.trace.v1.CowSource|null);

                    /** CowBlockShared physicalPage */
                    physicalPage?: (number|null);

                    /** CowBlockShared machinePage */
                    machinePage?: (number|null);

                    /** CowBlockShared disk */
                    disk?: (number|null);

                    /** CowBlockShared sector */
                    sector?: (number|null);

                    /** CowBlockShared sharers */
                    sharers?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CowBlockShared. */
                type $Shape = disco.trace.v1.CowBlockShared.$Properties;
            }

            /**
             * Properties of a CowBroken.
             * @deprecated Use disco.trace.v1.CowBroken.$Properties instead.
             */
            interface ICowBroken extends disco.trace.v1.CowBroken.$Properties {
            }

            /** Represents a CowBroken. */
            class CowBroken {

                /**
                 * Constructs a new CowBroken.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.CowBroken.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CowBroken vcpu. */
                vcpu: number;

                /** CowBroken physicalPage. */
                physicalPage: number;

                /** CowBroken oldMachinePage. */
                oldMachinePage: number;

                /** CowBroken newMachinePage. */
                newMachinePage: number;

                /** CowBroken sharersLeft. */
                sharersLeft: number;

                /** CowBroken latencyTicks. */
                latencyTicks: number;

                /**
                 * Encodes the specified CowBroken message. Does not implicitly {@link disco.trace.v1.CowBroken.verify|verify} messages.
                 * @param message CowBroken message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.CowBroken.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CowBroken message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.CowBroken & disco.trace.v1.CowBroken.$Shape} CowBroken
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.CowBroken & disco.trace.v1.CowBroken.$Shape;
            }

            namespace CowBroken {

                /** Properties of a CowBroken. */
                interface $Properties {

                    /** CowBroken vcpu */
                    vcpu?: (number|null);

                    /** CowBroken physicalPage */
                    physicalPage?: (number|null);

                    /** CowBroken oldMachinePage */
                    oldMachinePage?: (number|null);

                    /** CowBroken newMachinePage */
                    newMachinePage?: (number|null);

                    /** CowBroken sharersLeft */
                    sharersLeft?: (number|null);

                    /** CowBroken latencyTicks */
                    latencyTicks?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CowBroken. */
                type $Shape = disco.trace.v1.CowBroken.$Properties;
            }

            /**
             * Properties of a PacketRemapped.
             * @deprecated Use disco.trace.v1.PacketRemapped.$Properties instead.
             */
            interface IPacketRemapped extends disco.trace.v1.PacketRemapped.$Properties {
            }

            /** Represents a PacketRemapped. */
            class PacketRemapped {

                /**
                 * Constructs a new PacketRemapped.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.PacketRemapped.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PacketRemapped fromVm. */
                fromVm: number;

                /** PacketRemapped toVm. */
                toVm: number;

                /** PacketRemapped bytes. */
                bytes: number;

                /** PacketRemapped pagesRemapped. */
                pagesRemapped: number;

                /** PacketRemapped bytesCopied. */
                bytesCopied: number;

                /** PacketRemapped tag. */
                tag: number;

                /** PacketRemapped costTicks. */
                costTicks: number;

                /**
                 * Encodes the specified PacketRemapped message. Does not implicitly {@link disco.trace.v1.PacketRemapped.verify|verify} messages.
                 * @param message PacketRemapped message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.PacketRemapped.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PacketRemapped message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.PacketRemapped & disco.trace.v1.PacketRemapped.$Shape} PacketRemapped
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.PacketRemapped & disco.trace.v1.PacketRemapped.$Shape;
            }

            namespace PacketRemapped {

                /** Properties of a PacketRemapped. */
                interface $Properties {

                    /** PacketRemapped fromVm */
                    fromVm?: (number|null);

                    /** PacketRemapped toVm */
                    toVm?: (number|null);

                    /** PacketRemapped bytes */
                    bytes?: (number|null);

                    /** PacketRemapped pagesRemapped */
                    pagesRemapped?: (number|null);

                    /** PacketRemapped bytesCopied */
                    bytesCopied?: (number|null);

                    /** PacketRemapped tag */
                    tag?: (number|null);

                    /** PacketRemapped costTicks */
                    costTicks?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PacketRemapped. */
                type $Shape = disco.trace.v1.PacketRemapped.$Properties;
            }

            /**
             * Properties of a DiskRequestVirtualized.
             * @deprecated Use disco.trace.v1.DiskRequestVirtualized.$Properties instead.
             */
            interface IDiskRequestVirtualized extends disco.trace.v1.DiskRequestVirtualized.$Properties {
            }

            /** Represents a DiskRequestVirtualized. */
            class DiskRequestVirtualized {

                /**
                 * Constructs a new DiskRequestVirtualized.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.DiskRequestVirtualized.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DiskRequestVirtualized vcpu. */
                vcpu: number;

                /** DiskRequestVirtualized disk. */
                disk: number;

                /** DiskRequestVirtualized physicalDisk. */
                physicalDisk: number;

                /** DiskRequestVirtualized write. */
                write: boolean;

                /** DiskRequestVirtualized persistent. */
                persistent: boolean;

                /** DiskRequestVirtualized sector. */
                sector: number;

                /** DiskRequestVirtualized sectors. */
                sectors: number;

                /** DiskRequestVirtualized pagesShared. */
                pagesShared: number;

                /** DiskRequestVirtualized pagesFromDisk. */
                pagesFromDisk: number;

                /** DiskRequestVirtualized pagesCopied. */
                pagesCopied: number;

                /** DiskRequestVirtualized pagesWritten. */
                pagesWritten: number;

                /** DiskRequestVirtualized latencyTicks. */
                latencyTicks: number;

                /** DiskRequestVirtualized tag. */
                tag: number;

                /**
                 * Encodes the specified DiskRequestVirtualized message. Does not implicitly {@link disco.trace.v1.DiskRequestVirtualized.verify|verify} messages.
                 * @param message DiskRequestVirtualized message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.DiskRequestVirtualized.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DiskRequestVirtualized message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.DiskRequestVirtualized & disco.trace.v1.DiskRequestVirtualized.$Shape} DiskRequestVirtualized
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.DiskRequestVirtualized & disco.trace.v1.DiskRequestVirtualized.$Shape;
            }

            namespace DiskRequestVirtualized {

                /** Properties of a DiskRequestVirtualized. */
                interface $Properties {

                    /** DiskRequestVirtualized vcpu */
                    vcpu?: (number|null);

                    /** DiskRequestVirtualized disk */
                    disk?: (number|null);

                    /** DiskRequestVirtualized physicalDisk */
                    physicalDisk?: (number|null);

                    /** DiskRequestVirtualized write */
                    write?: (boolean|null);

                    /** DiskRequestVirtualized persistent */
                    persistent?: (boolean|null);

                    /** DiskRequestVirtualized sector */
                    sector?: (number|null);

                    /** DiskRequestVirtualized sectors */
                    sectors?: (number|null);

                    /** DiskRequestVirtualized pagesShared */
                    pagesShared?: (number|null);

                    /** DiskRequestVirtualized pagesFromDisk */
                    pagesFromDisk?: (number|null);

                    /** DiskRequestVirtualized pagesCopied */
                    pagesCopied?: (number|null);

                    /** DiskRequestVirtualized pagesWritten */
                    pagesWritten?: (number|null);

                    /** DiskRequestVirtualized latencyTicks */
                    latencyTicks?: (number|null);

                    /** DiskRequestVirtualized tag */
                    tag?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DiskRequestVirtualized. */
                type $Shape = disco.trace.v1.DiskRequestVirtualized.$Properties;
            }

            /**
             * Properties of a FootprintSample.
             * @deprecated Use disco.trace.v1.FootprintSample.$Properties instead.
             */
            interface IFootprintSample extends disco.trace.v1.FootprintSample.$Properties {
            }

            /** Represents a FootprintSample. */
            class FootprintSample {

                /**
                 * Constructs a new FootprintSample.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: disco.trace.v1.FootprintSample.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** FootprintSample kernelTextPages. */
                kernelTextPages: number;

                /** FootprintSample kernelDataPages. */
                kernelDataPages: number;

                /** FootprintSample bufferCachePages. */
                bufferCachePages: number;

                /** FootprintSample userPages. */
                userPages: number;

                /** FootprintSample monitorPages. */
                monitorPages: number;

                /** FootprintSample replicaPages. */
                replicaPages: number;

                /** FootprintSample totalPages. */
                totalPages: number;

                /** FootprintSample sharedPages. */
                sharedPages: number;

                /**
                 * Encodes the specified FootprintSample message. Does not implicitly {@link disco.trace.v1.FootprintSample.verify|verify} messages.
                 * @param message FootprintSample message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: disco.trace.v1.FootprintSample.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FootprintSample message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {disco.trace.v1.FootprintSample & disco.trace.v1.FootprintSample.$Shape} FootprintSample
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): disco.trace.v1.FootprintSample & disco.trace.v1.FootprintSample.$Shape;
            }

            namespace FootprintSample {

                /** Properties of a FootprintSample. */
                interface $Properties {

                    /** FootprintSample kernelTextPages */
                    kernelTextPages?: (number|null);

                    /** FootprintSample kernelDataPages */
                    kernelDataPages?: (number|null);

                    /** FootprintSample bufferCachePages */
                    bufferCachePages?: (number|null);

                    /** FootprintSample userPages */
                    userPages?: (number|null);

                    /** FootprintSample monitorPages */
                    monitorPages?: (number|null);

                    /** FootprintSample replicaPages */
                    replicaPages?: (number|null);

                    /** FootprintSample totalPages */
                    totalPages?: (number|null);

                    /** FootprintSample sharedPages */
                    sharedPages?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a FootprintSample. */
                type $Shape = disco.trace.v1.FootprintSample.$Properties;
            }
        }
    }
}
