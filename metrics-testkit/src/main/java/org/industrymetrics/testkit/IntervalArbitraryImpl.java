package org.industrymetrics.testkit;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.industrymetrics.figure.Interval;

/** The interval arbitrary: two numbers, and for each end closed, open or unbounded. */
final class IntervalArbitraryImpl extends ArbitraryDecorator<Interval> implements IntervalArbitrary {

    /** How one end is made. */
    private enum End { CLOSED, OPEN, UNBOUNDED }

    private List<End> ends = List.of(End.values());
    private DecimalSpec numbers = DecimalSpec.of(12, 4);

    @Override
    protected Arbitrary<Interval> arbitrary() {
        Arbitrary<Boolean> point = Arbitraries.frequency(net.jqwik.api.Tuple.of(9, false), net.jqwik.api.Tuple.of(1, true));
        return Combinators.combine(numbers.arbitrary(), numbers.arbitrary(), Arbitraries.of(ends), Arbitraries.of(ends), point)
                .as((a, b, lowEnd, highEnd, isPoint) -> {
                    if (isPoint) {
                        return Interval.point(a);
                    }
                    BigDecimal low = a.min(b);
                    BigDecimal high = a.max(b);
                    boolean equal = low.compareTo(high) == 0;
                    // equal ends cannot be open: the interval would be empty
                    return Interval.of(lowEnd == End.UNBOUNDED ? null : low, lowEnd == End.OPEN && !equal,
                            highEnd == End.UNBOUNDED ? null : high, highEnd == End.OPEN && !equal);
                });
    }

    @Override
    public IntervalArbitrary bounded() {
        IntervalArbitraryImpl c = typedClone();
        c.ends = List.of(End.CLOSED, End.OPEN);
        return c;
    }

    @Override
    public IntervalArbitrary digits(int min, int max) {
        IntervalArbitraryImpl c = typedClone();
        c.numbers = numbers.digits(min, max);
        return c;
    }

    @Override
    public IntervalArbitrary decimals(int min, int max) {
        IntervalArbitraryImpl c = typedClone();
        c.numbers = numbers.decimals(min, max);
        return c;
    }
}
