package org.industrymetrics.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.industrymetrics.aggregate.Dropped;
import org.industrymetrics.aggregate.Overlap;
import org.industrymetrics.observation.Status;
import org.industrymetrics.aggregate.GroupBy;
import org.industrymetrics.aggregate.GroupKey;
import org.industrymetrics.aggregate.SumResult;
import org.industrymetrics.aggregate.Total;
import org.industrymetrics.io.internal.DatasetRows;
import org.industrymetrics.money.ResolvedRate;

/**
 * Writes the result of a sum as JSON, in the layout of CLI.md:
 * <pre>
 * {
 *   "unit": "GWh",
 *   "policy": "subject=broadest",
 *   "groups": [
 *     {
 *       "key": {"subject": "CN", "period": "2024"},
 *       "total": {"low": "548.35", "high": "548.45"},
 *       "figure": "548.4",
 *       "count": 12,
 *       "rates": [{"pair": "USD/CNY", "period": "2024", "rate": "7.1957", "quotes": 250}]
 *     }
 *   ],
 *   "dropped": [{"key": {}, "id": "sc-output", "count": 1, "kept": "cn-output",
 *                "rule": "subject=broadest", "reason": "CN-SC is a part of CN (power_battery.output 2024)"}],
 *   "warnings": [{"key": {}, "ids": ["a", "b"], "kind": "subject", "reason": "..."}]
 * }
 * </pre>
 * {@code policy} is the overlap policy in its text form ({@code refuse} by default); {@code status}
 * appears on a group whose figures are not actual ones; {@code dropped} lists every level the
 * policy left out, with the level kept in its place, and {@code warnings} every overlap the policy
 * let through; both appear only when not empty.
 * {@code key} holds the grouping fields only; {@code total} marks an open end with
 * {@code "lowOpen": true} or {@code "highOpen": true}; {@code rates} lists the exchange rates used,
 * if any, each with the days it covers as a period where they make one ({@code 2024},
 * {@code 2024-05}, {@code 2024-06-26}), else as a span of days ({@code 2024-06-03/2024-06-05}).
 * LF line ends, two spaces of indent, a final line end. This class is immutable and thread-safe.
 */
public final class SumJson {

    private SumJson() {
    }

    /**
     * Writes a sum. The writer is flushed, not closed.
     *
     * @param result the sum, not null
     * @param out where to write, not null
     * @throws IOException if writing fails
     */
    public static void write(SumResult result, Writer out) throws IOException {
        Objects.requireNonNull(result, "result");
        JsonOutput.write(out, 4, g -> writeSum(g, result));
    }

    /**
     * Returns a sum as JSON text, ending with a line end.
     *
     * @param result the sum, not null
     * @return the JSON text
     */
    public static String toJson(SumResult result) {
        StringWriter out = new StringWriter();
        try {
            write(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    static void writeSum(JsonGenerator g, SumResult result) throws IOException {
        g.writeStartObject();
        g.writeStringField("unit", result.unit().toString());
        g.writeStringField("policy", result.policy().toString());
        g.writeArrayFieldStart("groups");
        for (Map.Entry<GroupKey, Total> e : result.groups().entrySet()) {
            Total t = e.getValue();
            g.writeStartObject();
            writeKey(g, e.getKey());
            g.writeObjectFieldStart("total");
            ReportJson.writeBounds(g, t.readableInterval());
            g.writeEndObject();
            g.writeStringField("figure", t.figure());
            if (t.status() != Status.ACTUAL) {
                g.writeStringField("status", t.status().id());
            }
            g.writeNumberField("count", t.count());
            if (!t.rates().isEmpty()) {
                g.writeArrayFieldStart("rates");
                for (ResolvedRate r : t.rates()) {
                    g.writeStartObject();
                    g.writeStringField("pair", r.pair().toString());
                    g.writeStringField("period", DatasetRows.span(r.first(), r.last()).toString());
                    g.writeStringField("rate", r.rate().rate().toPlainString());
                    g.writeNumberField("quotes", r.quotes());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!result.dropped().isEmpty()) {
            g.writeArrayFieldStart("dropped");
            for (Dropped d : result.dropped()) {
                g.writeStartObject();
                writeKey(g, d.group());
                g.writeStringField("id", d.observation().id());
                g.writeNumberField("count", d.count());
                g.writeStringField("kept", d.keptInstead().id());
                g.writeStringField("rule", d.rule());
                g.writeStringField("reason", d.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        List<Overlap> added = result.overlaps().stream()
                .filter(o -> o.resolution() == Overlap.Resolution.ADDED_BOTH).collect(Collectors.toList());
        if (!added.isEmpty()) {
            g.writeArrayFieldStart("warnings");
            for (Overlap o : added) {
                g.writeStartObject();
                writeKey(g, o.group());
                g.writeArrayFieldStart("ids");
                g.writeString(o.first().id());
                g.writeString(o.second().id());
                g.writeEndArray();
                g.writeStringField("kind", o.kind().name().toLowerCase(Locale.ROOT));
                g.writeStringField("reason", o.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeKey(JsonGenerator g, GroupKey key) throws IOException {
        g.writeObjectFieldStart("key");
        for (Map.Entry<GroupBy, String> k : key.values().entrySet()) {
            g.writeStringField(k.getKey().id(), k.getValue());
        }
        g.writeEndObject();
    }
}
