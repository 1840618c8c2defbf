package org.industrymetrics.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/** Writes a JSON document in the canonical layout ({@link CanonicalPrettyPrinter}), ending with a line end. */
final class JsonOutput {

    /** Writes the body of a document to a generator. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private JsonOutput() {
    }

    /**
     * Writes a document; the writer is flushed, not closed.
     *
     * @param out where to write, not null
     * @param inlineDepth the depth from which objects and arrays are written on one line
     * @param body what to write
     */
    static void write(Writer out, int inlineDepth, Body body) throws IOException {
        Objects.requireNonNull(out, "out");
        JsonGenerator g = generator(out, new CanonicalPrettyPrinter(inlineDepth));
        body.write(g);
        g.close(); // flushes into out, which stays open
        out.write('\n');
        out.flush();
    }

    /** A generator of the canonical layout on {@code out}, which it does not close. */
    static JsonGenerator generator(Writer out, CanonicalPrettyPrinter printer) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(printer);
        return g;
    }
}
