package org.industrymetrics.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.industrymetrics.DecimalText;
import org.industrymetrics.check.Finding;
import org.industrymetrics.check.Implied;
import org.industrymetrics.check.Report;
import org.industrymetrics.check.Verdict;
import org.industrymetrics.figure.Interval;

/**
 * Writes a check {@link Report} as JSON, in the layout of FORMAT.md §7:
 * <pre>
 * {
 *   "findings": [
 *     {
 *       "check": "growth",
 *       "verdict": "INCONSISTENT",
 *       "observations": ["yibin-income-growth-2022", "yibin-income-2022", "yibin-income-2021"],
 *       "stated": {"low": "58.65", "high": "58.75", "unit": "%"},
 *       "derived": {"low": "58.6455", "high": "58.648", "unit": "%"},
 *       "margin": "0.002",
 *       "unit": "pp",
 *       "message": "163.522 / 103.073 - 1 = 58.647 %, stated 58.7 %"
 *     }
 *   ],
 *   "summary": {
 *     "consistent": 12,
 *     "inconsistent": 1,
 *     "undetermined": 2
 *   },
 *   "implied": [
 *     {
 *       "observations": ["yibin-output-value-multiple-2022", "yibin-output-value-2022"],
 *       "subject": "CN-SC.Yibin", "metric": "power_battery.industry.output_value", "period": "2021",
 *       "interval": {"low": "19.6", "high": "19.9", "unit": "billion CNY"},
 *       "arithmetic": "88.9 billion CNY / 4.5"
 *     }
 *   ]
 * }
 * </pre>
 * {@code implied} lists what lone relative figures imply (not verdicts: a share, growth or multiple
 * with only one of its two levels in the dataset, and where the other lies); it appears when not empty.
 * Findings are in the report's stable order. Numbers are strings, in plain notation without
 * trailing zeros (an interval's bounds are kept that way). An open end of an interval is marked
 * {@code "lowOpen": true} or {@code "highOpen": true}; an unbounded end is {@code null} (and open).
 * A stated or derived interval, or a margin, that the finding does not have is left out; the
 * top-level {@code "unit"} is the margin's. LF line ends, two spaces of indent, a final line end.
 * This class is immutable and thread-safe.
 */
public final class ReportJson {

    private ReportJson() {
    }

    /**
     * Writes a report. The writer is flushed, not closed.
     *
     * @param report the report, not null
     * @param out where to write, not null
     * @throws IOException if writing fails
     */
    public static void write(Report report, Writer out) throws IOException {
        Objects.requireNonNull(report, "report");
        JsonOutput.write(out, INLINE_DEPTH, g -> writeReport(g, report));
    }

    /**
     * Writes a report, the findings rendered as text in parts by tasks on {@code executor} while
     * this thread writes the parts done, in order: with an executor of several threads (a large
     * report's text is mostly findings) the writing takes a fraction of the time. The text is the
     * same as {@link #write(Report, Writer)}'s, whatever the executor. At most a few parts are held
     * at once. The writer is flushed, not closed.
     *
     * @param report the report, not null
     * @param out where to write, not null
     * @param executor renders parts of the findings; {@code Runnable::run} renders them on this thread
     * @throws IOException if writing fails
     * @throws java.util.concurrent.RejectedExecutionException if the executor refuses a task
     */
    public static void write(Report report, Writer out, Executor executor) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(executor, "executor");
        JsonOutput.write(out, INLINE_DEPTH, g -> writeReport(g, report, executor));
    }

    /** The depth from which objects and arrays are written on one line: a finding's intervals. */
    private static final int INLINE_DEPTH = 4;
    /**
     * Findings per part rendered by one task: about 100 KB of text for findings of this library's
     * checks, so a part's array is no humongous object even in a small heap.
     */
    private static final int PART = 128;
    /** Parts rendered ahead of the one being written, which bounds the text held. */
    private static final int AHEAD = 32;
    /** How the findings array starts and ends around its elements, at the depth it has in a report. */
    private static final String ARRAY_START = "[\n    ";
    private static final String ARRAY_END = "\n  ]";
    private static final String SEPARATOR = ",\n    ";

    /**
     * Returns a report as JSON text, ending with a line end.
     *
     * @param report the report, not null
     * @return the JSON text
     */
    public static String toJson(Report report) {
        StringWriter out = new StringWriter();
        try {
            write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    static void writeReport(JsonGenerator g, Report report) throws IOException {
        writeReport(g, report, null);
    }

    /** Writes the report; the findings in parts on {@code executor}, or one by one if it is null. */
    private static void writeReport(JsonGenerator g, Report report, Executor executor) throws IOException {
        g.writeStartObject();
        List<Finding> findings = report.findings();
        if (executor == null || findings.size() <= PART) {
            g.writeArrayFieldStart("findings");
            for (Finding f : findings) {
                writeFinding(g, f);
            }
            g.writeEndArray();
        } else {
            g.writeFieldName("findings");
            writeFindings(g, findings, executor);
        }
        g.writeObjectFieldStart("summary");
        g.writeNumberField("consistent", report.count(Verdict.CONSISTENT));
        g.writeNumberField("inconsistent", report.count(Verdict.INCONSISTENT));
        g.writeNumberField("undetermined", report.count(Verdict.UNDETERMINED));
        g.writeEndObject();
        if (!report.implied().isEmpty()) {
            g.writeArrayFieldStart("implied");
            for (Implied i : report.implied()) {
                g.writeStartObject();
                g.writeArrayFieldStart("observations");
                for (String id : i.observations()) {
                    g.writeString(id);
                }
                g.writeEndArray();
                g.writeStringField("subject", i.subject().toString());
                g.writeStringField("metric", i.metric());
                g.writeStringField("period", i.period().toString());
                g.writeObjectFieldStart("interval");
                writeBounds(g, i.interval());
                g.writeStringField("unit", i.unit());
                g.writeEndObject();
                g.writeStringField("arithmetic", i.arithmetic());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /**
     * Writes the findings array from parts rendered on {@code executor}: each part is the text of
     * its findings as they stand in the array (a generator of its own at the array's depth), and
     * the parts go to the writer in order with the array's separators between them, as one value.
     */
    private static void writeFindings(JsonGenerator g, List<Finding> findings, Executor executor) throws IOException {
        int parts = (findings.size() + PART - 1) / PART;
        ArrayDeque<CompletableFuture<Text>> pending = new ArrayDeque<>();
        int next = 0;
        g.writeRawValue(ARRAY_START);
        // the generator's own text so far goes to the writer (not further), then the parts straight after it
        g.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        g.flush();
        g.enable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        Writer out = (Writer) g.getOutputTarget();
        for (int written = 0; written < parts; written++) {
            while (next < parts && pending.size() <= AHEAD) {
                List<Finding> part = findings.subList(next * PART, Math.min(findings.size(), (next + 1) * PART));
                pending.add(CompletableFuture.supplyAsync(() -> render(part), executor));
                next++;
            }
            Text text;
            try {
                text = pending.remove().join();
            } catch (CompletionException e) {
                throw rethrow(e.getCause());
            }
            if (written > 0) {
                out.write(SEPARATOR);
            }
            // the part's text between the array's start and end
            out.write(text.chars, ARRAY_START.length(), text.length - ARRAY_START.length() - ARRAY_END.length());
        }
        g.writeRaw(ARRAY_END);
    }

    /** The text of findings in an array, as a generator of the whole report writes them there. */
    private static Text render(List<Finding> part) {
        Text text = new Text(part.size() * 1024);
        try {
            // at depth 1, in the report's object: the array opens at the depth the findings array has
            JsonGenerator g = JsonOutput.generator(text, new CanonicalPrettyPrinter(INLINE_DEPTH, 1));
            g.writeStartArray();
            for (Finding f : part) {
                writeFinding(g, f);
            }
            g.writeEndArray();
            g.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a Text does not fail
        }
        return text;
    }

    /** Characters written into an array that grows, for one thread: a part's text, handed over as it is. */
    private static final class Text extends Writer {
        char[] chars;
        int length;

        Text(int capacity) {
            chars = new char[capacity];
        }

        @Override
        public void write(char[] c, int off, int len) {
            if (length + len > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + len));
            }
            System.arraycopy(c, off, chars, length, len);
            length += len;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** The exception of a task, as it was thrown. */
    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        return cause instanceof RuntimeException ? (RuntimeException) cause : new IllegalStateException(cause);
    }

    static void writeFinding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("check", f.check().id());
        g.writeStringField("verdict", f.verdict().name());
        g.writeArrayFieldStart("observations");
        for (String id : f.observations()) {
            g.writeString(id);
        }
        g.writeEndArray();
        if (f.stated().isPresent()) {
            g.writeFieldName("stated");
            writeInterval(g, f.stated().get(), f.unit());
        }
        if (f.derived().isPresent()) {
            g.writeFieldName("derived");
            writeInterval(g, f.derived().get(), f.unit());
        }
        if (f.margin().isPresent()) {
            g.writeFieldName("margin");
            writePlain(g, f.margin().get());
        }
        g.writeStringField("unit", f.marginUnit());
        g.writeStringField("message", f.message());
        g.writeEndObject();
    }

    /** Writes {@code {"low": "58.65", "high": "58.75", "unit": "%"}}, with open-end flags where an end is open. */
    static void writeInterval(JsonGenerator g, Interval i, String unit) throws IOException {
        g.writeStartObject();
        writeBounds(g, i);
        if (unit != null) {
            g.writeStringField("unit", unit);
        }
        g.writeEndObject();
    }

    /** Writes the {@code low}, {@code high}, {@code lowOpen} and {@code highOpen} fields of an interval. */
    static void writeBounds(JsonGenerator g, Interval i) throws IOException {
        g.writeFieldName("low");
        if (i.low() == null) {
            g.writeNull();
        } else {
            writePlain(g, i.low());
        }
        g.writeFieldName("high");
        if (i.high() == null) {
            g.writeNull();
        } else {
            writePlain(g, i.high());
        }
        if (i.isLowBounded() && i.isLowOpen()) {
            g.writeBooleanField("lowOpen", true);
        }
        if (i.isHighBounded() && i.isHighOpen()) {
            g.writeBooleanField("highOpen", true);
        }
    }

    /** Writes {@code v.toPlainString()} as a JSON string, from its digits ({@link DecimalText#plain}). */
    static void writePlain(JsonGenerator g, BigDecimal v) throws IOException {
        g.writeString(DecimalText.plain(v));
    }
}
