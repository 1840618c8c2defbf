package org.industrymetrics.internal;

/**
 * Hash spreading for the library's open-addressing tables (dataset indexes, running sums), whose
 * slot is the low bits of a hash: {@code String} and record hashes cluster there for keys that
 * differ only at the end. Not part of the public API.
 */
public final class Hashes {

    private Hashes() {
    }

    /**
     * Spreads a hash over all 32 bits (the finaliser of MurmurHash3).
     *
     * @param h the hash
     * @return the spread hash
     */
    public static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
