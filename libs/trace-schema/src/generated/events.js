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
                 * @property {"runStarted"|"runFinished"|"syntheticWorkDone"|"syntheticMessageSent"} [payload] Event payload
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
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ payload?: undefined; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null }|{ payload?: "runStarted"; runStarted: disco.trace.v1.RunStarted.$Shape; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent?: null }|{ payload?: "runFinished"; runStarted?: null; runFinished: disco.trace.v1.RunFinished.$Shape; syntheticWorkDone?: null; syntheticMessageSent?: null }|{ payload?: "syntheticWorkDone"; runStarted?: null; runFinished?: null; syntheticWorkDone: disco.trace.v1.SyntheticWorkDone.$Shape; syntheticMessageSent?: null }|{ payload?: "syntheticMessageSent"; runStarted?: null; runFinished?: null; syntheticWorkDone?: null; syntheticMessageSent: disco.trace.v1.SyntheticMessageSent.$Shape })
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

                // OneOf field names bound to virtual getters and setters
                var $oneOfFields;

                /**
                 * Event payload.
                 * @member {"runStarted"|"runFinished"|"syntheticWorkDone"|"syntheticMessageSent"|undefined} payload
                 * @memberof disco.trace.v1.Event
                 * @instance
                 */
                $Object.defineProperty(Event.prototype, "payload", {
                    get: $util.oneOfGetter($oneOfFields = ["runStarted", "runFinished", "syntheticWorkDone", "syntheticMessageSent"]),
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

            return v1;
        })();

        return trace;
    })();

    return disco;
})();

module.exports = $root;
