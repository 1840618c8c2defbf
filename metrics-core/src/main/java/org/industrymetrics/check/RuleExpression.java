package org.industrymetrics.check;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.observation.Rule;

/**
 * A rule of the rules table (FORMAT.md §5), read: an identity or inequality between metric ids of
 * one subject and period, each side a sum and difference of metric ids.
 * <pre>
 * lithium_salt.capacity = lithium_carbonate.capacity + lithium_hydroxide.capacity
 * battery.installed &gt;= battery.installed.lfp + battery.installed.ternary
 * investment.industrial &lt;= investment.secondary_industry
 * </pre>
 * The grammar: {@code side relation side}, a relation one of {@code =}, {@code <=}, {@code >=};
 * a side one or more metric ids joined with {@code +} or {@code -}, the first optionally signed.
 * Spaces between the parts are optional. {@link #toString()} writes the canonical form and
 * {@link #parse(String)} reads it back. This class is immutable and thread-safe.
 */
public final class RuleExpression {

    /** How the two sides relate. */
    public enum Relation {
        /** The sides are equal. */
        EQUAL("="),
        /** The left side is at least the right side. */
        AT_LEAST(">="),
        /** The left side is at most the right side. */
        AT_MOST("<=");

        private final String symbol;

        Relation(String symbol) {
            this.symbol = symbol;
        }

        /** {@return {@code =}, {@code >=} or {@code <=}} */
        public String symbol() {
            return symbol;
        }

        @Override
        public String toString() {
            return symbol;
        }
    }

    /**
     * A metric id with its sign on one side of a rule.
     *
     * @param negative whether the metric is subtracted
     * @param metric the metric id
     */
    public record Term(boolean negative, String metric) {
        /**
         * Validates the metric id.
         *
         * @param negative whether the number is negative
         * @param metric the metric id
         */
        public Term {
            Objects.requireNonNull(metric, "metric");
        }
    }

    private final ImmutableList<Term> left;
    private final Relation relation;
    private final ImmutableList<Term> right;

    private RuleExpression(List<Term> left, Relation relation, List<Term> right) {
        this.left = ImmutableList.copyOf(left);
        this.relation = relation;
        this.right = ImmutableList.copyOf(right);
    }

    /**
     * Reads a rule.
     *
     * @param text the rule, not null
     * @return the rule
     * @throws FigureParseException naming the index of the first character that does not fit, what
     *     was found and what was expected
     */
    public static RuleExpression parse(String text) {
        Objects.requireNonNull(text, "text");
        return new Parser(text).parse();
    }

    /**
     * Reads the rule of a row of the rules table; an error names the rule's id.
     *
     * @param rule the row, not null
     * @return the rule
     * @throws FigureParseException with the rule text, the index, and the rule's id in the problem
     */
    public static RuleExpression parse(Rule rule) {
        Objects.requireNonNull(rule, "rule");
        try {
            return parse(rule.rule());
        } catch (FigureParseException e) {
            throw new FigureParseException(e.input(), e.index(), "rule " + rule.id() + ": " + e.problem());
        }
    }

    /** {@return the terms of the left side} */
    public List<Term> left() {
        return left;
    }

    /** {@return the relation} */
    public Relation relation() {
        return relation;
    }

    /** {@return the terms of the right side} */
    public List<Term> right() {
        return right;
    }

    /** {@return the distinct metric ids, left side first, in order} */
    public List<String> metrics() {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        left.forEach(t -> ids.add(t.metric()));
        right.forEach(t -> ids.add(t.metric()));
        return List.copyOf(ids);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof RuleExpression)) {
            return false;
        }
        RuleExpression o = (RuleExpression) obj;
        return left.equals(o.left) && relation == o.relation && right.equals(o.right);
    }

    @Override
    public int hashCode() {
        return Objects.hash(left, relation, right);
    }

    /** Returns the canonical form: {@code a = b + c}, {@code -a <= b - c}. */
    @Override
    public String toString() {
        return side(left) + " " + relation + " " + side(right);
    }

    static String side(List<Term> terms) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            if (i == 0) {
                sb.append(t.negative() ? "-" : "");
            } else {
                sb.append(t.negative() ? " - " : " + ");
            }
            sb.append(t.metric());
        }
        return sb.toString();
    }

    /** A recursive-descent reader over the text; every error names the index. */
    private static final class Parser {
        private final String text;
        private int i;

        Parser(String text) {
            this.text = text;
        }

        RuleExpression parse() {
            List<Term> left = side("a metric id such as lithium_salt.capacity");
            skipSpaces();
            Relation relation = relation();
            List<Term> right = side("a metric id after " + relation);
            skipSpaces();
            if (i < text.length()) {
                char c = text.charAt(i);
                if (c == '=' || c == '<' || c == '>') {
                    throw error("found a second relation, expected + or - or the end: a rule has one =, <= or >=");
                }
                throw error("found " + found() + ", expected + or - or the end of the rule");
            }
            return new RuleExpression(left, relation, right);
        }

        private List<Term> side(String expected) {
            List<Term> terms = new ArrayList<>();
            skipSpaces();
            boolean negative = false;
            if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                negative = text.charAt(i) == '-';
                i++;
                skipSpaces();
            }
            terms.add(new Term(negative, metric(expected)));
            while (true) {
                skipSpaces();
                if (i >= text.length() || (text.charAt(i) != '+' && text.charAt(i) != '-')) {
                    return terms;
                }
                char op = text.charAt(i++);
                skipSpaces();
                terms.add(new Term(op == '-', metric("a metric id after " + op)));
            }
        }

        private Relation relation() {
            if (i >= text.length()) {
                throw error("found the end, expected =, <= or >= and a right side");
            }
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (c == '=') {
                i += next == '=' ? 2 : 1;
                return Relation.EQUAL;
            }
            if ((c == '<' || c == '>') && next == '=') {
                i += 2;
                return c == '<' ? Relation.AT_MOST : Relation.AT_LEAST;
            }
            if (c == '<' || c == '>') {
                throw error("found '" + c + "', expected " + c + "= (a rule holds with equality too)");
            }
            throw error("found " + found() + ", expected + or - or =, <= or >=");
        }

        /** A metric id: lower-case letters, digits and underscores, in parts joined with dots. */
        private String metric(String expected) {
            int start = i;
            while (i < text.length()) {
                char c = text.charAt(i);
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.') {
                    i++;
                } else if (c >= 'A' && c <= 'Z') {
                    throw error("found '" + c + "', expected a lower-case metric id");
                } else {
                    break;
                }
            }
            if (i == start) {
                throw error("found " + found() + ", expected " + expected);
            }
            String id = text.substring(start, i);
            if (id.startsWith(".") || id.endsWith(".") || id.contains("..")) {
                int dot = id.startsWith(".") ? 0 : id.endsWith(".") ? id.length() - 1 : id.indexOf("..") + 1;
                i = start + dot;
                throw error("found '.', expected a metric id with dots only between its parts");
            }
            return id;
        }

        private void skipSpaces() {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        }

        private String found() {
            return i >= text.length() ? "the end" : "'" + text.charAt(i) + "'";
        }

        private FigureParseException error(String problem) {
            return new FigureParseException(text, i, problem);
        }
    }
}
