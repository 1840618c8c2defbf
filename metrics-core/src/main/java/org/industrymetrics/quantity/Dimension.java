package org.industrymetrics.quantity;

/**
 * What a quantity measures. Quantities of different dimensions never add, compare or convert.
 * <p>
 * A capacity ("20,000 t/a", "50 GWh/a") is a rate per year and is its own dimension: it does not
 * add to an amount produced in a year.
 */
public enum Dimension {
    /** Energy: Wh, kWh, MWh, GWh, TWh. */
    ENERGY("energy", "Wh"),
    /** Energy per year, a production capacity: GWh/a. */
    ENERGY_PER_YEAR("energy per year", "Wh/a"),
    /** Electric charge: Ah, mAh. */
    CHARGE("electric charge", "Ah"),
    /** Power: W, kW, MW, GW. */
    POWER("power", "W"),
    /** Mass: kg, t, kt, Mt. */
    MASS("mass", "kg"),
    /** Mass per year, a production capacity: t/a. */
    MASS_PER_YEAR("mass per year", "kg/a"),
    /** Area: m2, km2, ha, mu. */
    AREA("area", "m2"),
    /** Area per year, a production capacity: m2/a. */
    AREA_PER_YEAR("area per year", "m2/a"),
    /** A plain count: vehicles, enterprises, jobs. */
    COUNT("count", "1");

    private final String label;
    private final String baseSymbol;

    Dimension(String label, String baseSymbol) {
        this.label = label;
        this.baseSymbol = baseSymbol;
    }

    /**
     * Returns the symbol of the unit every unit of this dimension converts to by its exact factor.
     *
     * @return the symbol, {@code Wh} for energy
     */
    public String baseSymbol() {
        return baseSymbol;
    }

    /** Returns the name of the dimension as a person says it ("energy per year"). */
    @Override
    public String toString() {
        return label;
    }
}
