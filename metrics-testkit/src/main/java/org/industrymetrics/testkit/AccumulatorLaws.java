package org.industrymetrics.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;

/**
 * The laws that let an accumulation be split over threads or the workers of a distributed engine
 * (a {@code parallelStream} collector, a Spark {@code Aggregator}, a Flink {@code AggregateFunction}):
 * with {@code reduce(xs)} = adding each element of {@code xs}, in order, to a fresh {@code zero()},
 * <ul>
 * <li><b>identity</b>: {@code merge(zero, reduce(xs))} and {@code merge(reduce(xs), zero)} finish as {@code reduce(xs)};
 * <li><b>associativity</b>: {@code merge(merge(A, B), C)} finishes as {@code merge(A, merge(B, C))};
 * <li><b>commutativity</b>: {@code merge(A, B)} finishes as {@code merge(B, A)};
 * <li><b>any split</b>: {@code xs} cut into any parts, each reduced on its own, merged in any order
 *     and grouping, finishes as {@code reduce(xs)};
 * <li><b>reduce is merge</b>: {@code add(A, x)} finishes as {@code merge(A, add(zero, x))}.
 * </ul>
 * Results are compared after {@code finish}, by {@code equals} unless
 * {@link #comparingWith another equivalence} is given. Accumulators may be mutable (add and merge
 * may change and return their first argument): every law builds fresh accumulators, and never
 * uses one again after it was merged.
 * <p>
 * A failed law throws {@link AssertionError} naming the law, the parts and both results; jqwik
 * then shrinks the inputs. Example, in a property:
 * <pre>{@code
 * static final AccumulatorLaws<TotalAccumulator, ConvertedFigure, Total> LAWS = AccumulatorLaws.of(
 *         () -> new TotalAccumulator(GWH), TotalAccumulator::add, TotalAccumulator::merge, TotalAccumulator::toTotal);
 *
 * @Property void totalsSplitAnyWay(@ForAll List<ConvertedFigure> figures, @ForAll Random random) {
 *     LAWS.checkAll(figures, random);
 * }
 * }</pre>
 * Immutable; the functions given must be free of side effects other than on their accumulator
 * arguments.
 *
 * @param <A> the accumulator (Spark's buffer)
 * @param <X> the element added (Spark's input)
 * @param <R> the result (Spark's output)
 */
public final class AccumulatorLaws<A, X, R> {

    private final Supplier<? extends A> zero;
    private final BiFunction<A, ? super X, A> add;
    private final BinaryOperator<A> merge;
    private final Function<? super A, ? extends R> finish;
    private final BiPredicate<? super R, ? super R> equivalence;

    private AccumulatorLaws(Supplier<? extends A> zero, BiFunction<A, ? super X, A> add, BinaryOperator<A> merge,
            Function<? super A, ? extends R> finish, BiPredicate<? super R, ? super R> equivalence) {
        this.zero = Objects.requireNonNull(zero, "zero");
        this.add = Objects.requireNonNull(add, "add");
        this.merge = Objects.requireNonNull(merge, "merge");
        this.finish = Objects.requireNonNull(finish, "finish");
        this.equivalence = Objects.requireNonNull(equivalence, "equivalence");
    }

    /**
     * Obtains the laws of an accumulation, comparing results by {@code equals}.
     *
     * @param zero makes a fresh empty accumulator, not null
     * @param add adds one element to an accumulator and returns it (or a new one), not null
     * @param merge merges the second accumulator into the first and returns it (or a new one), not null
     * @param finish gives the result of an accumulator, not null
     * @param <A> the accumulator
     * @param <X> the element
     * @param <R> the result
     * @return the laws
     */
    public static <A, X, R> AccumulatorLaws<A, X, R> of(Supplier<? extends A> zero, BiFunction<A, ? super X, A> add,
            BinaryOperator<A> merge, Function<? super A, ? extends R> finish) {
        return new AccumulatorLaws<>(zero, add, merge, finish, Objects::equals);
    }

    /**
     * Obtains the laws of a {@link Collector}: its supplier, accumulator, combiner and finisher.
     * The laws include commutativity, which {@link java.util.stream.Stream#collect} asks only of
     * {@link Collector.Characteristics#UNORDERED unordered} collectors, but which a distributed
     * engine, merging partial results as they arrive, needs of every one.
     *
     * @param collector the collector, not null
     * @param <X> the element
     * @param <A> the accumulator
     * @param <R> the result
     * @return the laws
     */
    public static <X, A, R> AccumulatorLaws<A, X, R> of(Collector<X, A, R> collector) {
        Objects.requireNonNull(collector, "collector");
        BiConsumer<A, X> accumulator = collector.accumulator();
        return of(collector.supplier(), (a, x) -> {
            accumulator.accept(a, x);
            return a;
        }, collector.combiner(), collector.finisher());
    }

    /**
     * Returns these laws comparing results by {@code equivalence} instead of {@code equals}, for
     * results that are equal only up to, say, the order of a list.
     *
     * @param equivalence whether two results are the same, not null
     * @return the new laws
     */
    public AccumulatorLaws<A, X, R> comparingWith(BiPredicate<? super R, ? super R> equivalence) {
        return new AccumulatorLaws<>(zero, add, merge, finish, equivalence);
    }

    /**
     * Adds the elements, in order, to a fresh accumulator and returns it, not finished.
     *
     * @param xs the elements, not null
     * @return the accumulator
     */
    public A accumulate(List<? extends X> xs) {
        A a = zero.get();
        for (X x : xs) {
            a = add.apply(a, x);
        }
        return a;
    }

    /**
     * Adds the elements, in order, to a fresh accumulator and returns its result.
     *
     * @param xs the elements, not null
     * @return the result
     */
    public R reduce(List<? extends X> xs) {
        return finish.apply(accumulate(xs));
    }

    /**
     * Checks that an empty accumulator is the identity of merge, on either side.
     *
     * @param xs the elements, not null
     * @throws AssertionError if the law does not hold
     */
    public void checkIdentity(List<? extends X> xs) {
        R expected = reduce(xs);
        same("identity: merge(zero, reduce(xs))", finish.apply(merge.apply(zero.get(), accumulate(xs))), expected, xs);
        same("identity: merge(reduce(xs), zero)", finish.apply(merge.apply(accumulate(xs), zero.get())), expected, xs);
    }

    /**
     * Checks that merging is associative on the accumulators of three parts.
     *
     * @param a the elements of the first part, not null
     * @param b the elements of the second part, not null
     * @param c the elements of the third part, not null
     * @throws AssertionError if the law does not hold
     */
    public void checkAssociativity(List<? extends X> a, List<? extends X> b, List<? extends X> c) {
        R left = finish.apply(merge.apply(merge.apply(accumulate(a), accumulate(b)), accumulate(c)));
        R right = finish.apply(merge.apply(accumulate(a), merge.apply(accumulate(b), accumulate(c))));
        same("associativity: merge(merge(A, B), C) vs merge(A, merge(B, C))", left, right, List.of(a, b, c));
    }

    /**
     * Checks that merging is commutative on the accumulators of two parts.
     *
     * @param a the elements of the first part, not null
     * @param b the elements of the second part, not null
     * @throws AssertionError if the law does not hold
     */
    public void checkCommutativity(List<? extends X> a, List<? extends X> b) {
        R ab = finish.apply(merge.apply(accumulate(a), accumulate(b)));
        R ba = finish.apply(merge.apply(accumulate(b), accumulate(a)));
        same("commutativity: merge(A, B) vs merge(B, A)", ab, ba, List.of(a, b));
    }

    /**
     * Checks that adding one element is merging the accumulator of that element alone.
     *
     * @param a the elements already added, not null
     * @param x the element added, not null
     * @throws AssertionError if the law does not hold
     */
    public void checkAddIsMerge(List<? extends X> a, X x) {
        R added = finish.apply(add.apply(accumulate(a), x));
        R merged = finish.apply(merge.apply(accumulate(a), add.apply(zero.get(), x)));
        same("add is merge: add(A, x) vs merge(A, add(zero, x))", added, merged, List.of(a, x));
    }

    /**
     * Checks that {@code xs}, cut into random parts (some empty) that are reduced on their own and
     * merged in a random order and grouping, gives the result of reducing {@code xs} in one go.
     *
     * @param xs the elements, not null
     * @param random chooses the cuts, the order and the grouping, not null
     * @throws AssertionError if the law does not hold
     */
    public void checkAnySplit(List<? extends X> xs, Random random) {
        List<List<? extends X>> parts = split(xs, random);
        List<A> accumulators = new ArrayList<>();
        for (List<? extends X> part : parts) {
            accumulators.add(accumulate(part));
        }
        // merge two random accumulators until one is left: any order, any grouping
        while (accumulators.size() > 1) {
            A first = accumulators.remove(random.nextInt(accumulators.size()));
            A second = accumulators.remove(random.nextInt(accumulators.size()));
            accumulators.add(merge.apply(first, second));
        }
        A all = accumulators.isEmpty() ? zero.get() : accumulators.get(0);
        same("any split: parts " + parts + " merged in random order and grouping", finish.apply(all), reduce(xs), xs);
    }

    /**
     * Checks every law on {@code xs}: identity; associativity and commutativity on a random cut into
     * three and two parts; any split; and add is merge for a random element.
     *
     * @param xs the elements, not null
     * @param random chooses the cuts, the order and the grouping, not null
     * @throws AssertionError if a law does not hold
     */
    public void checkAll(List<? extends X> xs, Random random) {
        checkIdentity(xs);
        int i = random.nextInt(xs.size() + 1);
        int j = i + random.nextInt(xs.size() - i + 1);
        checkAssociativity(xs.subList(0, i), xs.subList(i, j), xs.subList(j, xs.size()));
        checkCommutativity(xs.subList(0, i), xs.subList(i, xs.size()));
        checkAnySplit(xs, random);
        if (!xs.isEmpty()) {
            int k = random.nextInt(xs.size());
            List<X> rest = new ArrayList<>(xs);
            X x = rest.remove(k);
            checkAddIsMerge(rest, x);
        }
    }

    /** Cuts {@code xs} into 1 to {@code size + 1} consecutive parts, some of them perhaps empty. */
    private static <X> List<List<? extends X>> split(List<? extends X> xs, Random random) {
        int n = 1 + random.nextInt(xs.size() + 1);
        List<Integer> cuts = new ArrayList<>();
        for (int i = 0; i < n - 1; i++) {
            cuts.add(random.nextInt(xs.size() + 1));
        }
        cuts.sort(null);
        List<List<? extends X>> parts = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            parts.add(xs.subList(from, cut));
            from = cut;
        }
        parts.add(xs.subList(from, xs.size()));
        return parts;
    }

    private void same(String law, R actual, R expected, Object inputs) {
        if (!equivalence.test(actual, expected)) {
            throw new AssertionError("the accumulator law of " + law + " fails:\n  got      " + actual + "\n  expected "
                    + expected + "\n  for      " + inputs);
        }
    }
}
