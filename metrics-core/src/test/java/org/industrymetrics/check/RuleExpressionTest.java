package org.industrymetrics.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.stream.Stream;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.check.RuleExpression.Relation;
import org.industrymetrics.check.RuleExpression.Term;
import org.industrymetrics.observation.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RuleExpressionTest {

    static Stream<Arguments> data_parseGood() {
        return Stream.of(
                Arguments.of("lithium_salt.capacity = lithium_carbonate.capacity + lithium_hydroxide.capacity",
                        "lithium_salt.capacity = lithium_carbonate.capacity + lithium_hydroxide.capacity"),
                Arguments.of("battery.installed>=battery.installed.lfp+battery.installed.ternary",
                        "battery.installed >= battery.installed.lfp + battery.installed.ternary"),
                Arguments.of("  investment.industrial <= investment.secondary_industry ", "investment.industrial <= investment.secondary_industry"),
                Arguments.of("a - b == c", "a - b = c"),
                Arguments.of("-a <= b - c - d", "-a <= b - c - d"),
                Arguments.of("+a >= 2024_output", "a >= 2024_output"));
    }

    @ParameterizedTest
    @MethodSource("data_parseGood")
    void test_parse_good(String text, String canonical) {
        RuleExpression e = RuleExpression.parse(text);
        assertEquals(canonical, e.toString());
        assertEquals(e, RuleExpression.parse(e.toString()));
    }

    @Test
    void test_parse_parts() {
        RuleExpression e = RuleExpression.parse("a = b - c + a");
        assertEquals(List.of(new Term(false, "a")), e.left());
        assertEquals(Relation.EQUAL, e.relation());
        assertEquals(List.of(new Term(false, "b"), new Term(true, "c"), new Term(false, "a")), e.right());
        assertEquals(List.of("a", "b", "c"), e.metrics());
        assertEquals(">=", Relation.AT_LEAST.symbol());
    }

    static Stream<Arguments> data_parseBad() {
        return Stream.of(
                Arguments.of("", 0, "found the end, expected a metric id such as lithium_salt.capacity"),
                Arguments.of("a + b", 5, "found the end, expected =, <= or >= and a right side"),
                Arguments.of("a b", 2, "found 'b', expected + or - or =, <= or >="),
                Arguments.of("a = b * 2", 6, "found '*', expected + or - or the end of the rule"),
                Arguments.of("a = b = c", 6, "found a second relation, expected + or - or the end: a rule has one =, <= or >="),
                Arguments.of("a < b", 2, "found '<', expected <= (a rule holds with equality too)"),
                Arguments.of("a = ", 4, "found the end, expected a metric id after ="),
                Arguments.of("a = b +", 7, "found the end, expected a metric id after +"),
                Arguments.of("Battery = b", 0, "found 'B', expected a lower-case metric id"),
                Arguments.of("a. = b", 1, "found '.', expected a metric id with dots only between its parts"),
                Arguments.of("a = b..c", 6, "found '.', expected a metric id with dots only between its parts"),
                Arguments.of("a = .b", 4, "found '.', expected a metric id with dots only between its parts"));
    }

    @ParameterizedTest
    @MethodSource("data_parseBad")
    void test_parse_bad(String text, int index, String problem) {
        FigureParseException e = assertThrows(FigureParseException.class, () -> RuleExpression.parse(text));
        assertEquals(index, e.index());
        assertEquals(problem, e.problem());
        assertEquals(text, e.input());
    }

    @Test
    void test_parse_rule_namesItsId() {
        Rule rule = Rule.builder().id("lithium-salt-split").rule("lithium_salt.capacity = lithium_carbonate.capacity ; x").build();
        FigureParseException e = assertThrows(FigureParseException.class, () -> RuleExpression.parse(rule));
        assertEquals(51, e.index());
        assertEquals("rule lithium-salt-split: found ';', expected + or - or the end of the rule", e.problem());
        assertEquals("cannot read \"lithium_salt.capacity = lithium_carbonate.capacity ; x\" at index 51: rule lithium-salt-split:"
                + " found ';', expected + or - or the end of the rule", e.getMessage());
    }

    @Test
    void test_equals() {
        new EqualsTester()
                .addEqualityGroup(RuleExpression.parse("a = b + c"), RuleExpression.parse("a=b+c"), RuleExpression.parse("a == +b + c"))
                .addEqualityGroup(RuleExpression.parse("a = c + b"))
                .addEqualityGroup(RuleExpression.parse("a >= b + c"))
                .addEqualityGroup(RuleExpression.parse("a = b - c"))
                .testEquals();
    }

    @Test
    void test_nulls() {
        assertThrows(NullPointerException.class, () -> RuleExpression.parse((String) null));
        assertThrows(NullPointerException.class, () -> RuleExpression.parse((Rule) null));
    }
}
