package org.industrymetrics.csv;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.internal.Decimals;
import org.industrymetrics.money.Currencies;
import org.industrymetrics.money.CurrencyPair;
import org.industrymetrics.money.FxRateTable;

/**
 * Reads exchange-rate files into an {@link FxRateTable}: the {@code rates} table of the dataset
 * format (FORMAT.md §4) and the daily series layout of FRED, the Federal Reserve Bank of St. Louis
 * database ({@code observation_date,DEXCHUS}).
 * <p>
 * Files are UTF-8 (a byte-order mark is ignored), lines end in LF or CRLF, quoting follows
 * RFC 4180. A file with problems is read to the end (or to {@value InvalidInputException#MAX_PROBLEMS}
 * problems) and then rejected with one {@link InvalidInputException} listing every problem, each as
 * {@code rates.csv:3: column rate: found "7,2666", expected a number ...}. Nothing uses the default locale.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class RateTables {

    /** The source given to the quotes of a FRED H.10 series. */
    static final String FRED_SOURCE = "FRB H.10";

    private static final List<String> RATE_COLUMNS = List.of("date", "base", "quote", "rate", "source");
    private static final List<String> REQUIRED = List.of("date", "base", "quote", "rate");

    /** FRED's two-letter country codes in the H.10 series ids ({@code DEX} + quote + base). */
    private static final ImmutableMap<String, String> FRED_COUNTRIES = ImmutableMap.<String, String>builder()
            .put("US", "USD").put("CH", "CNY").put("EU", "EUR").put("JP", "JPY").put("UK", "GBP")
            .put("CA", "CAD").put("KO", "KRW").put("SZ", "CHF").put("AL", "AUD").put("IN", "INR")
            .put("HK", "HKD").put("MX", "MXN").put("BZ", "BRL").put("SI", "SGD").put("TA", "TWD")
            .put("NZ", "NZD").put("SD", "SEK").put("DN", "DKK").put("NO", "NOK").put("SF", "ZAR")
            .put("TH", "THB").put("MA", "MYR").put("SL", "LKR")
            .build();

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-M?(\\d{2})");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DID_YOU_MEAN = Pattern.compile(" \\(did you mean \"[^\"]*\"\\?\\)");

    private RateTables() {
    }

    /**
     * Reads a rates file of either layout, told apart by its header: FRED's
     * ({@code observation_date,DEXCHUS}) or the {@code rates} table's.
     *
     * @param file the file, not null
     * @return the rates
     * @throws InvalidInputException listing every problem of the file, if it has any (also if it is not UTF-8)
     * @throws UncheckedIOException if the file cannot be read
     */
    public static FxRateTable read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(new InputProblem(name, 0, "", "found bytes that are not UTF-8, expected a UTF-8 text file"));
        }
        return read(text, name);
    }

    /**
     * Reads rates of either layout from a reader, told apart by the header.
     *
     * @param in the text, not null; read to the end, not closed
     * @param fileName the name used in problem reports, not null
     * @return the rates
     * @throws InvalidInputException listing every problem of the text, if it has any
     * @throws UncheckedIOException if reading fails
     */
    public static FxRateTable read(Reader in, String fileName) {
        return read(slurp(in), Objects.requireNonNull(fileName, "fileName"));
    }

    private static FxRateTable read(String text, String fileName) {
        Parsed parsed = parse(text, fileName);
        if (!parsed.records.isEmpty() && isFredHeader(parsed.records.get(0).cells)) {
            return fred(parsed, fileName);
        }
        return rates(parsed, fileName);
    }

    /**
     * Reads a daily series in FRED's layout: a header {@code observation_date,DEXCHUS} (or
     * {@code DATE,DEXCHUS}), then one line per day with the rate, or an empty cell or {@code .} for
     * a day without a quote. The series id tells the pair: {@code DEXCHUS} is yuan per dollar,
     * {@code USD/CNY}; {@code DEXUSEU} is dollars per euro, {@code EUR/USD}. The quotes get the
     * source {@code FRB H.10}.
     *
     * @param in the text, not null; read to the end, not closed
     * @param fileName the name used in problem reports, not null
     * @return the rates
     * @throws InvalidInputException listing every problem of the text, if it has any
     * @throws UncheckedIOException if reading fails
     */
    public static FxRateTable readFred(Reader in, String fileName) {
        Objects.requireNonNull(fileName, "fileName");
        return fred(parse(slurp(in), fileName), fileName);
    }

    /**
     * Reads the {@code rates} table of the dataset format: columns {@code date}, {@code base},
     * {@code quote}, {@code rate} and optionally {@code source}, matched by header name in any order
     * and case; columns whose name starts with {@code x_} are ignored. {@code date} is a day
     * ({@code 2024-06-26}) for a daily quote, or a month ({@code 2024-05}, also {@code 2024-M05}) or
     * a year ({@code 2024}) for an average rate over it. A row without a source gets the file name.
     *
     * @param in the text, not null; read to the end, not closed
     * @param fileName the name used in problem reports and as the default source, not null
     * @return the rates
     * @throws InvalidInputException listing every problem of the text, if it has any
     * @throws UncheckedIOException if reading fails
     */
    public static FxRateTable readRates(Reader in, String fileName) {
        Objects.requireNonNull(fileName, "fileName");
        return rates(parse(slurp(in), fileName), fileName);
    }

    private static FxRateTable rates(Parsed parsed, String fileName) {
        Problems problems = new Problems(fileName, parsed.problems);
        if (parsed.records.isEmpty()) {
            problems.add(1, "", "found nothing, expected a header line with the columns date, base, quote, rate");
            throw problems.exception();
        }
        Record header = parsed.records.get(0);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.cells.size(); i++) {
            String name = header.cells.get(i);
            String key = name.toLowerCase(Locale.ROOT);
            if (key.startsWith("x_")) {
                continue;
            }
            if (!RATE_COLUMNS.contains(key)) {
                problems.add(header.line, "column " + name, "found an unknown column \"" + name + "\""
                        + org.industrymetrics.internal.Suggestions.didYouMean(key, RATE_COLUMNS)
                        + ", expected date, base, quote, rate, source or a column starting with x_");
            } else if (columns.putIfAbsent(key, i) != null) {
                problems.add(header.line, "column " + name, "found the column \"" + name + "\" twice, expected it once");
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(header.line, "column " + required, "found no column \"" + required
                        + "\", expected the columns date, base, quote and rate");
            }
        }
        if (!problems.isEmpty()) {
            throw problems.exception();
        }
        FxRateTable.Builder table = FxRateTable.builder();
        Map<String, Seen> seen = new HashMap<>();
        for (int r = 1; r < parsed.records.size() && !problems.isFull(); r++) {
            Record row = parsed.records.get(r);
            if (row.cells.size() != header.cells.size()) {
                problems.add(row.line, "", "found " + row.cells.size() + (row.cells.size() == 1 ? " cell" : " cells")
                        + ", expected " + header.cells.size() + ", one for each column of the header");
                continue;
            }
            int before = problems.size();
            LocalDate[] span = date(row, columns.get("date"), problems);
            Currency base = currency(row, "base", columns.get("base"), problems);
            Currency quote = currency(row, "quote", columns.get("quote"), problems);
            BigDecimal rate = rate(row, "rate", columns.get("rate"), problems);
            if (base != null && quote != null && base.equals(quote)) {
                problems.add(row.line, "column quote", "found \"" + row.cells.get(columns.get("quote"))
                        + "\", expected a currency other than the base " + base.getCurrencyCode());
            }
            if (problems.size() > before) {
                continue;
            }
            Integer sourceColumn = columns.get("source");
            String source = sourceColumn == null || row.cells.get(sourceColumn).isEmpty() ? fileName : row.cells.get(sourceColumn);
            CurrencyPair pair = CurrencyPair.of(base, quote);
            String key = pair + " " + span[0] + " " + span[1];
            Seen old = seen.putIfAbsent(key, new Seen(row.line, rate));
            if (old != null) {
                if (old.rate.compareTo(rate) != 0) {
                    problems.add(row.line, "column rate", "found " + rate.toPlainString() + ", expected "
                            + old.rate.toPlainString() + " as on line " + old.line + ": one rate per pair and date");
                }
                continue;
            }
            if (span[0].equals(span[1])) {
                table.add(span[0], pair, rate, source);
            } else {
                table.addAverage(span[0], span[1], pair, rate, source);
            }
        }
        if (!problems.isEmpty()) {
            throw problems.exception();
        }
        return table.build();
    }

    /** The first and last day of the date cell: one day, a month or a year; null after a problem. */
    private static LocalDate[] date(Record row, int column, Problems problems) {
        String cell = row.cells.get(column);
        String expected = "expected a day (2024-06-26), a month (2024-05) or a year (2024)";
        if (cell.isEmpty()) {
            problems.add(row.line, "column date", "found nothing, " + expected);
            return null;
        }
        try {
            if (DAY.matcher(cell).matches()) {
                LocalDate d = LocalDate.parse(cell);
                return new LocalDate[] {d, d};
            }
            Matcher m = MONTH.matcher(cell);
            if (m.matches()) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
            }
            if (YEAR.matcher(cell).matches()) {
                int year = Integer.parseInt(cell);
                return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
            }
        } catch (java.time.DateTimeException e) {
            problems.add(row.line, "column date", "found \"" + cell + "\", which is not a date of the calendar, " + expected);
            return null;
        }
        problems.add(row.line, "column date", "found \"" + cell + "\", " + expected);
        return null;
    }

    private static Currency currency(Record row, String name, int column, Problems problems) {
        String cell = row.cells.get(column);
        if (cell.isEmpty()) {
            problems.add(row.line, "column " + name, "found nothing, expected a currency code such as USD or CNY");
            return null;
        }
        try {
            return Currencies.parse(cell);
        } catch (FigureParseException e) {
            Matcher hint = DID_YOU_MEAN.matcher(e.problem());
            problems.add(row.line, "column " + name, "found \"" + cell + "\"" + (hint.find() ? hint.group() : "")
                    + ", expected an ISO 4217 currency code such as USD or CNY");
            return null;
        }
    }

    private static BigDecimal rate(Record row, String name, int column, Problems problems) {
        String cell = row.cells.get(column);
        if (cell.isEmpty()) {
            problems.add(row.line, "column " + name, "found nothing, expected a rate such as 7.2666");
            return null;
        }
        BigDecimal rate;
        try {
            rate = Decimals.parse(cell, false);
        } catch (FigureParseException e) {
            problems.add(row.line, "column " + name, "found \"" + cell + "\", expected a number with '.' as the decimal point"
                    + " and no group separators, such as 7.2666");
            return null;
        }
        if (rate.signum() <= 0) {
            problems.add(row.line, "column " + name, "found \"" + cell + "\", expected a rate above zero");
            return null;
        }
        return rate;
    }

    private static boolean isFredHeader(List<String> cells) {
        if (cells.size() != 2) {
            return false;
        }
        String first = cells.get(0).toLowerCase(Locale.ROOT);
        return (first.equals("observation_date") || first.equals("date"))
                && cells.get(1).toUpperCase(Locale.ROOT).startsWith("DEX");
    }

    private static FxRateTable fred(Parsed parsed, String fileName) {
        Problems problems = new Problems(fileName, parsed.problems);
        if (parsed.records.isEmpty()) {
            problems.add(1, "", "found nothing, expected a header line such as observation_date,DEXCHUS");
            throw problems.exception();
        }
        Record header = parsed.records.get(0);
        if (header.cells.size() != 2 || !header.cells.get(0).equalsIgnoreCase("observation_date")
                && !header.cells.get(0).equalsIgnoreCase("date")) {
            problems.add(header.line, "", "found the header \"" + String.join(",", header.cells)
                    + "\", expected FRED's layout, such as observation_date,DEXCHUS");
            throw problems.exception();
        }
        String series = header.cells.get(1);
        CurrencyPair pair = fredPair(series.toUpperCase(Locale.ROOT));
        if (pair == null) {
            problems.add(header.line, "column " + series, "found the series \"" + series
                    + "\", expected a FRED H.10 exchange-rate series such as DEXCHUS (yuan per dollar) or DEXUSEU (dollars per euro)");
            throw problems.exception();
        }
        FxRateTable.Builder table = FxRateTable.builder();
        Map<LocalDate, Seen> seen = new HashMap<>();
        for (int r = 1; r < parsed.records.size() && !problems.isFull(); r++) {
            Record row = parsed.records.get(r);
            if (row.cells.size() != 2) {
                problems.add(row.line, "", "found " + row.cells.size() + (row.cells.size() == 1 ? " cell" : " cells")
                        + ", expected 2: a date and a rate");
                continue;
            }
            String dateCell = row.cells.get(0);
            LocalDate day = null;
            if (DAY.matcher(dateCell).matches()) {
                try {
                    day = LocalDate.parse(dateCell);
                } catch (DateTimeParseException e) {
                    day = null;
                }
            }
            if (day == null) {
                problems.add(row.line, "column " + header.cells.get(0), "found \"" + dateCell + "\", expected a day such as 2024-06-26");
            }
            String value = row.cells.get(1);
            if (value.isEmpty() || value.equals(".")) {
                continue; // FRED's mark for a day without a quote
            }
            BigDecimal rate = rate(row, series, 1, problems);
            if (day == null || rate == null) {
                continue;
            }
            Seen old = seen.putIfAbsent(day, new Seen(row.line, rate));
            if (old != null) {
                problems.add(row.line, "column " + header.cells.get(0), "found " + day + " again, expected each day once (first on line "
                        + old.line + ")");
                continue;
            }
            table.add(day, pair, rate, FRED_SOURCE);
        }
        if (!problems.isEmpty()) {
            throw problems.exception();
        }
        return table.build();
    }

    /** The pair of a FRED H.10 series id ({@code DEX} + quote country + base country), or null. */
    static CurrencyPair fredPair(String series) {
        if (series.length() != 7 || !series.startsWith("DEX")) {
            return null;
        }
        String quote = FRED_COUNTRIES.get(series.substring(3, 5));
        String base = FRED_COUNTRIES.get(series.substring(5, 7));
        if (quote == null || base == null || quote.equals(base) || !(quote.equals("USD") || base.equals("USD"))) {
            return null;
        }
        return CurrencyPair.of(Currency.getInstance(base), Currency.getInstance(quote));
    }

    private static String slurp(Reader in) {
        Objects.requireNonNull(in, "in");
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                sb.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    // ---- a small RFC 4180 reader: records with the line each starts on

    /** One record: the line it starts on and its cells, unquoted. */
    private static final class Record {
        final int line;
        final List<String> cells;

        Record(int line, List<String> cells) {
            this.line = line;
            this.cells = cells;
        }
    }

    private static final class Parsed {
        final List<Record> records;
        final List<InputProblem> problems;

        Parsed(List<Record> records, List<InputProblem> problems) {
            this.records = records;
            this.problems = problems;
        }
    }

    /** A rate already read for a key, and the line it was on. */
    private static final class Seen {
        final int line;
        final BigDecimal rate;

        Seen(int line, BigDecimal rate) {
            this.line = line;
            this.rate = rate;
        }
    }

    /**
     * Splits the text into records: cells separated by commas, records by LF, CRLF or CR; a cell in
     * double quotes may hold commas, line breaks and doubled quotes. Blank lines are skipped.
     */
    private static Parsed parse(String text, String fileName) {
        List<Record> records = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        int n = text.length();
        int i = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        int line = 1;
        while (i < n) {
            int recordLine = line;
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean endOfRecord = false;
            while (!endOfRecord) {
                cell.setLength(0);
                if (i < n && text.charAt(i) == '"') {
                    int quoteLine = line;
                    i++;
                    boolean closed = false;
                    while (i < n) {
                        char c = text.charAt(i);
                        if (c == '"') {
                            if (i + 1 < n && text.charAt(i + 1) == '"') {
                                cell.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            closed = true;
                            break;
                        }
                        if (c == '\n' || c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n')) {
                            line++;
                        }
                        cell.append(c);
                        i++;
                    }
                    if (!closed) {
                        problems.add(new InputProblem(fileName, quoteLine, "",
                                "found a quoted cell that is never closed, expected a closing '\"'"));
                        records.add(new Record(recordLine, cells));
                        return new Parsed(records, problems);
                    }
                    if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        problems.add(new InputProblem(fileName, line, "",
                                "found '" + text.charAt(i) + "' after a closing quote, expected ',' or the end of the line"));
                        while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                            i++;
                        }
                    }
                } else {
                    int start = i;
                    while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        i++;
                    }
                    cell.append(text, start, i);
                    if (cell.indexOf("\"") >= 0) {
                        problems.add(new InputProblem(fileName, line, "",
                                "found '\"' inside the cell " + cell + ", expected quotes around the whole cell, with inner quotes doubled"));
                    }
                }
                cells.add(cell.toString());
                if (i >= n) {
                    endOfRecord = true;
                } else if (text.charAt(i) == ',') {
                    i++;
                } else {
                    // LF, CRLF or CR
                    if (text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    i++;
                    line++;
                    endOfRecord = true;
                }
            }
            boolean blank = cells.size() == 1 && cells.get(0).isEmpty();
            if (!blank) {
                records.add(new Record(recordLine, cells));
            }
        }
        return new Parsed(records, problems);
    }

    /** Problems of one file, up to the limit. */
    private static final class Problems {
        private final String fileName;
        private final List<InputProblem> list;

        Problems(String fileName, List<InputProblem> initial) {
            this.fileName = fileName;
            this.list = new ArrayList<>(initial);
        }

        void add(int line, String field, String message) {
            if (!isFull()) {
                list.add(new InputProblem(fileName, line, field, message));
            }
        }

        boolean isFull() {
            return list.size() >= InvalidInputException.MAX_PROBLEMS;
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        int size() {
            return list.size();
        }

        InvalidInputException exception() {
            return new InvalidInputException(list.subList(0, Math.min(list.size(), InvalidInputException.MAX_PROBLEMS)));
        }
    }
}
