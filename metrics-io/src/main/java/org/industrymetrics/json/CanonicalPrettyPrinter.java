package org.industrymetrics.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.Instantiatable;
import java.io.IOException;

/**
 * The canonical layout of the library's JSON output: LF line ends, two spaces per level, {@code ": "}
 * between a name and its value; objects and arrays nested {@code inlineDepth} deep or deeper are
 * written on one line ({@code {"id": "a", "subject": "CN"}}), so a table holds one row per line.
 * Not thread-safe: Jackson makes one per generator through {@link #createInstance()}.
 */
final class CanonicalPrettyPrinter implements PrettyPrinter, Instantiatable<CanonicalPrettyPrinter> {

    private final int inlineDepth;
    private int depth;

    /**
     * Creates a printer.
     *
     * @param inlineDepth the depth from which containers are written on one line (the root is depth 1)
     */
    CanonicalPrettyPrinter(int inlineDepth) {
        this(inlineDepth, 0);
    }

    /**
     * Creates a printer for values written as if nested {@code depth} deep, for a part of a
     * document written on its own and put in its place.
     *
     * @param inlineDepth the depth from which containers are written on one line (the root is depth 1)
     * @param depth the depth the first value is written at, less one (0 for a document)
     */
    CanonicalPrettyPrinter(int inlineDepth, int depth) {
        this.inlineDepth = inlineDepth;
        this.depth = depth;
    }

    @Override
    public CanonicalPrettyPrinter createInstance() {
        return new CanonicalPrettyPrinter(inlineDepth, depth);
    }

    private boolean inline() {
        return depth >= inlineDepth;
    }

    private void newLine(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
        for (int i = 0; i < depth; i++) {
            g.writeRaw("  ");
        }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        if (!inline()) {
            newLine(g);
        }
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        separator(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        end(g, entries, '}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
        depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        if (!inline()) {
            newLine(g);
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        separator(g);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        end(g, values, ']');
    }

    /** A comma, then a space inside a one-line value or a new line outside. */
    private void separator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        if (inline()) {
            g.writeRaw(' ');
        } else {
            newLine(g);
        }
    }

    /** Closes an object or array: on its own line unless it was written on one line or is empty. */
    private void end(JsonGenerator g, int members, char bracket) throws IOException {
        boolean wasInline = inline();
        depth--;
        if (!wasInline && members > 0) {
            newLine(g);
        }
        g.writeRaw(bracket);
    }
}
