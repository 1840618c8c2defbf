package org.industrymetrics.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.industrymetrics.DecimalText;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.MetricsException;
import org.industrymetrics.aggregate.GroupBy;
import org.industrymetrics.aggregate.SumResult;
import org.industrymetrics.check.CheckId;
import org.industrymetrics.check.Finding;
import org.industrymetrics.check.Implied;
import org.industrymetrics.check.Report;
import org.industrymetrics.check.Verdict;
import org.industrymetrics.figure.Contribution;
import org.industrymetrics.figure.Growth;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.figure.Multiple;
import org.industrymetrics.figure.PercentagePoints;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.figure.Share;
import org.industrymetrics.io.DatasetTable;
import org.industrymetrics.io.internal.DatasetRows;
import org.industrymetrics.io.internal.Row;
import org.industrymetrics.money.CurrencyPair;
import org.industrymetrics.money.FxRate;
import org.industrymetrics.money.Money;
import org.industrymetrics.money.MoneyUnit;
import org.industrymetrics.money.MultiCurrencyAmount;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.Metric;
import org.industrymetrics.observation.MetricKind;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.RateEntry;
import org.industrymetrics.observation.Rule;
import org.industrymetrics.observation.Source;
import org.industrymetrics.observation.Status;
import org.industrymetrics.observation.Subject;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.period.ReportingPeriod;
import org.industrymetrics.quantity.Area;
import org.industrymetrics.quantity.AreaPerYear;
import org.industrymetrics.quantity.Charge;
import org.industrymetrics.quantity.Energy;
import org.industrymetrics.quantity.EnergyPerYear;
import org.industrymetrics.quantity.Mass;
import org.industrymetrics.quantity.MassPerYear;
import org.industrymetrics.quantity.Power;
import org.industrymetrics.quantity.Quantity;
import org.industrymetrics.quantity.Scale;
import org.industrymetrics.quantity.Unit;

/**
 * The Jackson module for the library's value types: each is written as its {@code toString()} text
 * and read with its {@code parse} method, so nothing is lost ({@code "88.90 GWh"} stays
 * {@code 88.90 GWh}, decimals travel as text) and JSON looks as the dataset format writes it.
 * A text that does not parse is a {@link JsonMappingException} naming the JSON path and location,
 * with the {@link org.industrymetrics.FigureParseException} as its cause.
 * <ul>
 * <li>As text, also as map keys: {@link Quantity} ({@code "20 GWh"}) and the typed quantities
 *     ({@link Energy}, {@link EnergyPerYear}, {@link Power}, {@link Charge}, {@link Mass},
 *     {@link MassPerYear}, {@link Area}, {@link AreaPerYear}), {@link Unit}, {@link Scale},
 *     {@link Money} ({@code "88.9 billion CNY"}), {@link MoneyUnit}, {@link MultiCurrencyAmount},
 *     {@link CurrencyPair} ({@code "USD/CNY"}), {@link FxRate}, {@link ReportingPeriod}
 *     ({@code "2024-01/2024-05"}), {@link Interval} ({@code "(210, 231.5]"}), {@link ReportedFigure}
 *     ({@code "over 210"}), {@link Growth}, {@link Multiple}, {@link PercentagePoints}, {@link Share},
 *     {@link Contribution}, {@link SubjectRef}, {@link ObservationUnit}.
 * <li>As their ids: {@link Measure} ({@code "growth_pp"}), {@link Status}, {@link Qualifier}
 *     ({@code "at_least"}), {@link MetricKind}, {@link CheckId} ({@code "parts-sum"}),
 *     {@link GroupBy}; {@link Verdict} as its name ({@code "INCONSISTENT"}).
 * <li>As the rows of the dataset format, with the fields of the CSV columns as strings:
 *     {@link Observation}, {@link Subject}, {@link Metric}, {@link RateEntry}, {@link Rule},
 *     {@link Source}; {@link Dataset} as the whole document ({@link DatasetJson}).
 * <li>As the report of FORMAT.md §7: {@link Finding} and {@link Report} ({@link ReportJson});
 *     {@link SumResult} is written as in CLI.md ({@link SumJson}), not read.
 * </ul>
 * A {@link BigDecimal} is read from a JSON number as Jackson reads it, or from a JSON string
 * ({@code "88.90"}, as the dataset format writes decimals) with the library's strict decimal reader:
 * {@code .} as decimal point, no group separators, at most 1,000 digits, exponent within ±1,000.
 * <p>
 * {@link MetricsJson#mapper()} registers it; it is also found by
 * {@link com.fasterxml.jackson.databind.ObjectMapper#findAndRegisterModules()} through the service loader.
 */
public final class MetricsModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public MetricsModule() {
        super("industry-metrics", Version.unknownVersion());
        // one line per value type whose toString and parse are exact inverses
        addText(Quantity.class, Quantity::parse);
        addText(Energy.class, Energy::parse);
        addText(EnergyPerYear.class, EnergyPerYear::parse);
        addText(Power.class, Power::parse);
        addText(Charge.class, Charge::parse);
        addText(Mass.class, Mass::parse);
        addText(MassPerYear.class, MassPerYear::parse);
        addText(Area.class, Area::parse);
        addText(AreaPerYear.class, AreaPerYear::parse);
        addText(Unit.class, Unit::parse);
        addText(Scale.class, Scale::parse);
        addText(Money.class, Money::parse);
        addText(MoneyUnit.class, MoneyUnit::parse);
        addText(MultiCurrencyAmount.class, MultiCurrencyAmount::parse);
        addText(CurrencyPair.class, CurrencyPair::parse);
        addText(FxRate.class, FxRate::parse);
        addText(ReportingPeriod.class, ReportingPeriod::parse);
        addText(Interval.class, Interval::parse);
        addText(ReportedFigure.class, ReportedFigure::parse);
        addText(Growth.class, Growth::parse);
        addText(Multiple.class, Multiple::parse);
        addText(PercentagePoints.class, PercentagePoints::parse);
        addText(Share.class, Share::parse);
        addText(Contribution.class, Contribution::parse);
        addText(SubjectRef.class, SubjectRef::parse);
        addText(ObservationUnit.class, ObservationUnit::parse);
        // enumerations by their ids, as files write them
        addText(Measure.class, Measure::parse);
        addText(Status.class, Status::parse);
        addText(Qualifier.class, Qualifier::parse);
        addText(MetricKind.class, MetricKind::parse);
        addText(CheckId.class, CheckId::parse);
        addText(GroupBy.class, GroupBy::parse);
        addText(Verdict.class, MetricsModule::verdict);
        // a decimal in a JSON string goes through the library's strict reader, with its limits
        addDeserializer(BigDecimal.class, new DecimalDeserializer());
        // rows of the dataset tables, the dataset document, reports
        addRow(Observation.class, DatasetTable.OBSERVATIONS, DatasetRows::observation);
        addRow(Subject.class, DatasetTable.SUBJECTS, DatasetRows::subject);
        addRow(Metric.class, DatasetTable.METRICS, DatasetRows::metric);
        addRow(RateEntry.class, DatasetTable.RATES, DatasetRows::rate);
        addRow(Rule.class, DatasetTable.RULES, DatasetRows::rule);
        addRow(Source.class, DatasetTable.SOURCES, DatasetRows::source);
        addSerializer(Dataset.class, new Writing<>(Dataset.class, DatasetJson::writeDocument));
        addDeserializer(Dataset.class, new DatasetDeserializer());
        addSerializer(Finding.class, new Writing<>(Finding.class, ReportJson::writeFinding));
        addDeserializer(Finding.class, new FindingDeserializer());
        addSerializer(Report.class, new Writing<>(Report.class, ReportJson::writeReport));
        addDeserializer(Report.class, new ReportDeserializer());
        addSerializer(SumResult.class, new Writing<>(SumResult.class, SumJson::writeSum));
    }

    private static Verdict verdict(String text) {
        for (Verdict v : Verdict.values()) {
            if (v.name().equalsIgnoreCase(text.strip())) {
                return v;
            }
        }
        throw new FigureParseException(text, 0, "unknown verdict \"" + text + "\", expected CONSISTENT, INCONSISTENT or UNDETERMINED");
    }

    /**
     * A report document that is not shaped as {@link ReportJson} writes it (a field missing or of the
     * wrong type). Thrown only by this class's readers, which turn it into Jackson's input mismatch,
     * so that nothing else (a bug) is reported as bad input.
     */
    private static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    private <T> void addText(Class<T> type, Function<String, T> parse) {
        addSerializer(type, new TextSerializer<>(type));
        addDeserializer(type, new TextDeserializer<>(type, parse));
        addKeyDeserializer(type, new TextKeyDeserializer<>(type, parse));
    }

    /** Binds a row of a table. */
    @FunctionalInterface
    private interface RowBinding<T> {
        T bind(DatasetRows rows, Row row);
    }

    private <T> void addRow(Class<T> type, DatasetTable table, RowBinding<T> binding) {
        addSerializer(type, new Writing<>(type, (g, value) -> {
            String[] cells = cells(value);
            DatasetJson.writeRow(g, table.schema().columnNames(), cells,
                    DatasetRows.extras(value));
        }));
        addDeserializer(type, new RowDeserializer<>(type, table, binding));
    }

    private static String[] cells(Object value) {
        if (value instanceof Observation) {
            return DatasetRows.cells((Observation) value);
        } else if (value instanceof Subject) {
            return DatasetRows.cells((Subject) value);
        } else if (value instanceof Metric) {
            return DatasetRows.cells((Metric) value);
        } else if (value instanceof RateEntry) {
            return DatasetRows.cells((RateEntry) value);
        } else if (value instanceof Rule) {
            return DatasetRows.cells((Rule) value);
        }
        return DatasetRows.cells((Source) value);
    }

    /** Writes a value as its {@code toString()} text. */
    static final class TextSerializer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;

        TextSerializer(Class<T> type) {
            super(type);
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }

    /** Writes a value through one of the library's generator-level writers. */
    static final class Writing<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Body<T> writer;

        /** A generator-level writer. */
        @FunctionalInterface
        interface Body<T> {
            void write(JsonGenerator g, T value) throws IOException;
        }

        Writing(Class<T> type, Body<T> writer) {
            super(type);
            this.writer = writer;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            writer.write(gen, value);
        }
    }

    /** Reads a value from a JSON string with its parse method. */
    static final class TextDeserializer<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Function<String, T> parse;

        TextDeserializer(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getText();
            try {
                return parse.apply(text);
            } catch (FigureParseException e) {
                JsonMappingException failure = ctxt.weirdStringException(text, handledType(), e.getMessage());
                failure.initCause(e);
                throw failure;
            }
        }
    }

    /** Reads a row object of a dataset table, with the cell rules of the dataset format. */
    static final class RowDeserializer<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final DatasetTable table;
        private final transient RowBinding<T> binding;

        RowDeserializer(Class<T> type, DatasetTable table, RowBinding<T> binding) {
            super(type);
            this.table = table;
            this.binding = binding;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.START_OBJECT)) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            try {
                return DatasetDocument.readSingle(p, table, row -> binding.bind(new DatasetRows(false), row));
            } catch (InvalidInputException e) {
                throw failure(p, e);
            }
        }
    }

    private static JsonMappingException failure(JsonParser p, InvalidInputException e) {
        List<String> messages = new ArrayList<>();
        // the row's own problems, without the placeholder input and line Jackson's message gives anyway
        for (InputProblem problem : e.problems()) {
            String where = problem.location().path().map(path -> "field " + path + ": ").orElse("");
            messages.add(where + problem.message() + problem.suggestion().map(h -> " (" + h + ")").orElse(""));
        }
        JsonMappingException failure = JsonMappingException.from(p, String.join("; ", messages));
        failure.initCause(e);
        return failure;
    }

    /** Reads the dataset document; the cause of a failure is the {@link InvalidInputException} with every problem. */
    static final class DatasetDeserializer extends StdDeserializer<Dataset> {
        private static final long serialVersionUID = 1L;

        DatasetDeserializer() {
            super(Dataset.class);
        }

        @Override
        public Dataset deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.START_OBJECT)) {
                return (Dataset) ctxt.handleUnexpectedToken(handledType(), p);
            }
            try {
                return new DatasetDocument(p, "JSON").read(false);
            } catch (InvalidInputException e) {
                throw failure(p, e);
            }
        }
    }

    /** Reads a finding as {@link ReportJson} writes it. */
    static final class FindingDeserializer extends StdDeserializer<Finding> {
        private static final long serialVersionUID = 1L;

        FindingDeserializer() {
            super(Finding.class);
        }

        @Override
        public Finding deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return finding(ctxt.readTree(p), ctxt);
        }
    }

    /** Reads a report as {@link ReportJson} writes it; the summary is not read, it follows from the findings. */
    static final class ReportDeserializer extends StdDeserializer<Report> {
        private static final long serialVersionUID = 1L;

        ReportDeserializer() {
            super(Report.class);
        }

        @Override
        public Report deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = ctxt.readTree(p);
            JsonNode findings = node.get("findings");
            if (!node.isObject() || findings == null || !findings.isArray()) {
                return ctxt.reportInputMismatch(Report.class, "expected {\"findings\": [...], \"summary\": {...}}");
            }
            List<Finding> list = new ArrayList<>();
            for (JsonNode f : findings) {
                list.add(finding(f, ctxt));
            }
            JsonNode implied = node.get("implied");
            List<Implied> lone = new ArrayList<>();
            if (implied != null && !implied.isNull()) {
                if (!implied.isArray()) {
                    return ctxt.reportInputMismatch(Report.class, "\"implied\" must be an array, found " + implied.getNodeType());
                }
                for (JsonNode i : implied) {
                    lone.add(implied(i, ctxt));
                }
            }
            return Report.of(list, lone);
        }
    }

    /** Reads what a lone figure implies, as {@link ReportJson} writes it. */
    static Implied implied(JsonNode node, DeserializationContext ctxt) throws IOException {
        if (!node.isObject()) {
            return ctxt.reportInputMismatch(Implied.class, "expected an implied object, found " + node.getNodeType());
        }
        try {
            JsonNode observations = node.get("observations");
            if (observations == null || !observations.isArray()) {
                throw new Malformed("\"observations\" must be an array of observation ids");
            }
            List<String> ids = new ArrayList<>();
            for (JsonNode id : observations) {
                ids.add(id.asText());
            }
            JsonNode interval = node.get("interval");
            if (interval == null || !interval.isObject()) {
                throw new Malformed("\"interval\" must be an object {\"low\": ..., \"high\": ..., \"unit\": ...}");
            }
            return new Implied(ids, SubjectRef.parse(text(node, "subject", true)), text(node, "metric", true),
                    ReportingPeriod.parse(text(node, "period", true)), interval(interval, "interval"),
                    text(interval, "unit", true), text(node, "arithmetic", true));
        } catch (Malformed | MetricsException e) {
            return ctxt.reportInputMismatch(Implied.class, "cannot read an implied figure: " + e.getMessage());
        }
    }

    static Finding finding(JsonNode node, DeserializationContext ctxt) throws IOException {
        if (!node.isObject()) {
            return ctxt.reportInputMismatch(Finding.class, "expected a finding object, found " + node.getNodeType());
        }
        try {
            Finding.Builder b = Finding.builder()
                    .check(CheckId.parse(text(node, "check", true)))
                    .verdict(verdict(text(node, "verdict", true)))
                    .message(text(node, "message", true));
            JsonNode observations = node.get("observations");
            if (observations == null || !observations.isArray() || observations.isEmpty()) {
                throw new Malformed("\"observations\" must be an array of one or more observation ids");
            }
            for (JsonNode id : observations) {
                b.addObservations(id.asText());
            }
            String intervalUnit = null;
            for (String name : new String[] {"stated", "derived"}) {
                JsonNode i = node.get(name);
                if (i != null && !i.isNull()) {
                    Interval interval = interval(i, name);
                    if (name.equals("stated")) {
                        b.stated(interval);
                    } else {
                        b.derived(interval);
                    }
                    if (intervalUnit == null) {
                        intervalUnit = text(i, "unit", false);
                    }
                }
            }
            String margin = text(node, "margin", false);
            if (margin != null) {
                b.margin(DecimalText.parseWithExponent(margin));
            }
            String marginUnit = text(node, "unit", false);
            // a finding without intervals keeps one unit: that of its margin
            b.unit(intervalUnit != null ? intervalUnit : marginUnit != null ? marginUnit : "");
            if (marginUnit != null) {
                b.marginUnit(marginUnit);
            }
            return b.build();
        } catch (Malformed | MetricsException e) {
            return ctxt.reportInputMismatch(Finding.class, "cannot read a finding: " + e.getMessage());
        }
    }

    private static Interval interval(JsonNode node, String name) {
        if (!node.isObject()) {
            throw new Malformed("\"" + name + "\" must be an object {\"low\": ..., \"high\": ..., \"unit\": ...}");
        }
        String low = text(node, "low", false);
        String high = text(node, "high", false);
        JsonNode lowOpen = node.get("lowOpen");
        JsonNode highOpen = node.get("highOpen");
        return Interval.of(low == null ? null : DecimalText.parseWithExponent(low), lowOpen != null && lowOpen.asBoolean(),
                high == null ? null : DecimalText.parseWithExponent(high), highOpen != null && highOpen.asBoolean());
    }

    /** Returns the text of a string or number field, or null if it is absent or null. */
    private static String text(JsonNode node, String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new Malformed("\"" + field + "\" is missing");
            }
            return null;
        }
        if (!v.isTextual() && !v.isNumber()) {
            throw new Malformed("\"" + field + "\" must be a string");
        }
        if (v.isNumber()) {
            return v.isIntegralNumber() ? v.bigIntegerValue().toString() : v.decimalValue().toPlainString();
        }
        return v.asText();
    }

    /** Reads a decimal from a JSON number, or from a string with {@link DecimalText#parseWithExponent(String)}. */
    static final class DecimalDeserializer extends StdScalarDeserializer<BigDecimal> {
        private static final long serialVersionUID = 1L;

        DecimalDeserializer() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                return p.getDecimalValue();
            }
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
            }
            String text = p.getText();
            try {
                return DecimalText.parseWithExponent(text);
            } catch (FigureParseException e) {
                JsonMappingException failure = ctxt.weirdStringException(text, BigDecimal.class, e.getMessage());
                failure.initCause(e);
                throw failure;
            }
        }
    }

    /** Reads a map key with the parse method. */
    static final class TextKeyDeserializer<T> extends KeyDeserializer {
        private final Class<T> type;
        private final Function<String, T> parse;

        TextKeyDeserializer(Class<T> type, Function<String, T> parse) {
            this.type = type;
            this.parse = parse;
        }

        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            try {
                return parse.apply(key);
            } catch (FigureParseException e) {
                JsonMappingException failure = ctxt.weirdKeyException(type, key, e.getMessage());
                failure.initCause(e);
                throw failure;
            }
        }
    }
}
