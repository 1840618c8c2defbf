package org.industrymetrics.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.industrymetrics.DecimalText;
import org.industrymetrics.check.CheckId;
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
 * Strings are escaped as Jackson's generator escapes them (quotes, backslashes and control
 * characters only); a lone surrogate, which is no character and has no UTF-8, is escaped as
 * <code>&#92;uXXXX</code> (upper-case digits), so a JSON reader gets the same string back.
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
        JsonBytes text = JsonBytes.to(Objects.requireNonNull(out, "out"));
        writeDocument(text, report, null);
        text.flush();
    }

    /**
     * Writes a report as UTF-8 bytes: the text {@link #write(Report, Writer)} writes, encoded as an
     * {@link java.io.OutputStreamWriter} for UTF-8 encodes it, without the characters in between
     * (what {@code metrics check --format json} uses: a report of a million observations is
     * hundreds of megabytes). The stream is flushed, not closed; it needs no buffer of its own.
     *
     * @param report the report, not null
     * @param out where to write, not null
     * @throws IOException if writing fails
     */
    public static void write(Report report, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        JsonBytes text = JsonBytes.to(Objects.requireNonNull(out, "out"));
        writeDocument(text, report, null);
        text.flush();
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
        JsonBytes text = JsonBytes.to(Objects.requireNonNull(out, "out"));
        writeDocument(text, report, executor);
        text.flush();
    }

    /**
     * Findings per part rendered by one task: about 100 KB of text for findings of this library's
     * checks, so a part's array is no humongous object even in a small heap.
     */
    private static final int PART = 128;
    /** Parts rendered ahead of the one being written, which bounds the text held. */
    private static final int AHEAD = 32;

    /**
     * Returns a report as JSON text, ending with a line end.
     *
     * @param report the report, not null
     * @return the JSON text
     */
    public static String toJson(Report report) {
        Objects.requireNonNull(report, "report");
        JsonBytes text = JsonBytes.inMemory(1024);
        try {
            writeDocument(text, report, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // text in memory does not fail
        }
        return new String(text.bytes(), 0, text.length(), StandardCharsets.UTF_8);
    }

    // The document's fixed parts, as the canonical layout (CanonicalPrettyPrinter, findings at depth
    // 3, their arrays and intervals on one line) puts them around the values: the same text as
    // writeReport writes through a generator, byte for byte.
    private static final byte[] START = JsonBytes.ascii("{\n  \"findings\": [");
    private static final byte[] FIRST = JsonBytes.ascii("\n    ");
    private static final byte[] COMMA = JsonBytes.ascii(",");
    private static final byte[] NEXT = JsonBytes.ascii(",\n    ");
    private static final byte[] ARRAY_END = JsonBytes.ascii("\n  ]");
    private static final byte[] EMPTY_END = JsonBytes.ascii("]");
    private static final byte[] CONSISTENT = JsonBytes.ascii(",\n  \"summary\": {\n    \"consistent\": ");
    private static final byte[] INCONSISTENT = JsonBytes.ascii(",\n    \"inconsistent\": ");
    private static final byte[] UNDETERMINED = JsonBytes.ascii(",\n    \"undetermined\": ");
    private static final byte[] SUMMARY_END = JsonBytes.ascii("\n  }");
    private static final byte[] IMPLIED = JsonBytes.ascii(",\n  \"implied\": [");
    private static final byte[] END = JsonBytes.ascii("\n}\n");
    /** A finding's start up to its first observation, by check and verdict. */
    private static final byte[][][] HEAD = new byte[CheckId.values().length][Verdict.values().length][];
    private static final byte[] OBSERVATIONS = JsonBytes.ascii("{\n      \"observations\": [");
    private static final byte[] ID_SEPARATOR = JsonBytes.ascii(", ");
    private static final byte[] IDS_END = JsonBytes.ascii("]");
    private static final byte[] STATED = JsonBytes.ascii(",\n      \"stated\": ");
    private static final byte[] DERIVED = JsonBytes.ascii(",\n      \"derived\": ");
    private static final byte[] MARGIN = JsonBytes.ascii(",\n      \"margin\": ");
    private static final byte[] UNIT = JsonBytes.ascii(",\n      \"unit\": ");
    private static final byte[] MESSAGE = JsonBytes.ascii(",\n      \"message\": ");
    private static final byte[] SUBJECT = JsonBytes.ascii(",\n      \"subject\": ");
    private static final byte[] METRIC = JsonBytes.ascii(",\n      \"metric\": ");
    private static final byte[] PERIOD = JsonBytes.ascii(",\n      \"period\": ");
    private static final byte[] INTERVAL = JsonBytes.ascii(",\n      \"interval\": ");
    private static final byte[] ARITHMETIC = JsonBytes.ascii(",\n      \"arithmetic\": ");
    private static final byte[] OBJECT_END = JsonBytes.ascii("\n    }");
    private static final byte[] LOW = JsonBytes.ascii("{\"low\": ");
    private static final byte[] HIGH = JsonBytes.ascii(", \"high\": ");
    private static final byte[] LOW_OPEN = JsonBytes.ascii(", \"lowOpen\": true");
    private static final byte[] HIGH_OPEN = JsonBytes.ascii(", \"highOpen\": true");
    private static final byte[] INTERVAL_UNIT = JsonBytes.ascii(", \"unit\": ");
    private static final byte[] INTERVAL_END = JsonBytes.ascii("}");

    static {
        for (CheckId c : CheckId.values()) {
            for (Verdict v : Verdict.values()) {
                // ids and names are plain ASCII words: nothing to escape
                HEAD[c.ordinal()][v.ordinal()] = JsonBytes.ascii("{\n      \"check\": \"" + c.id()
                        + "\",\n      \"verdict\": \"" + v.name() + "\",\n      \"observations\": [");
            }
        }
    }

    /** Writes the document; the findings in parts on {@code executor}, or one by one if it is null. */
    private static void writeDocument(JsonBytes t, Report report, Executor executor) throws IOException {
        t.raw(START);
        List<Finding> findings = report.findings();
        if (findings.isEmpty()) {
            t.raw(EMPTY_END);
        } else {
            if (executor == null || findings.size() <= PART) {
                writeFindings(t, findings);
            } else {
                writeFindings(t, findings, executor);
            }
            t.raw(ARRAY_END);
        }
        t.raw(CONSISTENT);
        t.number(report.count(Verdict.CONSISTENT));
        t.raw(INCONSISTENT);
        t.number(report.count(Verdict.INCONSISTENT));
        t.raw(UNDETERMINED);
        t.number(report.count(Verdict.UNDETERMINED));
        t.raw(SUMMARY_END);
        List<Implied> implied = report.implied();
        if (!implied.isEmpty()) {
            t.raw(IMPLIED);
            for (int k = 0; k < implied.size(); k++) {
                Implied i = implied.get(k);
                t.raw(k == 0 ? FIRST : NEXT);
                t.raw(OBSERVATIONS);
                writeIds(t, i.observations());
                t.raw(SUBJECT);
                t.string(i.subject().toString());
                t.raw(METRIC);
                t.string(i.metric());
                t.raw(PERIOD);
                t.string(i.period().toString());
                t.raw(INTERVAL);
                writeInterval(t, i.interval(), i.unit());
                t.raw(ARITHMETIC);
                t.string(i.arithmetic());
                t.raw(OBJECT_END);
            }
            t.raw(ARRAY_END);
        }
        t.raw(END);
    }

    /** Writes findings as the elements of the findings array, each after a line end (and a comma but for the first). */
    private static void writeFindings(JsonBytes t, List<Finding> findings) throws IOException {
        for (int k = 0; k < findings.size(); k++) {
            t.raw(k == 0 ? FIRST : NEXT);
            writeFinding(t, findings.get(k));
        }
    }

    /**
     * Writes the findings from parts rendered on {@code executor}: each part is the text of its
     * findings as they stand in the array, and the parts go out in order with a comma between them.
     */
    private static void writeFindings(JsonBytes t, List<Finding> findings, Executor executor) throws IOException {
        int parts = (findings.size() + PART - 1) / PART;
        ArrayDeque<CompletableFuture<JsonBytes>> pending = new ArrayDeque<>();
        int next = 0;
        for (int written = 0; written < parts; written++) {
            while (next < parts && pending.size() <= AHEAD) {
                List<Finding> part = findings.subList(next * PART, Math.min(findings.size(), (next + 1) * PART));
                pending.add(CompletableFuture.supplyAsync(() -> render(part), executor));
                next++;
            }
            JsonBytes text;
            try {
                text = pending.remove().join();
            } catch (CompletionException e) {
                throw rethrow(e.getCause());
            }
            if (written > 0) {
                t.raw(COMMA);
            }
            t.raw(text.bytes(), 0, text.length());
        }
    }

    /** The text of findings as they stand in the array, each after a line end and a comma but the first. */
    private static JsonBytes render(List<Finding> part) {
        JsonBytes text = JsonBytes.inMemory(part.size() * 1024);
        try {
            writeFindings(text, part);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // text in memory does not fail
        }
        return text;
    }

    /** The exception of a task, as it was thrown. */
    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        return cause instanceof RuntimeException ? (RuntimeException) cause : new IllegalStateException(cause);
    }

    /** Writes a finding object, from its opening brace to its closing one. */
    private static void writeFinding(JsonBytes t, Finding f) throws IOException {
        t.raw(HEAD[f.check().ordinal()][f.verdict().ordinal()]);
        writeIds(t, f.observations());
        Optional<Interval> stated = f.stated();
        if (stated.isPresent()) {
            t.raw(STATED);
            writeInterval(t, stated.get(), f.unit());
        }
        Optional<Interval> derived = f.derived();
        if (derived.isPresent()) {
            t.raw(DERIVED);
            writeInterval(t, derived.get(), f.unit());
        }
        Optional<BigDecimal> margin = f.margin();
        if (margin.isPresent()) {
            t.raw(MARGIN);
            t.plain(margin.get());
        }
        t.raw(UNIT);
        t.string(f.marginUnit());
        t.raw(MESSAGE);
        t.string(f.message());
        t.raw(OBJECT_END);
    }

    /** Writes the ids of an {@code observations} array and its closing bracket. */
    private static void writeIds(JsonBytes t, List<String> ids) throws IOException {
        for (int k = 0; k < ids.size(); k++) {
            if (k > 0) {
                t.raw(ID_SEPARATOR);
            }
            t.string(ids.get(k));
        }
        t.raw(IDS_END);
    }

    /** Writes {@code {"low": "58.65", "high": "58.75", "unit": "%"}}, with open-end flags where an end is open. */
    private static void writeInterval(JsonBytes t, Interval i, String unit) throws IOException {
        t.raw(LOW);
        if (i.low() == null) {
            t.nul();
        } else {
            t.plain(i.low());
        }
        t.raw(HIGH);
        if (i.high() == null) {
            t.nul();
        } else {
            t.plain(i.high());
        }
        if (i.isLowBounded() && i.isLowOpen()) {
            t.raw(LOW_OPEN);
        }
        if (i.isHighBounded() && i.isHighOpen()) {
            t.raw(HIGH_OPEN);
        }
        if (unit != null) {
            t.raw(INTERVAL_UNIT);
            t.string(unit);
        }
        t.raw(INTERVAL_END);
    }

    // Through a generator: for MetricsModule (a report or finding as a value of a Jackson document)
    // and SumJson (an interval's bounds).

    static void writeReport(JsonGenerator g, Report report) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("findings");
        for (Finding f : report.findings()) {
            writeFinding(g, f);
        }
        g.writeEndArray();
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
