package org.industrymetrics.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.DataInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * A JSON factory whose parsers also refuse number exponents beyond ±{@value JsonLimits#MAX_EXPONENT}
 * (Jackson's own constraints count characters only, and {@code 1e999999999} is short) and whole
 * in-memory documents over the length limit before reading them.
 */
final class HardenedJsonFactory extends JsonFactory {

    private static final long serialVersionUID = 1L;

    HardenedJsonFactory(JsonFactoryBuilder builder) {
        super(builder);
    }

    private HardenedJsonFactory(HardenedJsonFactory source, ObjectCodec codec) {
        super(source, codec);
    }

    @Override
    public JsonFactory copy() {
        return new HardenedJsonFactory(this, null);
    }

    @Override
    protected JsonParser _createParser(InputStream in, IOContext ctxt) throws IOException {
        return new ExponentCheckingParser(super._createParser(in, ctxt));
    }

    @Override
    protected JsonParser _createParser(Reader r, IOContext ctxt) throws IOException {
        return new ExponentCheckingParser(super._createParser(r, ctxt));
    }

    @Override
    protected JsonParser _createParser(char[] data, int offset, int len, IOContext ctxt, boolean recyclable)
            throws IOException {
        // a document already in memory is refused whole, rather than when the parser has read a buffer of it
        streamReadConstraints().validateDocumentLength(len);
        return new ExponentCheckingParser(super._createParser(data, offset, len, ctxt, recyclable));
    }

    @Override
    protected JsonParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
        streamReadConstraints().validateDocumentLength(len);
        return new ExponentCheckingParser(super._createParser(data, offset, len, ctxt));
    }

    @Override
    protected JsonParser _createParser(DataInput input, IOContext ctxt) throws IOException {
        return new ExponentCheckingParser(super._createParser(input, ctxt));
    }

    /** Checks the exponent of each floating-point number as its token is read. */
    static final class ExponentCheckingParser extends JsonParserDelegate {

        ExponentCheckingParser(JsonParser parser) {
            super(parser);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken t = delegate.nextToken();
            if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                checkExponent();
            }
            return t;
        }

        @Override
        public JsonToken nextValue() throws IOException {
            JsonToken t = delegate.nextValue();
            if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                checkExponent();
            }
            return t;
        }

        private void checkExponent() throws IOException {
            char[] text = delegate.getTextCharacters();
            int start = delegate.getTextOffset();
            int end = start + delegate.getTextLength();
            int i = start;
            while (i < end && text[i] != 'e' && text[i] != 'E') {
                i++;
            }
            if (i == end) {
                return;
            }
            i++;
            if (i < end && (text[i] == '+' || text[i] == '-')) {
                i++;
            }
            long exponent = 0;
            for (; i < end; i++) {
                exponent = Math.min(exponent * 10 + (text[i] - '0'), Integer.MAX_VALUE);
            }
            if (exponent > JsonLimits.MAX_EXPONENT) {
                throw new StreamConstraintsException("Number exponent of " + abbreviate(text, start, end)
                        + " is beyond the maximum allowed (" + JsonLimits.MAX_EXPONENT + ")",
                        delegate.currentTokenLocation());
            }
        }

        private static String abbreviate(char[] text, int start, int end) {
            String s = new String(text, start, end - start);
            return s.length() <= 40 ? s : s.substring(0, 20) + "…(" + s.length() + " characters)";
        }
    }
}
