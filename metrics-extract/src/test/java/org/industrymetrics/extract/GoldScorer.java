package org.industrymetrics.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.observation.ObservationUnit;

/**
 * Scores the extractor against the hand-annotated gold set (gold/*.csv next to the seed articles):
 * precision, recall and F1 at three levels.
 * <ul>
 * <li>span: a found figure whose span overlaps a gold figure's (one to one, largest overlap first);
 * <li>value: that, and the value after scale words is right ({@code 20 billion yuan} = 2e10; both
 * ends of a range);
 * <li>strict: that, and the sign, the unit's dimension or currency, the measure and the qualifier
 * are all right.
 * </ul>
 * Run {@code main} for the table; {@link GoldSetTest} holds the thresholds.
 */
final class GoldScorer {

    static final List<String> ARTICLES = List.of("000_9d0fd6e6203baf01", "001_da8dbe92449c28cb",
            "002_3fe3528908505c6b", "003_6877afdc895f6c52", "004_ef1aa9a419c13d30");

    /** Texts of the genre written for the tests, annotated before the extractor was run on them. */
    static final List<String> HELD_OUT = List.of("genre_001", "genre_002");

    /** One gold figure. */
    record Gold(int start, int end, String text, String value, String unit, String measure, String qualifier) {
    }

    /** Precision, recall and F1 of one level. */
    record Score(int truePositives, int found, int gold) {
        double precision() {
            return found == 0 ? 0 : (double) truePositives / found;
        }

        double recall() {
            return gold == 0 ? 0 : (double) truePositives / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score o) {
            return new Score(truePositives + o.truePositives, found + o.found, gold + o.gold);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (%d of %d found, %d gold)", precision(), recall(), f1(),
                    truePositives, found, gold);
        }
    }

    /** The three levels. */
    record Scores(Score span, Score value, Score strict, List<String> misses) {
        Scores plus(Scores o) {
            List<String> m = new ArrayList<>(misses);
            m.addAll(o.misses);
            return new Scores(span.plus(o.span), value.plus(o.value), strict.plus(o.strict), m);
        }
    }

    static String resource(String name) {
        try (InputStream in = GoldScorer.class.getResourceAsStream("gold/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no gold resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Gold> gold(String article) {
        List<Gold> out = new ArrayList<>();
        String[] lines = resource(article + ".csv").split("\n");
        for (int i = 1; i < lines.length; i++) {
            List<String> c = csv(lines[i]);
            out.add(new Gold(Integer.parseInt(c.get(0)), Integer.parseInt(c.get(1)), c.get(2), c.get(3), c.get(4), c.get(5),
                    c.get(6)));
        }
        return out;
    }

    private static List<String> csv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    static Scores score(String article) {
        String text = resource(article + ".txt");
        List<FoundFigure> found = FigureExtractor.create().extract(text).allFigures();
        List<Gold> gold = gold(article);
        boolean[] used = new boolean[found.size()];
        int span = 0;
        int value = 0;
        int strict = 0;
        List<String> misses = new ArrayList<>();
        for (Gold g : gold) {
            int best = -1;
            int bestOverlap = 0;
            for (int i = 0; i < found.size(); i++) {
                FoundFigure f = found.get(i);
                int overlap = Math.min(f.end(), g.end()) - Math.max(f.start(), g.start());
                if (!used[i] && overlap > bestOverlap) {
                    best = i;
                    bestOverlap = overlap;
                }
            }
            if (best < 0) {
                misses.add(article + " missed: " + g.text());
                continue;
            }
            used[best] = true;
            span++;
            FoundFigure f = found.get(best);
            BigDecimal[] gv = scaled(g);
            boolean valueRight = gv[0].abs().compareTo(f.phrase().scaledValue().abs()) == 0
                    && gv[1].abs().compareTo(f.phrase().scaledHigh().abs()) == 0
                    || gv[0].abs().compareTo(f.phrase().scaledHigh().abs()) == 0
                            && gv[1].abs().compareTo(f.phrase().scaledValue().abs()) == 0;
            if (valueRight) {
                value++;
            } else {
                misses.add(article + " value: " + g.text() + " gold " + g.value() + " " + g.unit() + ", found " + f.phrase());
            }
            boolean strictRight = valueRight && gv[0].compareTo(f.phrase().scaledValue()) == 0
                    && dimension(g.unit()).equals(dimension(f.phrase()))
                    && g.measure().equals(f.phrase().measure().id())
                    && g.qualifier().equals(f.phrase().figure().qualifier().id());
            if (strictRight) {
                strict++;
            } else if (valueRight) {
                misses.add(article + " strict: " + g.text() + " gold " + g.value() + " " + g.unit() + " " + g.measure() + " "
                        + g.qualifier() + ", found " + f.phrase() + " " + f.phrase().measure().id() + " "
                        + f.phrase().figure().qualifier().id());
            }
        }
        for (int i = 0; i < found.size(); i++) {
            if (!used[i]) {
                misses.add(article + " extra: " + found.get(i).text());
            }
        }
        return new Scores(new Score(span, found.size(), gold.size()), new Score(value, found.size(), gold.size()),
                new Score(strict, found.size(), gold.size()), misses);
    }

    static Scores scoreAll() {
        return scoreAll(ARTICLES);
    }

    static Scores scoreAll(List<String> articles) {
        Scores total = null;
        for (String a : articles) {
            Scores s = score(a);
            total = total == null ? s : total.plus(s);
        }
        return total;
    }

    private static BigDecimal[] scaled(Gold g) {
        ReportedFigure f = ReportedFigure.of(g.value(), g.qualifier().equals("range") ? org.industrymetrics.figure.Qualifier.RANGE
                : org.industrymetrics.figure.Qualifier.EXACT);
        int exponent = 0;
        try {
            ObservationUnit u = ObservationUnit.parse(g.unit());
            exponent = u.isQuantity() ? u.unit().scale().exponent() : u.isMoney() ? u.moneyUnit().scale().exponent() : 0;
        } catch (FigureParseException e) {
            exponent = 0; // a unit the format has not: no scale word
        }
        return new BigDecimal[] {f.value().scaleByPowerOfTen(exponent), f.high().scaleByPowerOfTen(exponent)};
    }

    private static String dimension(String unit) {
        try {
            return ObservationUnit.parse(unit).dimension();
        } catch (FigureParseException e) {
            return "raw " + unit;
        }
    }

    private static String dimension(FigurePhrase p) {
        return p.unit().map(ObservationUnit::dimension).orElse("raw " + p.unitText());
    }

    /** Prints the scores and every miss. */
    public static void main(String[] args) {
        for (List<String> set : List.of(ARTICLES, HELD_OUT)) {
            Scores s = scoreAll(set);
            System.out.println(set == ARTICLES ? "seed articles" : "held-out genre texts");
            System.out.println("span   " + s.span());
            System.out.println("value  " + s.value());
            System.out.println("strict " + s.strict());
            s.misses().forEach(System.out::println);
        }
    }

    private GoldScorer() {
    }
}
