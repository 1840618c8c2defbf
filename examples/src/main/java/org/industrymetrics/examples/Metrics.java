package org.industrymetrics.examples;

import org.industrymetrics.quantity.Quantity;
import org.industrymetrics.quantity.Unit;

/** The {@code metrics} command. Until the dataset checks land, it demonstrates the quantity types. */
public final class Metrics {

    private Metrics() {
    }

    public static void main(String[] args) {
        Quantity area = Quantity.parse("594 mu");
        System.out.println(area + " = " + area.to(Unit.SQUARE_METRE));
        Quantity phases = Quantity.parse("20 GWh/a").plus(Quantity.parse("30000 MWh/a"));
        System.out.println("20 GWh/a + 30000 MWh/a = " + phases + " = " + phases.to(Unit.GIGAWATT_HOUR_PER_YEAR));
    }
}
