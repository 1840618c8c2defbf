package org.industrymetrics.observation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.industrymetrics.InputLocation;

/**
 * Where each observation of a list was read, by position, in 8 bytes an observation instead of an
 * {@link InputLocation} object (40 bytes and a reference): a row of a CSV file is a line of an input,
 * so it is kept as one {@code long}, the input's number among the few inputs and the line. Any other
 * origin (a JSON document's path, a cell) is kept as it is, in an array made when the first such
 * origin is added. {@link #get} gives back an origin equal to the one added. Appended to by a
 * builder; {@link #copy} freezes a copy for a dataset. Not thread-safe while appended to; a copy is
 * safe to read from several threads once published.
 */
final class Origins {

    /** Lines take the low 48 bits; the input's number + 1 the bits above (0: no origin). */
    private static final int LINE_BITS = 48;
    private static final long LINE_MASK = (1L << LINE_BITS) - 1;
    private static final int MAX_INPUTS = (1 << (63 - LINE_BITS)) - 1;
    /** The code of a position whose origin is in {@link #others}. */
    private static final long OTHER = -1;

    private final List<String> inputs;
    private final Map<String, Integer> inputNumbers;
    /** Per position; null in a copy where no position has an origin. */
    private long[] codes;
    private InputLocation[] others;
    private int size;
    /** The input of the last origin added: rows come input after input. */
    private String lastInput;
    private int lastNumber;

    Origins() {
        this(new ArrayList<>(), new HashMap<>(), new long[16], null, 0);
    }

    private Origins(List<String> inputs, Map<String, Integer> inputNumbers, long[] codes, InputLocation[] others, int size) {
        this.inputs = inputs;
        this.inputNumbers = inputNumbers;
        this.codes = codes;
        this.others = others;
        this.size = size;
    }

    /** {@return the number of positions} */
    int size() {
        return size;
    }

    /** Appends the origin of the next position; null for none. */
    void add(InputLocation origin) {
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, size + (size >> 1) + 16);
        }
        codes[size] = encode(origin);
        if (codes[size] == OTHER) {
            if (others == null) {
                others = new InputLocation[codes.length];
            } else if (others.length < codes.length) {
                others = Arrays.copyOf(others, codes.length);
            }
            others[size] = origin;
        }
        size++;
    }

    /** Appends the origin of the next position: a line of an input, as {@code InputLocation.of(input, line)}. */
    void add(String input, long line) {
        long code = line <= LINE_MASK ? encode(input, line) : OTHER;
        if (code == OTHER) {
            add(InputLocation.of(input, line));
            return;
        }
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, size + (size >> 1) + 16);
        }
        codes[size++] = code;
    }

    /** Appends the origins of another, in its order. */
    void addAll(Origins other) {
        if (size + other.size > codes.length) {
            codes = Arrays.copyOf(codes, Math.max(size + other.size, size + (size >> 1) + 16));
        }
        for (int i = 0; i < other.size; i++) {
            long code = other.codes == null ? 0 : other.codes[i];
            if (code == 0 || code == OTHER) {
                add(code == 0 ? null : other.others[i]);
            } else {
                // the other's input numbers are its own
                String input = other.inputs.get((int) (code >>> LINE_BITS) - 1);
                long mine = encode(input, code & LINE_MASK);
                if (mine == OTHER) {
                    add(other.get(i));
                } else {
                    codes[size++] = mine;
                }
            }
        }
    }

    /** Removes every position. */
    void clear() {
        size = 0;
        others = null;
    }

    /** {@return the origin at a position, or null if it has none} */
    InputLocation get(int position) {
        if (codes == null) {
            return null;
        }
        long code = codes[position];
        if (code == 0) {
            return null;
        }
        if (code == OTHER) {
            return others[position];
        }
        return InputLocation.of(inputs.get((int) (code >>> LINE_BITS) - 1), code & LINE_MASK);
    }

    /** {@return a frozen copy, trimmed to the positions; with no array at all where no position has an origin} */
    Origins copy() {
        boolean any = false;
        for (int i = 0; i < size && !any; i++) {
            any = codes[i] != 0;
        }
        return new Origins(List.copyOf(inputs), Map.of(), any ? Arrays.copyOf(codes, size) : null,
                others == null ? null : Arrays.copyOf(others, size), size);
    }

    private long encode(InputLocation origin) {
        if (origin == null) {
            return 0;
        }
        long line = origin.line();
        if (line > LINE_MASK || origin.column().isPresent() || origin.path().isPresent() || origin.entry().isPresent()) {
            return OTHER;
        }
        return encode(origin.input(), line);
    }

    /** The code of a line of an input; {@link #OTHER} if the inputs are too many to number. */
    private long encode(String input, long line) {
        if (input != lastInput) {
            Integer number = inputNumbers.get(input);
            if (number == null) {
                if (inputs.size() == MAX_INPUTS) {
                    return OTHER;
                }
                number = inputs.size();
                inputs.add(input);
                inputNumbers.put(input, number);
            }
            lastInput = input;
            lastNumber = number;
        }
        return ((long) (lastNumber + 1) << LINE_BITS) | line;
    }
}
