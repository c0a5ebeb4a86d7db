import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace redoubt. */
export namespace redoubt {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a CallerContext.
         * @deprecated Use redoubt.v1.CallerContext.$Properties instead.
         */
        interface ICallerContext extends redoubt.v1.CallerContext.$Properties {
        }

        /** Represents a CallerContext. */
        class CallerContext {

            /**
             * Constructs a new CallerContext.
             * @param [p] Properties to set
             */
            constructor(p?: redoubt.v1.CallerContext.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CallerContext accountId. */
            accountId: string;

            /** CallerContext sessionId. */
            sessionId: string;

            /** CallerContext orgId. */
            orgId: string;

            /** CallerContext issueId. */
            issueId: string;

            /** CallerContext origin. */
            origin: string;

            /** CallerContext superadmin. */
            superadmin: boolean;

            /** CallerContext assuranceLevel. */
            assuranceLevel: number;

            /** CallerContext phishingResistant. */
            phishingResistant: boolean;

            /** CallerContext factorAt. */
            factorAt: number;

            /**
             * Creates a new CallerContext instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CallerContext instance
             */
            static create(properties: redoubt.v1.CallerContext.$Shape): redoubt.v1.CallerContext & redoubt.v1.CallerContext.$Shape;
            static create(properties?: redoubt.v1.CallerContext.$Properties): redoubt.v1.CallerContext;

            /**
             * Encodes the specified CallerContext message. Does not implicitly {@link redoubt.v1.CallerContext.verify|verify} messages.
             * @param m CallerContext message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: redoubt.v1.CallerContext.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CallerContext message, length delimited. Does not implicitly {@link redoubt.v1.CallerContext.verify|verify} messages.
             * @param message CallerContext message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: redoubt.v1.CallerContext.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CallerContext message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {redoubt.v1.CallerContext & redoubt.v1.CallerContext.$Shape} CallerContext
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): redoubt.v1.CallerContext & redoubt.v1.CallerContext.$Shape;

            /**
             * Decodes a CallerContext message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {redoubt.v1.CallerContext & redoubt.v1.CallerContext.$Shape} CallerContext
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): redoubt.v1.CallerContext & redoubt.v1.CallerContext.$Shape;

            /**
             * Verifies a CallerContext message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a CallerContext message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns CallerContext
             */
            static fromObject(d: { [k: string]: any }): redoubt.v1.CallerContext;

            /**
             * Creates a plain object from a CallerContext message. Also converts values to other types if specified.
             * @param m CallerContext
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: redoubt.v1.CallerContext, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CallerContext to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CallerContext
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CallerContext {

            /** Properties of a CallerContext. */
            interface $Properties {

                /** CallerContext accountId */
                accountId?: (string|null);

                /** CallerContext sessionId */
                sessionId?: (string|null);

                /** CallerContext orgId */
                orgId?: (string|null);

                /** CallerContext issueId */
                issueId?: (string|null);

                /** CallerContext origin */
                origin?: (string|null);

                /** CallerContext superadmin */
                superadmin?: (boolean|null);

                /** CallerContext assuranceLevel */
                assuranceLevel?: (number|null);

                /** CallerContext phishingResistant */
                phishingResistant?: (boolean|null);

                /** CallerContext factorAt */
                factorAt?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CallerContext. */
            type $Shape = redoubt.v1.CallerContext.$Properties;
        }

        /**
         * Properties of an Envelope.
         * @deprecated Use redoubt.v1.Envelope.$Properties instead.
         */
        interface IEnvelope extends redoubt.v1.Envelope.$Properties {
        }

        /** Represents an Envelope. */
        class Envelope {

            /**
             * Constructs a new Envelope.
             * @param [p] Properties to set
             */
            constructor(p?: redoubt.v1.Envelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Envelope targetKind. */
            targetKind: string;

            /** Envelope targetId. */
            targetId: string;

            /** Envelope method. */
            method: string;

            /** Envelope payload. */
            payload: Uint8Array;

            /** Envelope caller. */
            caller?: (redoubt.v1.CallerContext.$Properties|null);

            /** Envelope traceId. */
            traceId: string;

            /** Envelope deadlineUnixMs. */
            deadlineUnixMs: number;

            /** Envelope requestId. */
            requestId: string;

            /** Envelope credential. */
            credential: Uint8Array;

            /**
             * Creates a new Envelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Envelope instance
             */
            static create(properties: redoubt.v1.Envelope.$Shape): redoubt.v1.Envelope & redoubt.v1.Envelope.$Shape;
            static create(properties?: redoubt.v1.Envelope.$Properties): redoubt.v1.Envelope;

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link redoubt.v1.Envelope.verify|verify} messages.
             * @param m Envelope message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: redoubt.v1.Envelope.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Envelope message, length delimited. Does not implicitly {@link redoubt.v1.Envelope.verify|verify} messages.
             * @param message Envelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: redoubt.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {redoubt.v1.Envelope & redoubt.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): redoubt.v1.Envelope & redoubt.v1.Envelope.$Shape;

            /**
             * Decodes an Envelope message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {redoubt.v1.Envelope & redoubt.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): redoubt.v1.Envelope & redoubt.v1.Envelope.$Shape;

            /**
             * Verifies an Envelope message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Envelope
             */
            static fromObject(d: { [k: string]: any }): redoubt.v1.Envelope;

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @param m Envelope
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: redoubt.v1.Envelope, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Envelope to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Envelope
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Envelope {

            /** Properties of an Envelope. */
            interface $Properties {

                /** Envelope targetKind */
                targetKind?: (string|null);

                /** Envelope targetId */
                targetId?: (string|null);

                /** Envelope method */
                method?: (string|null);

                /** Envelope payload */
                payload?: (Uint8Array|null);

                /** Envelope caller */
                caller?: (redoubt.v1.CallerContext.$Properties|null);

                /** Envelope traceId */
                traceId?: (string|null);

                /** Envelope deadlineUnixMs */
                deadlineUnixMs?: (number|null);

                /** Envelope requestId */
                requestId?: (string|null);

                /** Envelope credential */
                credential?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Envelope. */
            type $Shape = redoubt.v1.Envelope.$Properties;
        }

        /**
         * Properties of a Failure.
         * @deprecated Use redoubt.v1.Failure.$Properties instead.
         */
        interface IFailure extends redoubt.v1.Failure.$Properties {
        }

        /** Represents a Failure. */
        class Failure {

            /**
             * Constructs a new Failure.
             * @param [p] Properties to set
             */
            constructor(p?: redoubt.v1.Failure.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Failure code. */
            code: string;

            /** Failure message. */
            message: string;

            /** Failure retryable. */
            retryable: boolean;

            /** Failure details. */
            details: { [k: string]: string };

            /**
             * Creates a new Failure instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Failure instance
             */
            static create(properties: redoubt.v1.Failure.$Shape): redoubt.v1.Failure & redoubt.v1.Failure.$Shape;
            static create(properties?: redoubt.v1.Failure.$Properties): redoubt.v1.Failure;

            /**
             * Encodes the specified Failure message. Does not implicitly {@link redoubt.v1.Failure.verify|verify} messages.
             * @param m Failure message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: redoubt.v1.Failure.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Failure message, length delimited. Does not implicitly {@link redoubt.v1.Failure.verify|verify} messages.
             * @param message Failure message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: redoubt.v1.Failure.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Failure message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {redoubt.v1.Failure & redoubt.v1.Failure.$Shape} Failure
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): redoubt.v1.Failure & redoubt.v1.Failure.$Shape;

            /**
             * Decodes a Failure message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {redoubt.v1.Failure & redoubt.v1.Failure.$Shape} Failure
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): redoubt.v1.Failure & redoubt.v1.Failure.$Shape;

            /**
             * Verifies a Failure message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Failure message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Failure
             */
            static fromObject(d: { [k: string]: any }): redoubt.v1.Failure;

            /**
             * Creates a plain object from a Failure message. Also converts values to other types if specified.
             * @param m Failure
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: redoubt.v1.Failure, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Failure to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Failure
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Failure {

            /** Properties of a Failure. */
            interface $Properties {

                /** Failure code */
                code?: (string|null);

                /** Failure message */
                message?: (string|null);

                /** Failure retryable */
                retryable?: (boolean|null);

                /** Failure details */
                details?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Failure. */
            type $Shape = redoubt.v1.Failure.$Properties;
        }

        /**
         * Properties of a Reply.
         * @deprecated Use redoubt.v1.Reply.$Properties instead.
         */
        interface IReply extends redoubt.v1.Reply.$Properties {
        }

        /** Represents a Reply. */
        class Reply {

            /**
             * Constructs a new Reply.
             * @param [p] Properties to set
             */
            constructor(p?: redoubt.v1.Reply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Reply payload. */
            payload?: (Uint8Array|null);

            /** Reply failure. */
            failure?: (redoubt.v1.Failure.$Properties|null);

            /** Reply result. */
            result?: ("payload"|"failure");

            /**
             * Creates a new Reply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Reply instance
             */
            static create(properties: redoubt.v1.Reply.$Shape): redoubt.v1.Reply & redoubt.v1.Reply.$Shape;
            static create(properties?: redoubt.v1.Reply.$Properties): redoubt.v1.Reply;

            /**
             * Encodes the specified Reply message. Does not implicitly {@link redoubt.v1.Reply.verify|verify} messages.
             * @param m Reply message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: redoubt.v1.Reply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Reply message, length delimited. Does not implicitly {@link redoubt.v1.Reply.verify|verify} messages.
             * @param message Reply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: redoubt.v1.Reply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Reply message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {redoubt.v1.Reply & redoubt.v1.Reply.$Shape} Reply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): redoubt.v1.Reply & redoubt.v1.Reply.$Shape;

            /**
             * Decodes a Reply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {redoubt.v1.Reply & redoubt.v1.Reply.$Shape} Reply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): redoubt.v1.Reply & redoubt.v1.Reply.$Shape;

            /**
             * Verifies a Reply message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Reply message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Reply
             */
            static fromObject(d: { [k: string]: any }): redoubt.v1.Reply;

            /**
             * Creates a plain object from a Reply message. Also converts values to other types if specified.
             * @param m Reply
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: redoubt.v1.Reply, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Reply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Reply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Reply {

            /** Properties of a Reply. */
            interface $Properties {

                /** Reply payload */
                payload?: (Uint8Array|null);

                /** Reply failure */
                failure?: (redoubt.v1.Failure.$Properties|null);

                /** Reply result */
                result?: ("payload"|"failure");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Reply. */
            type $Shape = {
              payload?: Uint8Array|null;
              failure?: redoubt.v1.Failure.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ result?: undefined; payload?: null; failure?: null }|{ result?: "payload"; payload: Uint8Array; failure?: null }|{ result?: "failure"; payload?: null; failure: redoubt.v1.Failure.$Shape })
            );
        }
    }
}
