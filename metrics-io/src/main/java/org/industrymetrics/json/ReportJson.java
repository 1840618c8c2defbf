package org.industrymetrics.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
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
        JsonOutput.write(out, 4, g -> writeReport(g, report));
    }

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
            g.writeStringField("margin", f.margin().get().toPlainString());
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
            g.writeString(i.low().toPlainString());
        }
        g.writeFieldName("high");
        if (i.high() == null) {
            g.writeNull();
        } else {
            g.writeString(i.high().toPlainString());
        }
        if (i.isLowBounded() && i.isLowOpen()) {
            g.writeBooleanField("lowOpen", true);
        }
        if (i.isHighBounded() && i.isHighOpen()) {
            g.writeBooleanField("highOpen", true);
        }
    }
}
