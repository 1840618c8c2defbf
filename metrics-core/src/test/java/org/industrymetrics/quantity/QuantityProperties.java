package org.industrymetrics.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of {@link Quantity} and the typed quantities, over the default arbitraries of {@link QuantityArbitraryProvider}. */
class QuantityProperties {

    @Property
    void parse_of_toString_is_the_same_quantity(@ForAll Quantity q) {
        Quantity read = Quantity.parse(q.toString());
        assertEquals(q, read);
        assertEquals(q.toString(), read.toString());
        assertEquals(q.unit(), read.unit());
        assertEquals(0, q.value().compareTo(read.value()));
    }

    @Property
    void parse_of_toString_is_the_same_energy(@ForAll Energy e) {
        Energy read = Energy.parse(e.toString());
        assertEquals(e, read);
        assertEquals(e.toString(), read.toString());
    }

    @Property
    void parse_of_toString_is_the_same_area(@ForAll Area a) {
        assertEquals(a.toString(), Area.parse(a.toString()).toString());
    }

    @Property
    void parse_of_toString_is_the_same_unit(@ForAll Unit u) {
        assertTrue(u == Unit.parse(u.toString()), u::toString);
    }

    @Property
    void conversion_and_back_is_exact(@ForAll("sameDimension") List<Quantity> pair) {
        Quantity q = pair.get(0);
        Unit target = pair.get(1).unit();
        Quantity converted;
        try {
            converted = q.to(target);
        } catch (ArithmeticException e) {
            // only where the exact amount does not terminate in decimal (mu into m2, ha or km2)
            assertTrue(!AbstractQuantity.isExactInto(q.unit(), target) && !q.isZero()
                    || !AbstractQuantity.inRange(q.to(target, MathContext.DECIMAL128).value()), e::getMessage);
            return;
        }
        assertEquals(q, converted);
        assertEquals(0, q.compareTo(converted));
        assertEquals(q.hashCode(), converted.hashCode());
        Quantity back = converted.to(q.unit());
        assertEquals(0, back.value().compareTo(q.value()), () -> q + " -> " + converted + " -> " + back);
        // and exact as a fraction: value * factor is the same amount of the base unit
        assertEquals(baseAmount(q), baseAmount(converted));
    }

    @Property
    void conversion_into_a_unit_without_mu_always_terminates(@ForAll("sameDimension") List<Quantity> pair) {
        Quantity q = pair.get(0);
        Unit target = pair.get(1).unit();
        Assume.that(!target.symbol().startsWith("mu") || q.unit().symbol().startsWith("mu"));
        Assume.that(!q.unit().symbol().startsWith("mu") || target.symbol().startsWith("mu"));
        Quantity converted = q.to(target);
        assertEquals(baseAmount(q), baseAmount(converted));
    }

    @Property
    void sum_is_commutative(@ForAll("sameDimension") List<Quantity> qs) {
        Quantity a = qs.get(0);
        Quantity b = qs.get(1);
        assertEquals(a.plus(b), b.plus(a));
        assertEquals(a.plus(b).unit(), b.plus(a).unit());
    }

    @Property
    void sum_is_associative(@ForAll("sameDimension") List<Quantity> qs) {
        Quantity a = qs.get(0);
        Quantity b = qs.get(1);
        Quantity c = qs.get(2);
        Quantity left = a.plus(b).plus(c);
        Quantity right = a.plus(b.plus(c));
        assertEquals(left, right);
        assertEquals(left.hashCode(), right.hashCode());
        assertEquals(0, baseAmount(a).add(baseAmount(b)).add(baseAmount(c)).compareTo(baseAmount(left)));
    }

    @Property
    void plus_then_minus_is_identity(@ForAll("sameDimension") List<Quantity> qs) {
        Quantity a = qs.get(0);
        Quantity b = qs.get(1);
        assertEquals(a, a.plus(b).minus(b));
        assertEquals(a.minus(b), b.minus(a).negated());
    }

    @Property
    void typed_plus_then_minus_is_identity(@ForAll Energy a, @ForAll Energy b) {
        assertEquals(a, a.plus(b).minus(b));
        assertEquals(a.toQuantity().plus(b.toQuantity()), a.plus(b).toQuantity());
    }

    @Property
    void equals_agrees_with_compareTo_and_hashCode(@ForAll("sameDimension") List<Quantity> qs) {
        Quantity a = qs.get(0);
        Quantity b = qs.get(1);
        assertEquals(a.compareTo(b) == 0, a.equals(b));
        assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)));
        // an equal amount written differently: more trailing zeros, or in another unit
        Quantity padded = Quantity.of(a.value().setScale(a.value().scale() + 3), a.unit());
        assertEquals(a, padded);
        assertEquals(a.hashCode(), padded.hashCode());
        try {
            Quantity other = a.to(b.unit());
            assertEquals(a, other);
            assertEquals(a.hashCode(), other.hashCode());
        } catch (ArithmeticException e) {
            // not expressible exactly in that unit
        }
    }

    @Property
    void compareTo_agrees_with_the_sign_of_the_difference(@ForAll("sameDimension") List<Quantity> qs) {
        Quantity a = qs.get(0);
        Quantity b = qs.get(1);
        assertEquals(Integer.signum(a.compareTo(b)), a.minus(b).signum());
    }

    @Property
    void ratio_of_converted_amounts_is_one(@ForAll("sameDimension") List<Quantity> qs) {
        Quantity a = qs.get(0);
        Assume.that(!a.isZero());
        Quantity other = a.to(qs.get(1).unit(), MathContext.DECIMAL128);
        BigDecimal ratio = a.ratio(other, MathContext.DECIMAL64);
        assertEquals(0, ratio.compareTo(BigDecimal.ONE), () -> a + " / " + other + " = " + ratio);
    }

    @Property
    void quantities_of_different_dimensions_never_add(@ForAll Quantity a, @ForAll Quantity b) {
        Assume.that(a.dimension() != b.dimension());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.plus(b));
        assertEquals("cannot add " + a + " and " + b + ": " + a.dimension() + " and " + b.dimension(), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> a.compareTo(b));
        assertTrue(!a.equals(b));
    }

    @Provide
    Arbitrary<List<Quantity>> sameDimension() {
        return Arbitraries.of(Dimension.values()).flatMap(d -> {
            Arbitrary<Quantity> q = QuantityArbitraryProvider.quantities(d);
            return Combinators.combine(q, q, q).as(List::of);
        });
    }

    /** The exact amount in the base unit of the dimension, as a fraction num/den in lowest terms. */
    private static BigDecimal baseAmount(Quantity q) {
        // times 3 clears the only non-decimal denominator (mu), so the product is an exact decimal
        BigInteger num = q.unit().factorNumerator().multiply(BigInteger.valueOf(3));
        BigDecimal scaled = q.value().multiply(new BigDecimal(num)).divide(new BigDecimal(q.unit().factorDenominator()));
        return scaled.stripTrailingZeros();
    }
}
