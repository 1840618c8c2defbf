package org.industrymetrics.csv;

import java.io.Reader;

/**
 * An observations table of any length, made row by row as it is read, so that a test can stream a
 * million rows without a file and without holding them. Row {@code i} (from 0) is a level of
 * {@code (i mod 1000) + 0.5} in GWh, MWh or billion Wh, with various subjects, periods and qualifiers;
 * the total of {@code n} rows (a multiple of 1000) is {@code 500 × n} GWh.
 */
final class GeneratedObservations extends Reader {

    static final String HEADER = "id,subject,metric,period,measure,value,unit,base,qualifier,precision,status,source,quote\n";
    private static final String[] SUBJECTS = {"CN", "CN-SC", "CN-CQ", "CN-SC+CN-CQ", "CALB.Chengdu"};
    private static final String[] PERIODS = {"2024", "2024-05", "2024-Q2", "2024-H1", "2024-01/2024-05", "2024-06-26"};

    private final long rows;
    private long next;
    private String pending = HEADER;
    private int pos;

    GeneratedObservations(long rows) {
        this.rows = rows;
    }

    /** Returns the text of row {@code i}. */
    static String row(long i) {
        int v = (int) (i % 1000);
        int kind = (int) (i % 3);
        // the same amount in three units: v.5 GWh = v500 MWh = (v.5 billion) Wh
        String value = kind == 0 ? v + ".5" : kind == 1 ? v + "500" : v + ".5";
        String unit = kind == 0 ? "GWh" : kind == 1 ? "MWh" : "billion Wh";
        String precision = kind == 1 ? "-2" : "";
        return (i % 7 == 0 ? "" : "obs-" + i) + "," + SUBJECTS[(int) (i % SUBJECTS.length)] + ",power_battery.output,"
                + PERIODS[(int) (i % PERIODS.length)] + ",level," + value + "," + unit + ",,," + precision + ",actual,"
                + (i % 2 == 0 ? "ichongqing-2024-06-26" : "") + "," + (i % 5 == 0 ? "\"about 30, as printed\"" : "") + "\n";
    }

    @Override
    public int read(char[] buf, int off, int len) {
        if (pending == null) {
            return -1;
        }
        int n = 0;
        while (n < len && pending != null) {
            int k = Math.min(len - n, pending.length() - pos);
            pending.getChars(pos, pos + k, buf, off + n);
            pos += k;
            n += k;
            if (pos == pending.length()) {
                pos = 0;
                pending = next < rows ? row(next++) : null;
            }
        }
        return n;
    }

    @Override
    public void close() {
        pending = null;
    }
}
