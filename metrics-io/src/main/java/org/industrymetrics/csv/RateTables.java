package org.industrymetrics.csv;

import com.google.common.collect.ImmutableMap;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.industrymetrics.InputLocation;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.io.DatasetTable;
import org.industrymetrics.io.TableColumn;
import org.industrymetrics.io.TableSchema;
import org.industrymetrics.io.internal.DatasetRows;
import org.industrymetrics.money.CurrencyPair;
import org.industrymetrics.money.FxRateTable;
import org.industrymetrics.observation.RateEntry;
import org.industrymetrics.period.Granularity;

/**
 * Reads exchange-rate files into an {@link FxRateTable}: the {@code rates} table of the dataset
 * format (FORMAT.md §4) and the daily series layout of FRED, the Federal Reserve Bank of St. Louis
 * database ({@code observation_date,DEXCHUS}).
 * <p>
 * Both are read by {@link CsvTableReader}, with its rules: UTF-8 (a byte-order mark is ignored),
 * LF or CRLF, RFC 4180 quoting, columns matched by header name in any order and case. A file with
 * problems is read to the end (or to {@value InvalidInputException#MAX_PROBLEMS} problems) and then
 * rejected with one {@link InvalidInputException} listing every problem, each as
 * {@code rates.csv:3: column rate: found "7,2666", expected a number ...}. Nothing uses the default locale.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class RateTables {

    /** The source given to the quotes of a FRED H.10 series. */
    static final String FRED_SOURCE = "FRB H.10";

    /** FRED's two-letter country codes in the H.10 series ids ({@code DEX} + quote + base). */
    private static final ImmutableMap<String, String> FRED_COUNTRIES = ImmutableMap.<String, String>builder()
            .put("US", "USD").put("CH", "CNY").put("EU", "EUR").put("JP", "JPY").put("UK", "GBP")
            .put("CA", "CAD").put("KO", "KRW").put("SZ", "CHF").put("AL", "AUD").put("IN", "INR")
            .put("HK", "HKD").put("MX", "MXN").put("BZ", "BRL").put("SI", "SGD").put("TA", "TWD")
            .put("NZ", "NZD").put("SD", "SEK").put("DN", "DKK").put("NO", "NOK").put("SF", "ZAR")
            .put("TH", "THB").put("MA", "MYR").put("SL", "LKR")
            .build();

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** The header line is looked at before reading, to tell the layouts apart; FRED's is short. */
    private static final int HEADER_PEEK = 1 << 12;

    private RateTables() {
    }

    /**
     * Reads a rates file of either layout, told apart by its header: FRED's
     * ({@code observation_date,DEXCHUS}) or the {@code rates} table's.
     *
     * @param file the file, not null
     * @return the rates
     * @throws InvalidInputException listing every problem of the file, if it has any (malformed UTF-8 too)
     * @throws UncheckedIOException if the file cannot be read
     */
    public static FxRateTable read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.mark(HEADER_PEEK);
            byte[] start = in.readNBytes(HEADER_PEEK);
            in.reset();
            List<String> header = header(new String(start, StandardCharsets.UTF_8));
            return isFredHeader(header) ? fred(header, name, () -> readerOf(header).stream(in, name))
                    : rates(name, () -> CsvTableReader.of(DatasetTable.RATES.schema(), rateBinder()).stream(in, name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
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
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileName, "fileName");
        BufferedReader buffered = new BufferedReader(in, 1 << 16);
        List<String> header;
        try {
            buffered.mark(HEADER_PEEK);
            char[] start = new char[HEADER_PEEK];
            int n = buffered.read(start, 0, start.length);
            buffered.reset();
            header = header(n <= 0 ? "" : new String(start, 0, n));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return isFredHeader(header) ? readFred(buffered, fileName) : readRates(buffered, fileName);
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
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileName, "fileName");
        BufferedReader buffered = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in, 1 << 16);
        List<String> header;
        try {
            buffered.mark(HEADER_PEEK);
            char[] start = new char[HEADER_PEEK];
            int n = buffered.read(start, 0, start.length);
            buffered.reset();
            header = header(n <= 0 ? "" : new String(start, 0, n));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fred(header, fileName, () -> readerOf(header).stream(buffered, fileName));
    }

    /**
     * Reads the {@code rates} table of the dataset format: columns {@code date}, {@code base},
     * {@code quote}, {@code rate} and optionally {@code source}, matched by header name in any order
     * and case; columns whose name starts with {@code x_} are ignored. {@code date} is a day
     * ({@code 2024-06-26}) for a daily quote, or a month ({@code 2024-05}, also {@code 2024-M05}),
     * a year ({@code 2024}) or another period for an average rate over it. A row without a source
     * gets the file name.
     *
     * @param in the text, not null; read to the end, not closed
     * @param fileName the name used in problem reports and as the default source, not null
     * @return the rates
     * @throws InvalidInputException listing every problem of the text, if it has any
     * @throws UncheckedIOException if reading fails
     */
    public static FxRateTable readRates(Reader in, String fileName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileName, "fileName");
        return rates(fileName, () -> CsvTableReader.of(DatasetTable.RATES.schema(), rateBinder()).stream(in, fileName));
    }

    /** Opens the rows of a file; the header is read (and may fail) when called. */
    @FunctionalInterface
    private interface Opener<T> {
        Stream<T> open() throws IOException;
    }

    private static RowBinder<RateEntry> rateBinder() {
        DatasetRows rows = new DatasetRows(false);
        CsvRowAdapter adapter = new CsvRowAdapter();
        return row -> rows.rate(adapter.at(row));
    }

    private static FxRateTable rates(String fileName, Opener<RateEntry> opener) {
        FxRateTable.Builder table = FxRateTable.builder();
        for (RateEntry r : readAll(opener)) {
            String source = r.source().orElse(fileName);
            if (r.date().granularity() == Granularity.DAY && r.date().isSingle()) {
                table.add(r.date().firstDay(), r.pair(), r.rate(), source);
            } else {
                table.addAverage(r.date().firstDay(), r.date().lastDay(), r.pair(), r.rate(), source);
            }
        }
        return table.build();
    }

    private static <T> List<T> readAll(Opener<T> opener) {
        List<T> values = new ArrayList<>();
        try (Stream<T> rows = opener.open()) {
            rows.forEach(values::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    // ---- FRED

    /** A day of a FRED series: its rate, or null for a day without a quote. */
    private record Quote(LocalDate day, BigDecimal rate) {
    }

    private static FxRateTable fred(List<String> header, String fileName, Opener<Quote> opener) {
        if (header.size() != 2 || !header.get(0).equalsIgnoreCase("observation_date") && !header.get(0).equalsIgnoreCase("date")) {
            throw new InvalidInputException(InputProblem.of(InputLocation.of(fileName, 1), "found the header \"" + String.join(",", header)
                    + "\", expected FRED's layout, such as observation_date,DEXCHUS"));
        }
        String series = header.get(1);
        CurrencyPair pair = fredPair(series.toUpperCase(Locale.ROOT));
        if (pair == null) {
            throw new InvalidInputException(InputProblem.of(InputLocation.ofColumn(fileName, 1, series), "found the series \"" + series
                    + "\", expected a FRED H.10 exchange-rate series such as DEXCHUS (yuan per dollar) or DEXUSEU (dollars per euro)"));
        }
        FxRateTable.Builder table = FxRateTable.builder();
        for (Quote q : readAll(opener)) {
            if (q.rate != null) {
                table.add(q.day, pair, q.rate, FRED_SOURCE);
            }
        }
        return table.build();
    }

    /** A reader of a FRED series with this header: the date column, then the series, named as in the file. */
    private static CsvTableReader<Quote> readerOf(List<String> header) {
        String dateName = header.size() > 0 ? header.get(0) : "observation_date";
        String series = header.size() > 1 ? header.get(1) : "DEXCHUS";
        TableSchema schema = TableSchema.of("FRED series", TableColumn.text(dateName.toLowerCase(Locale.ROOT)).required(),
                TableColumn.number(series.toLowerCase(Locale.ROOT)));
        Map<LocalDate, Long> seen = new HashMap<>();
        CsvRowAdapter adapter = new CsvRowAdapter();
        return CsvTableReader.of(schema, row -> {
            String dateCell = row.get(0);
            LocalDate day = null;
            if (DAY.matcher(dateCell).matches()) {
                try {
                    day = LocalDate.parse(dateCell);
                } catch (DateTimeException e) {
                    day = null;
                }
            }
            if (day == null) {
                row.problem(dateName, "found \"" + dateCell + "\", expected a day such as 2024-06-26");
            }
            String value = row.get(1);
            BigDecimal rate = null;
            if (value != null && !value.equals(".")) { // empty or '.': FRED's mark for a day without a quote
                rate = DatasetRows.rateValue(adapter.at(row), 1, series);
            }
            if (row.hasProblems()) {
                return null;
            }
            Long old = seen.putIfAbsent(day, row.line());
            if (old != null) {
                row.problem(dateName, "found " + day + " again, expected each day once (first on line " + old + ")");
                return null;
            }
            return new Quote(day, rate);
        });
    }

    /** The cells of the header line, for telling the layouts apart: split at commas, without BOM and quotes. */
    private static List<String> header(String start) {
        String s = start.startsWith("\uFEFF") ? start.substring(1) : start;
        int end = 0;
        while (end < s.length() && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
            end++;
        }
        List<String> cells = new ArrayList<>();
        for (String cell : s.substring(0, end).split(",", -1)) {
            String c = cell.strip();
            if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
                c = c.substring(1, c.length() - 1);
            }
            cells.add(c);
        }
        return cells;
    }

    private static boolean isFredHeader(List<String> cells) {
        if (cells.size() != 2) {
            return false;
        }
        String first = cells.get(0).toLowerCase(Locale.ROOT);
        return (first.equals("observation_date") || first.equals("date"))
                && cells.get(1).toUpperCase(Locale.ROOT).startsWith("DEX");
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
}
