package org.industrymetrics.testkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Checks the contract of a value type on generated values, in the spirit of guava-testlib's
 * testers: {@code equals} is reflexive and symmetric and false for null and other types;
 * equal values have equal hash codes; {@code compareTo} (or a given comparator) is zero exactly
 * when {@code equals} is true and changes sign when its arguments swap; {@code parse(toString(x))}
 * equals {@code x} and prints as {@code x} does; each round trip (through JSON, say, with
 * {@link JacksonRoundTrip}) gives back an equal value that prints the same. Values that cannot be
 * compared ({@code compareTo} throws {@link IllegalArgumentException} or {@link ClassCastException},
 * as for yuan and dollars) must throw either way round and be unequal.
 * <pre>{@code
 * static final ValueTypeContract<Money> MONEY = ValueTypeContract.of(Money.class)
 *         .parsedBy(Money::parse)
 *         .roundTrip("JSON", JacksonRoundTrip.of(JacksonRoundTrip.mapperWithModules(), Money.class));
 *
 * @Property void moneyIsAValue(@ForAll Money x, @ForAll Money y) {
 *     MONEY.check(x, y);
 * }
 * }</pre>
 * Pairs drawn independently are rarely equal; {@link #check(Object, Object)} also checks each
 * value against its own parsed and round-tripped copies, which are. Immutable.
 *
 * @param <T> the value type
 */
public final class ValueTypeContract<T> {

    private final Class<T> type;
    private final Comparator<? super T> order;
    private final Function<String, ? extends T> parse;
    private final Map<String, UnaryOperator<T>> roundTrips;

    private ValueTypeContract(Class<T> type, Comparator<? super T> order, Function<String, ? extends T> parse,
            Map<String, UnaryOperator<T>> roundTrips) {
        this.type = type;
        this.order = order;
        this.parse = parse;
        this.roundTrips = roundTrips;
    }

    /**
     * Obtains the contract of a type: equals and hashCode, and compareTo if the type is
     * {@link Comparable}.
     *
     * @param type the value type, not null
     * @param <T> the value type
     * @return the contract
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> ValueTypeContract<T> of(Class<T> type) {
        Objects.requireNonNull(type, "type");
        Comparator<? super T> natural = Comparable.class.isAssignableFrom(type)
                ? (a, b) -> ((Comparable) a).compareTo(b) : null;
        return new ValueTypeContract<>(type, natural, null, Map.of());
    }

    /**
     * Returns this contract with {@code parse(x.toString())} equal to {@code x} and printing as {@code x}.
     *
     * @param parse reads the text {@code toString} writes, not null
     * @return the new contract
     */
    public ValueTypeContract<T> parsedBy(Function<String, ? extends T> parse) {
        return new ValueTypeContract<>(type, order, Objects.requireNonNull(parse, "parse"), roundTrips);
    }

    /**
     * Returns this contract with an order that must agree with equals, for a type that is not
     * {@link Comparable} or whose natural order is not the one to check.
     *
     * @param comparator the order, not null
     * @return the new contract
     */
    public ValueTypeContract<T> orderedBy(Comparator<? super T> comparator) {
        return new ValueTypeContract<>(type, Objects.requireNonNull(comparator, "comparator"), parse, roundTrips);
    }

    /**
     * Returns this contract with a round trip (serialise and read back) that must give back an
     * equal value that prints the same.
     *
     * @param name what the round trip is, for messages: {@code JSON}
     * @param roundTrip writes a value and reads it back, not null
     * @return the new contract
     */
    public ValueTypeContract<T> roundTrip(String name, UnaryOperator<T> roundTrip) {
        Map<String, UnaryOperator<T>> all = new LinkedHashMap<>(roundTrips);
        all.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(roundTrip, "roundTrip"));
        return new ValueTypeContract<>(type, order, parse, Map.copyOf(all));
    }

    /**
     * Checks the contract on one value and on its parsed and round-tripped copies.
     *
     * @param x the value, not null
     * @throws AssertionError if the contract does not hold
     */
    public void check(T x) {
        Objects.requireNonNull(x, "x");
        String text = x.toString();
        require(x.equals(x), x, "is not equal to itself");
        require(!x.equals(null), x, "equals null");
        require(!x.equals(new Object()), x, "equals an Object");
        require(x.hashCode() == x.hashCode(), x, "has a hash code that changes");
        if (order != null) {
            require(order.compare(x, x) == 0, x, "compares other than 0 with itself");
        }
        List<T> copies = new ArrayList<>();
        if (parse != null) {
            T parsed;
            try {
                parsed = parse.apply(text);
            } catch (RuntimeException e) {
                throw new AssertionError(describe(x) + " cannot be parsed back from its toString \"" + text + "\": " + e, e);
            }
            require(parsed != null && parsed.toString().equals(text), x,
                    "is parsed from its toString as " + describe(parsed) + ", which prints differently");
            copies.add(parsed);
        }
        for (Map.Entry<String, UnaryOperator<T>> rt : roundTrips.entrySet()) {
            T back;
            try {
                back = rt.getValue().apply(x);
            } catch (RuntimeException e) {
                throw new AssertionError(describe(x) + " does not survive the " + rt.getKey() + " round trip: " + e, e);
            }
            require(back != null && back.toString().equals(text), x,
                    "comes back from the " + rt.getKey() + " round trip as " + describe(back) + ", which prints differently");
            copies.add(back);
        }
        for (T copy : copies) {
            pair(x, copy);
            require(x.equals(copy), x, "is not equal to its copy " + describe(copy));
        }
    }

    /**
     * Checks the contract on each value and on the pair: symmetry of equals, equal hash codes of
     * equal values, and an order that agrees with equals and is antisymmetric.
     *
     * @param x a value, not null
     * @param y another value, not null
     * @throws AssertionError if the contract does not hold
     */
    public void check(T x, T y) {
        check(x);
        check(y);
        pair(x, y);
    }

    private void pair(T x, T y) {
        boolean xy = x.equals(y);
        require(xy == y.equals(x), x, "equals " + describe(y) + " is " + xy + " but the reverse is " + !xy);
        if (xy) {
            require(x.hashCode() == y.hashCode(), x, "equals " + describe(y) + " but their hash codes differ: "
                    + x.hashCode() + ", " + y.hashCode());
        }
        if (order != null) {
            Integer xc = compare(x, y);
            Integer yc = compare(y, x);
            if (xc == null || yc == null) {
                // values that cannot be compared (yuan and dollars, GWh and tonnes) must be unequal, either way round
                require(xc == null && yc == null, x, "can be compared with " + describe(y) + " only one way round");
                require(!xy, x, "equals " + describe(y) + " but cannot be compared with it");
                return;
            }
            require((xc == 0) == xy, x, "compares " + xc + " with " + describe(y) + " but equals is " + xy);
            require(xc == -yc, x, "compares " + xc + " with " + describe(y) + " but " + describe(y) + " compares " + yc + " with it");
        }
    }

    /** The sign of {@code compare(x, y)}, or null if the two cannot be compared. */
    private Integer compare(T x, T y) {
        try {
            return Integer.signum(order.compare(x, y));
        } catch (IllegalArgumentException | ClassCastException e) {
            return null;
        }
    }

    private void require(boolean condition, T x, String what) {
        if (!condition) {
            throw new AssertionError("the " + type.getSimpleName() + " " + describe(x) + " " + what);
        }
    }

    private static String describe(Object o) {
        return o == null ? "null" : "\"" + o + "\"";
    }
}
