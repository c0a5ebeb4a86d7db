/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Boolean = $util.global.Boolean, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const redoubt = $root.redoubt = (() => {

    /**
     * Namespace redoubt.
     * @exports redoubt
     * @namespace
     */
    const redoubt = {};

    redoubt.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof redoubt
         * @namespace
         */
        const v1 = {};

        v1.CallerContext = (function() {

            /**
             * Properties of a CallerContext.
             * @typedef {Object} redoubt.v1.CallerContext.$Properties
             * @property {string|null} [accountId] CallerContext accountId
             * @property {string|null} [sessionId] CallerContext sessionId
             * @property {string|null} [orgId] CallerContext orgId
             * @property {string|null} [issueId] CallerContext issueId
             * @property {string|null} [origin] CallerContext origin
             * @property {boolean|null} [superadmin] CallerContext superadmin
             * @property {number|null} [assuranceLevel] CallerContext assuranceLevel
             * @property {boolean|null} [phishingResistant] CallerContext phishingResistant
             * @property {number|null} [factorAt] CallerContext factorAt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CallerContext.
             * @memberof redoubt.v1
             * @interface ICallerContext
             * @augments redoubt.v1.CallerContext.$Properties
             * @deprecated Use redoubt.v1.CallerContext.$Properties instead.
             */

            /**
             * Shape of a CallerContext.
             * @typedef {redoubt.v1.CallerContext.$Properties} redoubt.v1.CallerContext.$Shape
             */

            /**
             * Constructs a new CallerContext.
             * @memberof redoubt.v1
             * @classdesc Represents a CallerContext.
             * @constructor
             * @param {redoubt.v1.CallerContext.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CallerContext = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CallerContext accountId.
             * @member {string} accountId
             * @memberof redoubt.v1.CallerContext
             * @instance
             */
            CallerContext.prototype.accountId = "";

            /**
             * CallerContext sessionId.
             * @member {string} sessionId
             * @memberof redoubt.v1.CallerContext
             * @instance
             */
            CallerContext.prototype.sessionId = "";

            /**
             * CallerContext orgId.
             * @member {string} orgId
             * @memberof redoubt.v1.CallerContext
             * @instance
             */
            CallerContext.prototype.orgId = "";

            /**
             * CallerContext issueId.
             * @member {string} issueId
             * @memberof redoubt.v1.CallerContext
             * @instance
             */
            CallerContext.prototype.issueId = "";

            /**
             * CallerContext origin.
             * @member {string} origin
             * @memberof redoubt.v1.CallerContext
             * @instance
             */
            CallerContext.prototype.origin = "";

            /**
             * CallerContext superadmin.
             * @member {boolean} superadmin
             * @memberof redoubt.v1.CallerContext
             * @instance
             */
            CallerContext.prototype.superadmin = false;

            /**
             * CallerContext assuranceLevel.
             * @member {number} assuranceLevel
             * @memberof redoubt.v1.CallerContext
             * @instance
             */
            CallerContext.prototype.assuranceLevel = 0;

            /**
             * CallerContext phishingResistant.
             * @member {boolean} phishingResistant
             * @memberof redoubt.v1.CallerContext
             * @instance
             */
            CallerContext.prototype.phishingResistant = false;

            /**
             * CallerContext factorAt.
             * @member {number} factorAt
             * @memberof redoubt.v1.CallerContext
             * @instance
             */
            CallerContext.prototype.factorAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new CallerContext instance using the specified properties.
             * @function create
             * @memberof redoubt.v1.CallerContext
             * @static
             * @param {redoubt.v1.CallerContext.$Properties=} [properties] Properties to set
             * @returns {redoubt.v1.CallerContext} CallerContext instance
             * @type {{
             *   (properties: redoubt.v1.CallerContext.$Shape): redoubt.v1.CallerContext & redoubt.v1.CallerContext.$Shape;
             *   (properties?: redoubt.v1.CallerContext.$Properties): redoubt.v1.CallerContext;
             * }}
             */
            CallerContext.create = function(properties) {
                return new CallerContext(properties);
            };

            /**
             * Encodes the specified CallerContext message. Does not implicitly {@link redoubt.v1.CallerContext.verify|verify} messages.
             * @function encode
             * @memberof redoubt.v1.CallerContext
             * @static
             * @param {redoubt.v1.CallerContext.$Properties} m CallerContext message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CallerContext.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.accountId != null && $Object.hasOwnProperty.call(m, "accountId") && m.accountId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.accountId);
                if (m.sessionId != null && $Object.hasOwnProperty.call(m, "sessionId") && m.sessionId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.sessionId);
                if (m.orgId != null && $Object.hasOwnProperty.call(m, "orgId") && m.orgId !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.orgId);
                if (m.issueId != null && $Object.hasOwnProperty.call(m, "issueId") && m.issueId !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.issueId);
                if (m.origin != null && $Object.hasOwnProperty.call(m, "origin") && m.origin !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.origin);
                if (m.superadmin != null && $Object.hasOwnProperty.call(m, "superadmin") && m.superadmin !== false)
                    w.uint32(/* id 6, wireType 0 =*/48).bool(m.superadmin);
                if (m.assuranceLevel != null && $Object.hasOwnProperty.call(m, "assuranceLevel") && m.assuranceLevel !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).uint32(m.assuranceLevel);
                if (m.phishingResistant != null && $Object.hasOwnProperty.call(m, "phishingResistant") && m.phishingResistant !== false)
                    w.uint32(/* id 8, wireType 0 =*/64).bool(m.phishingResistant);
                if (m.factorAt != null && $Object.hasOwnProperty.call(m, "factorAt") && (typeof m.factorAt === "object" ? m.factorAt.low || m.factorAt.high : m.factorAt !== 0))
                    w.uint32(/* id 9, wireType 0 =*/72).int64(m.factorAt);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified CallerContext message, length delimited. Does not implicitly {@link redoubt.v1.CallerContext.verify|verify} messages.
             * @function encodeDelimited
             * @memberof redoubt.v1.CallerContext
             * @static
             * @param {redoubt.v1.CallerContext.$Properties} message CallerContext message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CallerContext.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CallerContext message from the specified reader or buffer.
             * @function decode
             * @memberof redoubt.v1.CallerContext
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {redoubt.v1.CallerContext & redoubt.v1.CallerContext.$Shape} CallerContext
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CallerContext.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.redoubt.v1.CallerContext();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.accountId = v;
                            else
                                delete m.accountId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sessionId = v;
                            else
                                delete m.sessionId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.orgId = v;
                            else
                                delete m.orgId;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.issueId = v;
                            else
                                delete m.issueId;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.origin = v;
                            else
                                delete m.origin;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.superadmin = v;
                            else
                                delete m.superadmin;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.assuranceLevel = v;
                            else
                                delete m.assuranceLevel;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.phishingResistant = v;
                            else
                                delete m.phishingResistant;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.factorAt = v;
                            else
                                delete m.factorAt;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a CallerContext message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof redoubt.v1.CallerContext
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {redoubt.v1.CallerContext & redoubt.v1.CallerContext.$Shape} CallerContext
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CallerContext.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CallerContext message.
             * @function verify
             * @memberof redoubt.v1.CallerContext
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CallerContext.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.accountId != null && $Object.hasOwnProperty.call(m, "accountId")) {
                    if (!$util.isString(m.accountId))
                        return "accountId: string expected";
                }
                if (m.sessionId != null && $Object.hasOwnProperty.call(m, "sessionId")) {
                    if (!$util.isString(m.sessionId))
                        return "sessionId: string expected";
                }
                if (m.orgId != null && $Object.hasOwnProperty.call(m, "orgId")) {
                    if (!$util.isString(m.orgId))
                        return "orgId: string expected";
                }
                if (m.issueId != null && $Object.hasOwnProperty.call(m, "issueId")) {
                    if (!$util.isString(m.issueId))
                        return "issueId: string expected";
                }
                if (m.origin != null && $Object.hasOwnProperty.call(m, "origin")) {
                    if (!$util.isString(m.origin))
                        return "origin: string expected";
                }
                if (m.superadmin != null && $Object.hasOwnProperty.call(m, "superadmin")) {
                    if (typeof m.superadmin !== "boolean")
                        return "superadmin: boolean expected";
                }
                if (m.assuranceLevel != null && $Object.hasOwnProperty.call(m, "assuranceLevel")) {
                    if (!$util.isInteger(m.assuranceLevel))
                        return "assuranceLevel: integer expected";
                }
                if (m.phishingResistant != null && $Object.hasOwnProperty.call(m, "phishingResistant")) {
                    if (typeof m.phishingResistant !== "boolean")
                        return "phishingResistant: boolean expected";
                }
                if (m.factorAt != null && $Object.hasOwnProperty.call(m, "factorAt")) {
                    if (!$util.isInteger(m.factorAt) && !(m.factorAt && $util.isInteger(m.factorAt.low) && $util.isInteger(m.factorAt.high)))
                        return "factorAt: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a CallerContext message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof redoubt.v1.CallerContext
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {redoubt.v1.CallerContext} CallerContext
             */
            CallerContext.fromObject = function (d, q) {
                if (d instanceof $root.redoubt.v1.CallerContext)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".redoubt.v1.CallerContext: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.redoubt.v1.CallerContext();
                if (d.accountId != null) {
                    if (typeof d.accountId !== "string" || d.accountId.length) {
                        m.accountId = $String(d.accountId);
                    }
                }
                if (d.sessionId != null) {
                    if (typeof d.sessionId !== "string" || d.sessionId.length) {
                        m.sessionId = $String(d.sessionId);
                    }
                }
                if (d.orgId != null) {
                    if (typeof d.orgId !== "string" || d.orgId.length) {
                        m.orgId = $String(d.orgId);
                    }
                }
                if (d.issueId != null) {
                    if (typeof d.issueId !== "string" || d.issueId.length) {
                        m.issueId = $String(d.issueId);
                    }
                }
                if (d.origin != null) {
                    if (typeof d.origin !== "string" || d.origin.length) {
                        m.origin = $String(d.origin);
                    }
                }
                if (d.superadmin != null) {
                    if (d.superadmin) {
                        m.superadmin = $Boolean(d.superadmin);
                    }
                }
                if (d.assuranceLevel != null) {
                    if ($Number(d.assuranceLevel) !== 0) {
                        m.assuranceLevel = d.assuranceLevel >>> 0;
                    }
                }
                if (d.phishingResistant != null) {
                    if (d.phishingResistant) {
                        m.phishingResistant = $Boolean(d.phishingResistant);
                    }
                }
                if (d.factorAt != null) {
                    if (typeof d.factorAt === "object" ? d.factorAt.low || d.factorAt.high : $Number(d.factorAt) !== 0) {
                        if ($util.Long)
                            m.factorAt = $util.Long.fromValue(d.factorAt, false);
                        else if (typeof d.factorAt === "string")
                            m.factorAt = $parseInt(d.factorAt, 10);
                        else if (typeof d.factorAt === "number")
                            m.factorAt = d.factorAt;
                        else if (typeof d.factorAt === "object")
                            m.factorAt = new $util.LongBits(d.factorAt.low >>> 0, d.factorAt.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a CallerContext message. Also converts values to other types if specified.
             * @function toObject
             * @memberof redoubt.v1.CallerContext
             * @static
             * @param {redoubt.v1.CallerContext} m CallerContext
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CallerContext.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.accountId = "";
                    d.sessionId = "";
                    d.orgId = "";
                    d.issueId = "";
                    d.origin = "";
                    d.superadmin = false;
                    d.assuranceLevel = 0;
                    d.phishingResistant = false;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.factorAt = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.factorAt = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.accountId != null && $Object.hasOwnProperty.call(m, "accountId")) {
                    d.accountId = m.accountId;
                }
                if (m.sessionId != null && $Object.hasOwnProperty.call(m, "sessionId")) {
                    d.sessionId = m.sessionId;
                }
                if (m.orgId != null && $Object.hasOwnProperty.call(m, "orgId")) {
                    d.orgId = m.orgId;
                }
                if (m.issueId != null && $Object.hasOwnProperty.call(m, "issueId")) {
                    d.issueId = m.issueId;
                }
                if (m.origin != null && $Object.hasOwnProperty.call(m, "origin")) {
                    d.origin = m.origin;
                }
                if (m.superadmin != null && $Object.hasOwnProperty.call(m, "superadmin")) {
                    d.superadmin = m.superadmin;
                }
                if (m.assuranceLevel != null && $Object.hasOwnProperty.call(m, "assuranceLevel")) {
                    d.assuranceLevel = m.assuranceLevel;
                }
                if (m.phishingResistant != null && $Object.hasOwnProperty.call(m, "phishingResistant")) {
                    d.phishingResistant = m.phishingResistant;
                }
                if (m.factorAt != null && $Object.hasOwnProperty.call(m, "factorAt")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.factorAt = typeof m.factorAt === "number" ? $BigInt(m.factorAt) : $util.Long.fromBits(m.factorAt.low >>> 0, m.factorAt.high >>> 0, false).toBigInt();
                    else if (typeof m.factorAt === "number")
                        d.factorAt = o.longs === $String ? $String(m.factorAt) : m.factorAt;
                    else
                        d.factorAt = o.longs === $String ? $util.Long.prototype.toString.call(m.factorAt) : o.longs === $Number ? new $util.LongBits(m.factorAt.low >>> 0, m.factorAt.high >>> 0).toNumber() : m.factorAt;
                }
                return d;
            };

            /**
             * Converts this CallerContext to JSON.
             * @function toJSON
             * @memberof redoubt.v1.CallerContext
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CallerContext.prototype.toJSON = function() {
                return CallerContext.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CallerContext
             * @function getTypeUrl
             * @memberof redoubt.v1.CallerContext
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CallerContext.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/redoubt.v1.CallerContext";
            };

            return CallerContext;
        })();

        v1.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} redoubt.v1.Envelope.$Properties
             * @property {string|null} [targetKind] Envelope targetKind
             * @property {string|null} [targetId] Envelope targetId
             * @property {string|null} [method] Envelope method
             * @property {Uint8Array|null} [payload] Envelope payload
             * @property {redoubt.v1.CallerContext.$Properties|null} [caller] Envelope caller
             * @property {string|null} [traceId] Envelope traceId
             * @property {number|null} [deadlineUnixMs] Envelope deadlineUnixMs
             * @property {string|null} [requestId] Envelope requestId
             * @property {Uint8Array|null} [credential] Envelope credential
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof redoubt.v1
             * @interface IEnvelope
             * @augments redoubt.v1.Envelope.$Properties
             * @deprecated Use redoubt.v1.Envelope.$Properties instead.
             */

            /**
             * Shape of an Envelope.
             * @typedef {redoubt.v1.Envelope.$Properties} redoubt.v1.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof redoubt.v1
             * @classdesc Represents an Envelope.
             * @constructor
             * @param {redoubt.v1.Envelope.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Envelope = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Envelope targetKind.
             * @member {string} targetKind
             * @memberof redoubt.v1.Envelope
             * @instance
             */
            Envelope.prototype.targetKind = "";

            /**
             * Envelope targetId.
             * @member {string} targetId
             * @memberof redoubt.v1.Envelope
             * @instance
             */
            Envelope.prototype.targetId = "";

            /**
             * Envelope method.
             * @member {string} method
             * @memberof redoubt.v1.Envelope
             * @instance
             */
            Envelope.prototype.method = "";

            /**
             * Envelope payload.
             * @member {Uint8Array} payload
             * @memberof redoubt.v1.Envelope
             * @instance
             */
            Envelope.prototype.payload = $util.newBuffer([]);

            /**
             * Envelope caller.
             * @member {redoubt.v1.CallerContext.$Properties|null|undefined} caller
             * @memberof redoubt.v1.Envelope
             * @instance
             */
            Envelope.prototype.caller = null;

            /**
             * Envelope traceId.
             * @member {string} traceId
             * @memberof redoubt.v1.Envelope
             * @instance
             */
            Envelope.prototype.traceId = "";

            /**
             * Envelope deadlineUnixMs.
             * @member {number} deadlineUnixMs
             * @memberof redoubt.v1.Envelope
             * @instance
             */
            Envelope.prototype.deadlineUnixMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Envelope requestId.
             * @member {string} requestId
             * @memberof redoubt.v1.Envelope
             * @instance
             */
            Envelope.prototype.requestId = "";

            /**
             * Envelope credential.
             * @member {Uint8Array} credential
             * @memberof redoubt.v1.Envelope
             * @instance
             */
            Envelope.prototype.credential = $util.newBuffer([]);

            /**
             * Creates a new Envelope instance using the specified properties.
             * @function create
             * @memberof redoubt.v1.Envelope
             * @static
             * @param {redoubt.v1.Envelope.$Properties=} [properties] Properties to set
             * @returns {redoubt.v1.Envelope} Envelope instance
             * @type {{
             *   (properties: redoubt.v1.Envelope.$Shape): redoubt.v1.Envelope & redoubt.v1.Envelope.$Shape;
             *   (properties?: redoubt.v1.Envelope.$Properties): redoubt.v1.Envelope;
             * }}
             */
            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link redoubt.v1.Envelope.verify|verify} messages.
             * @function encode
             * @memberof redoubt.v1.Envelope
             * @static
             * @param {redoubt.v1.Envelope.$Properties} m Envelope message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.targetKind != null && $Object.hasOwnProperty.call(m, "targetKind") && m.targetKind !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.targetKind);
                if (m.targetId != null && $Object.hasOwnProperty.call(m, "targetId") && m.targetId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.targetId);
                if (m.method != null && $Object.hasOwnProperty.call(m, "method") && m.method !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.method);
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload") && m.payload.length)
                    w.uint32(/* id 4, wireType 2 =*/34).bytes(m.payload);
                if (m.caller != null && $Object.hasOwnProperty.call(m, "caller"))
                    $root.redoubt.v1.CallerContext.encode(m.caller, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.traceId != null && $Object.hasOwnProperty.call(m, "traceId") && m.traceId !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.traceId);
                if (m.deadlineUnixMs != null && $Object.hasOwnProperty.call(m, "deadlineUnixMs") && (typeof m.deadlineUnixMs === "object" ? m.deadlineUnixMs.low || m.deadlineUnixMs.high : m.deadlineUnixMs !== 0))
                    w.uint32(/* id 7, wireType 0 =*/56).int64(m.deadlineUnixMs);
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId") && m.requestId !== "")
                    w.uint32(/* id 8, wireType 2 =*/66).string(m.requestId);
                if (m.credential != null && $Object.hasOwnProperty.call(m, "credential") && m.credential.length)
                    w.uint32(/* id 9, wireType 2 =*/74).bytes(m.credential);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Envelope message, length delimited. Does not implicitly {@link redoubt.v1.Envelope.verify|verify} messages.
             * @function encodeDelimited
             * @memberof redoubt.v1.Envelope
             * @static
             * @param {redoubt.v1.Envelope.$Properties} message Envelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof redoubt.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {redoubt.v1.Envelope & redoubt.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.redoubt.v1.Envelope();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.targetKind = v;
                            else
                                delete m.targetKind;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.targetId = v;
                            else
                                delete m.targetId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.method = v;
                            else
                                delete m.method;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.payload = v;
                            else
                                delete m.payload;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.caller = $root.redoubt.v1.CallerContext.decode(r, r.size(), $undefined, q + 1, m.caller);
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.traceId = v;
                            else
                                delete m.traceId;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.deadlineUnixMs = v;
                            else
                                delete m.deadlineUnixMs;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.requestId = v;
                            else
                                delete m.requestId;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.credential = v;
                            else
                                delete m.credential;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof redoubt.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {redoubt.v1.Envelope & redoubt.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Envelope message.
             * @function verify
             * @memberof redoubt.v1.Envelope
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Envelope.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.targetKind != null && $Object.hasOwnProperty.call(m, "targetKind")) {
                    if (!$util.isString(m.targetKind))
                        return "targetKind: string expected";
                }
                if (m.targetId != null && $Object.hasOwnProperty.call(m, "targetId")) {
                    if (!$util.isString(m.targetId))
                        return "targetId: string expected";
                }
                if (m.method != null && $Object.hasOwnProperty.call(m, "method")) {
                    if (!$util.isString(m.method))
                        return "method: string expected";
                }
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload")) {
                    if (!(m.payload && typeof m.payload.length === "number" || $util.isString(m.payload)))
                        return "payload: buffer expected";
                }
                if (m.caller != null && $Object.hasOwnProperty.call(m, "caller")) {
                    {
                        var e = $root.redoubt.v1.CallerContext.verify(m.caller, q + 1);
                        if (e)
                            return "caller." + e;
                    }
                }
                if (m.traceId != null && $Object.hasOwnProperty.call(m, "traceId")) {
                    if (!$util.isString(m.traceId))
                        return "traceId: string expected";
                }
                if (m.deadlineUnixMs != null && $Object.hasOwnProperty.call(m, "deadlineUnixMs")) {
                    if (!$util.isInteger(m.deadlineUnixMs) && !(m.deadlineUnixMs && $util.isInteger(m.deadlineUnixMs.low) && $util.isInteger(m.deadlineUnixMs.high)))
                        return "deadlineUnixMs: integer|Long expected";
                }
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    if (!$util.isString(m.requestId))
                        return "requestId: string expected";
                }
                if (m.credential != null && $Object.hasOwnProperty.call(m, "credential")) {
                    if (!(m.credential && typeof m.credential.length === "number" || $util.isString(m.credential)))
                        return "credential: buffer expected";
                }
                return null;
            };

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof redoubt.v1.Envelope
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {redoubt.v1.Envelope} Envelope
             */
            Envelope.fromObject = function (d, q) {
                if (d instanceof $root.redoubt.v1.Envelope)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".redoubt.v1.Envelope: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.redoubt.v1.Envelope();
                if (d.targetKind != null) {
                    if (typeof d.targetKind !== "string" || d.targetKind.length) {
                        m.targetKind = $String(d.targetKind);
                    }
                }
                if (d.targetId != null) {
                    if (typeof d.targetId !== "string" || d.targetId.length) {
                        m.targetId = $String(d.targetId);
                    }
                }
                if (d.method != null) {
                    if (typeof d.method !== "string" || d.method.length) {
                        m.method = $String(d.method);
                    }
                }
                if (d.payload != null) {
                    if (d.payload.length) {
                        if (typeof d.payload === "string")
                            $util.base64.decode(d.payload, m.payload = $util.newBuffer($util.base64.length(d.payload)), 0);
                        else if (d.payload.length >= 0)
                            m.payload = d.payload;
                    }
                }
                if (d.caller != null) {
                    if (!$util.isObject(d.caller))
                        throw $TypeError(".redoubt.v1.Envelope.caller: object expected");
                    m.caller = $root.redoubt.v1.CallerContext.fromObject(d.caller, q + 1);
                }
                if (d.traceId != null) {
                    if (typeof d.traceId !== "string" || d.traceId.length) {
                        m.traceId = $String(d.traceId);
                    }
                }
                if (d.deadlineUnixMs != null) {
                    if (typeof d.deadlineUnixMs === "object" ? d.deadlineUnixMs.low || d.deadlineUnixMs.high : $Number(d.deadlineUnixMs) !== 0) {
                        if ($util.Long)
                            m.deadlineUnixMs = $util.Long.fromValue(d.deadlineUnixMs, false);
                        else if (typeof d.deadlineUnixMs === "string")
                            m.deadlineUnixMs = $parseInt(d.deadlineUnixMs, 10);
                        else if (typeof d.deadlineUnixMs === "number")
                            m.deadlineUnixMs = d.deadlineUnixMs;
                        else if (typeof d.deadlineUnixMs === "object")
                            m.deadlineUnixMs = new $util.LongBits(d.deadlineUnixMs.low >>> 0, d.deadlineUnixMs.high >>> 0).toNumber();
                    }
                }
                if (d.requestId != null) {
                    if (typeof d.requestId !== "string" || d.requestId.length) {
                        m.requestId = $String(d.requestId);
                    }
                }
                if (d.credential != null) {
                    if (d.credential.length) {
                        if (typeof d.credential === "string")
                            $util.base64.decode(d.credential, m.credential = $util.newBuffer($util.base64.length(d.credential)), 0);
                        else if (d.credential.length >= 0)
                            m.credential = d.credential;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof redoubt.v1.Envelope
             * @static
             * @param {redoubt.v1.Envelope} m Envelope
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Envelope.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.targetKind = "";
                    d.targetId = "";
                    d.method = "";
                    if (o.bytes === $String)
                        d.payload = "";
                    else {
                        d.payload = [];
                        if (o.bytes !== $Array)
                            d.payload = $util.newBuffer(d.payload);
                    }
                    d.caller = null;
                    d.traceId = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.deadlineUnixMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.deadlineUnixMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.requestId = "";
                    if (o.bytes === $String)
                        d.credential = "";
                    else {
                        d.credential = [];
                        if (o.bytes !== $Array)
                            d.credential = $util.newBuffer(d.credential);
                    }
                }
                if (m.targetKind != null && $Object.hasOwnProperty.call(m, "targetKind")) {
                    d.targetKind = m.targetKind;
                }
                if (m.targetId != null && $Object.hasOwnProperty.call(m, "targetId")) {
                    d.targetId = m.targetId;
                }
                if (m.method != null && $Object.hasOwnProperty.call(m, "method")) {
                    d.method = m.method;
                }
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload")) {
                    d.payload = o.bytes === $String ? $util.base64.encode(m.payload, 0, m.payload.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.payload) : m.payload;
                }
                if (m.caller != null && $Object.hasOwnProperty.call(m, "caller")) {
                    d.caller = $root.redoubt.v1.CallerContext.toObject(m.caller, o, q + 1);
                }
                if (m.traceId != null && $Object.hasOwnProperty.call(m, "traceId")) {
                    d.traceId = m.traceId;
                }
                if (m.deadlineUnixMs != null && $Object.hasOwnProperty.call(m, "deadlineUnixMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.deadlineUnixMs = typeof m.deadlineUnixMs === "number" ? $BigInt(m.deadlineUnixMs) : $util.Long.fromBits(m.deadlineUnixMs.low >>> 0, m.deadlineUnixMs.high >>> 0, false).toBigInt();
                    else if (typeof m.deadlineUnixMs === "number")
                        d.deadlineUnixMs = o.longs === $String ? $String(m.deadlineUnixMs) : m.deadlineUnixMs;
                    else
                        d.deadlineUnixMs = o.longs === $String ? $util.Long.prototype.toString.call(m.deadlineUnixMs) : o.longs === $Number ? new $util.LongBits(m.deadlineUnixMs.low >>> 0, m.deadlineUnixMs.high >>> 0).toNumber() : m.deadlineUnixMs;
                }
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    d.requestId = m.requestId;
                }
                if (m.credential != null && $Object.hasOwnProperty.call(m, "credential")) {
                    d.credential = o.bytes === $String ? $util.base64.encode(m.credential, 0, m.credential.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.credential) : m.credential;
                }
                return d;
            };

            /**
             * Converts this Envelope to JSON.
             * @function toJSON
             * @memberof redoubt.v1.Envelope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Envelope.prototype.toJSON = function() {
                return Envelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Envelope
             * @function getTypeUrl
             * @memberof redoubt.v1.Envelope
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Envelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/redoubt.v1.Envelope";
            };

            return Envelope;
        })();

        v1.Failure = (function() {

            /**
             * Properties of a Failure.
             * @typedef {Object} redoubt.v1.Failure.$Properties
             * @property {string|null} [code] Failure code
             * @property {string|null} [message] Failure message
             * @property {boolean|null} [retryable] Failure retryable
             * @property {Object.<string,string>|null} [details] Failure details
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Failure.
             * @memberof redoubt.v1
             * @interface IFailure
             * @augments redoubt.v1.Failure.$Properties
             * @deprecated Use redoubt.v1.Failure.$Properties instead.
             */

            /**
             * Shape of a Failure.
             * @typedef {redoubt.v1.Failure.$Properties} redoubt.v1.Failure.$Shape
             */

            /**
             * Constructs a new Failure.
             * @memberof redoubt.v1
             * @classdesc Represents a Failure.
             * @constructor
             * @param {redoubt.v1.Failure.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Failure = function (p) {
                this.details = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Failure code.
             * @member {string} code
             * @memberof redoubt.v1.Failure
             * @instance
             */
            Failure.prototype.code = "";

            /**
             * Failure message.
             * @member {string} message
             * @memberof redoubt.v1.Failure
             * @instance
             */
            Failure.prototype.message = "";

            /**
             * Failure retryable.
             * @member {boolean} retryable
             * @memberof redoubt.v1.Failure
             * @instance
             */
            Failure.prototype.retryable = false;

            /**
             * Failure details.
             * @member {Object.<string,string>} details
             * @memberof redoubt.v1.Failure
             * @instance
             */
            Failure.prototype.details = $util.emptyObject;

            /**
             * Creates a new Failure instance using the specified properties.
             * @function create
             * @memberof redoubt.v1.Failure
             * @static
             * @param {redoubt.v1.Failure.$Properties=} [properties] Properties to set
             * @returns {redoubt.v1.Failure} Failure instance
             * @type {{
             *   (properties: redoubt.v1.Failure.$Shape): redoubt.v1.Failure & redoubt.v1.Failure.$Shape;
             *   (properties?: redoubt.v1.Failure.$Properties): redoubt.v1.Failure;
             * }}
             */
            Failure.create = function(properties) {
                return new Failure(properties);
            };

            /**
             * Encodes the specified Failure message. Does not implicitly {@link redoubt.v1.Failure.verify|verify} messages.
             * @function encode
             * @memberof redoubt.v1.Failure
             * @static
             * @param {redoubt.v1.Failure.$Properties} m Failure message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Failure.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.code);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.message);
                if (m.retryable != null && $Object.hasOwnProperty.call(m, "retryable") && m.retryable !== false)
                    w.uint32(/* id 3, wireType 0 =*/24).bool(m.retryable);
                if (m.details != null && $Object.hasOwnProperty.call(m, "details")) {
                    for (var ks = $Object.keys(m.details), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.details[ks[i]]).ldelim();
                    }
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Failure message, length delimited. Does not implicitly {@link redoubt.v1.Failure.verify|verify} messages.
             * @function encodeDelimited
             * @memberof redoubt.v1.Failure
             * @static
             * @param {redoubt.v1.Failure.$Properties} message Failure message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Failure.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Failure message from the specified reader or buffer.
             * @function decode
             * @memberof redoubt.v1.Failure
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {redoubt.v1.Failure & redoubt.v1.Failure.$Shape} Failure
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Failure.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.redoubt.v1.Failure();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.code = v;
                            else
                                delete m.code;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.retryable = v;
                            else
                                delete m.retryable;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (m.details === $util.emptyObject)
                                m.details = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.details, k);
                            m.details[k] = v;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Failure message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof redoubt.v1.Failure
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {redoubt.v1.Failure & redoubt.v1.Failure.$Shape} Failure
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Failure.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Failure message.
             * @function verify
             * @memberof redoubt.v1.Failure
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Failure.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                    if (!$util.isString(m.code))
                        return "code: string expected";
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    if (!$util.isString(m.message))
                        return "message: string expected";
                }
                if (m.retryable != null && $Object.hasOwnProperty.call(m, "retryable")) {
                    if (typeof m.retryable !== "boolean")
                        return "retryable: boolean expected";
                }
                if (m.details != null && $Object.hasOwnProperty.call(m, "details")) {
                    if (!$util.isObject(m.details))
                        return "details: object expected";
                    var k = $Object.keys(m.details);
                    for (var i = 0; i < k.length; ++i) {
                        if (!$util.isString(m.details[k[i]]))
                            return "details: string{k:string} expected";
                    }
                }
                return null;
            };

            /**
             * Creates a Failure message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof redoubt.v1.Failure
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {redoubt.v1.Failure} Failure
             */
            Failure.fromObject = function (d, q) {
                if (d instanceof $root.redoubt.v1.Failure)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".redoubt.v1.Failure: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.redoubt.v1.Failure();
                if (d.code != null) {
                    if (typeof d.code !== "string" || d.code.length) {
                        m.code = $String(d.code);
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                if (d.retryable != null) {
                    if (d.retryable) {
                        m.retryable = $Boolean(d.retryable);
                    }
                }
                if (d.details) {
                    if (!$util.isObject(d.details))
                        throw $TypeError(".redoubt.v1.Failure.details: object expected");
                    m.details = {};
                    for (var ks = $Object.keys(d.details), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.details, ks[i]);
                        m.details[ks[i]] = $String(d.details[ks[i]]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Failure message. Also converts values to other types if specified.
             * @function toObject
             * @memberof redoubt.v1.Failure
             * @static
             * @param {redoubt.v1.Failure} m Failure
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Failure.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.details = {};
                }
                if (o.defaults) {
                    d.code = "";
                    d.message = "";
                    d.retryable = false;
                }
                if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                    d.code = m.code;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                if (m.retryable != null && $Object.hasOwnProperty.call(m, "retryable")) {
                    d.retryable = m.retryable;
                }
                var ks2;
                if (m.details && (ks2 = $Object.keys(m.details)).length) {
                    d.details = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.details, ks2[j]);
                        d.details[ks2[j]] = m.details[ks2[j]];
                    }
                }
                return d;
            };

            /**
             * Converts this Failure to JSON.
             * @function toJSON
             * @memberof redoubt.v1.Failure
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Failure.prototype.toJSON = function() {
                return Failure.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Failure
             * @function getTypeUrl
             * @memberof redoubt.v1.Failure
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Failure.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/redoubt.v1.Failure";
            };

            return Failure;
        })();

        v1.Reply = (function() {

            /**
             * Properties of a Reply.
             * @typedef {Object} redoubt.v1.Reply.$Properties
             * @property {Uint8Array|null} [payload] Reply payload
             * @property {redoubt.v1.Failure.$Properties|null} [failure] Reply failure
             * @property {"payload"|"failure"} [result] Reply result
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Reply.
             * @memberof redoubt.v1
             * @interface IReply
             * @augments redoubt.v1.Reply.$Properties
             * @deprecated Use redoubt.v1.Reply.$Properties instead.
             */

            /**
             * Narrowed shape of a Reply.
             * @typedef {{
             *   payload?: Uint8Array|null;
             *   failure?: redoubt.v1.Failure.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ result?: undefined; payload?: null; failure?: null }|{ result?: "payload"; payload: Uint8Array; failure?: null }|{ result?: "failure"; payload?: null; failure: redoubt.v1.Failure.$Shape })
             * )} redoubt.v1.Reply.$Shape
             */

            /**
             * Constructs a new Reply.
             * @memberof redoubt.v1
             * @classdesc Represents a Reply.
             * @constructor
             * @param {redoubt.v1.Reply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Reply = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Reply payload.
             * @member {Uint8Array|null|undefined} payload
             * @memberof redoubt.v1.Reply
             * @instance
             */
            Reply.prototype.payload = null;

            /**
             * Reply failure.
             * @member {redoubt.v1.Failure.$Properties|null|undefined} failure
             * @memberof redoubt.v1.Reply
             * @instance
             */
            Reply.prototype.failure = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Reply result.
             * @member {"payload"|"failure"|undefined} result
             * @memberof redoubt.v1.Reply
             * @instance
             */
            $Object.defineProperty(Reply.prototype, "result", {
                get: $util.oneOfGetter($oneOfFields = ["payload", "failure"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Reply instance using the specified properties.
             * @function create
             * @memberof redoubt.v1.Reply
             * @static
             * @param {redoubt.v1.Reply.$Properties=} [properties] Properties to set
             * @returns {redoubt.v1.Reply} Reply instance
             * @type {{
             *   (properties: redoubt.v1.Reply.$Shape): redoubt.v1.Reply & redoubt.v1.Reply.$Shape;
             *   (properties?: redoubt.v1.Reply.$Properties): redoubt.v1.Reply;
             * }}
             */
            Reply.create = function(properties) {
                return new Reply(properties);
            };

            /**
             * Encodes the specified Reply message. Does not implicitly {@link redoubt.v1.Reply.verify|verify} messages.
             * @function encode
             * @memberof redoubt.v1.Reply
             * @static
             * @param {redoubt.v1.Reply.$Properties} m Reply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload"))
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.payload);
                if (m.failure != null && $Object.hasOwnProperty.call(m, "failure"))
                    $root.redoubt.v1.Failure.encode(m.failure, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Reply message, length delimited. Does not implicitly {@link redoubt.v1.Reply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof redoubt.v1.Reply
             * @static
             * @param {redoubt.v1.Reply.$Properties} message Reply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Reply message from the specified reader or buffer.
             * @function decode
             * @memberof redoubt.v1.Reply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {redoubt.v1.Reply & redoubt.v1.Reply.$Shape} Reply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.redoubt.v1.Reply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.payload = r.bytes();
                            m.result = "payload";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.failure = $root.redoubt.v1.Failure.decode(r, r.size(), $undefined, q + 1, m.failure);
                            m.result = "failure";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Reply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof redoubt.v1.Reply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {redoubt.v1.Reply & redoubt.v1.Reply.$Shape} Reply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Reply message.
             * @function verify
             * @memberof redoubt.v1.Reply
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Reply.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                var p = {};
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload")) {
                    p.result = 1;
                    if (!(m.payload && typeof m.payload.length === "number" || $util.isString(m.payload)))
                        return "payload: buffer expected";
                }
                if (m.failure != null && $Object.hasOwnProperty.call(m, "failure")) {
                    if (p.result === 1)
                        return "result: multiple values";
                    p.result = 1;
                    {
                        var e = $root.redoubt.v1.Failure.verify(m.failure, q + 1);
                        if (e)
                            return "failure." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a Reply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof redoubt.v1.Reply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {redoubt.v1.Reply} Reply
             */
            Reply.fromObject = function (d, q) {
                if (d instanceof $root.redoubt.v1.Reply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".redoubt.v1.Reply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.redoubt.v1.Reply();
                if (d.payload != null) {
                    if (typeof d.payload === "string")
                        $util.base64.decode(d.payload, m.payload = $util.newBuffer($util.base64.length(d.payload)), 0);
                    else if (d.payload.length >= 0)
                        m.payload = d.payload;
                }
                if (d.failure != null) {
                    if (!$util.isObject(d.failure))
                        throw $TypeError(".redoubt.v1.Reply.failure: object expected");
                    m.failure = $root.redoubt.v1.Failure.fromObject(d.failure, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a Reply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof redoubt.v1.Reply
             * @static
             * @param {redoubt.v1.Reply} m Reply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Reply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload")) {
                    d.payload = o.bytes === $String ? $util.base64.encode(m.payload, 0, m.payload.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.payload) : m.payload;
                    if (o.oneofs)
                        d.result = "payload";
                }
                if (m.failure != null && $Object.hasOwnProperty.call(m, "failure")) {
                    d.failure = $root.redoubt.v1.Failure.toObject(m.failure, o, q + 1);
                    if (o.oneofs)
                        d.result = "failure";
                }
                return d;
            };

            /**
             * Converts this Reply to JSON.
             * @function toJSON
             * @memberof redoubt.v1.Reply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Reply.prototype.toJSON = function() {
                return Reply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Reply
             * @function getTypeUrl
             * @memberof redoubt.v1.Reply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Reply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/redoubt.v1.Reply";
            };

            return Reply;
        })();

        return v1;
    })();

    return redoubt;
})();

export {
  $root as default
};
