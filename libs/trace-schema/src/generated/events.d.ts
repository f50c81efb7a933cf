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

                /** Event payload. */
                payload?: ("runStarted"|"runFinished"|"syntheticWorkDone"|"syntheticMessageSent");

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

                    /** Event payload */
                    payload?: ("runStarted"|"runFinished"|"syntheticWorkDone"|"syntheticMessageSent");

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
                  $unknowns?: Uint8Array[];
                } & (
                  ({ payload?: undefined; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null }|{ payload?: "runStarted"; runStarted: disco.trace.v1.RunStarted.$Shape; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null }|{ payload?: "runFinished"; runStarted?: null; runFinished: disco.trace.v1.RunFinished.$Shape; syntheticWorkDone?: null; syntheticMessageSent?: null }|{ payload?: "syntheticWorkDone"; runStarted?: null; runFinished?: null; syntheticWorkDone: disco.trace.v1.SyntheticWorkDone.$Shape; syntheticMessageSent?: null }|{ payload?: "syntheticMessageSent"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent: disco.trace.v1.SyntheticMessageSent.$Shape })
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
        }
    }
}
