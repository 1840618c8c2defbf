package org.industrymetrics.internal;

/**
 * "Did you mean" hints for near misses in parse errors. Not part of the public API.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * Returns {@code " (did you mean \"CNY\"?)"} for the candidate nearest to {@code found}, if it is
     * a near miss (same letters in another case, or one or two edits away), else an empty string.
     *
     * @param found the text that could not be read, not null
     * @param candidates the texts that would have been read, not null
     * @return the hint, starting with a space, or an empty string
     */
    public static String didYouMean(String found, Iterable<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = candidate.equalsIgnoreCase(found) ? 0 : editDistance(found, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        int allowed = Math.max(1, Math.min(2, found.length() / 3));
        // never suggest by replacing every character ("x" is not a near miss of "t")
        return best != null && bestDistance <= allowed && bestDistance < found.length()
                ? " (did you mean \"" + best + "\"?)" : "";
    }

    /** Levenshtein distance; long inputs are never near misses, which keeps the work bounded. */
    public static int editDistance(String a, String b) {
        if (a.length() > 40) {
            return Integer.MAX_VALUE;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
