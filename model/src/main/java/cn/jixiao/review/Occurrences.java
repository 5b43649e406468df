package cn.jixiao.review;

import java.util.function.IntPredicate;

/**
 * Where a piece of text (a project's name) occurs in a longer one (a report section), found in
 * time linear in both (Knuth–Morris–Pratt): a regular expression built from the name, or
 * {@link String#indexOf}, compares the whole name again at every near miss, and a name of
 * 300,000 characters in a megabyte of report took minutes.
 */
public final class Occurrences {
    private final String needle;
    private final int[] fallback;

    public Occurrences(String needle) {
        if (needle.isEmpty()) {
            throw new IllegalArgumentException("empty needle");
        }
        this.needle = needle;
        this.fallback = new int[needle.length()];
        for (int i = 1, k = 0; i < needle.length(); i++) {
            while (k > 0 && needle.charAt(i) != needle.charAt(k)) {
                k = fallback[k - 1];
            }
            if (needle.charAt(i) == needle.charAt(k)) {
                k++;
            }
            fallback[i] = k;
        }
    }

    /**
     * The end index of the first occurrence in {@code text} for which {@code accept} holds (given
     * that end index), or -1. Occurrences are tried left to right, overlapping ones included.
     */
    public int firstEnd(String text, IntPredicate accept) {
        for (int i = 0, k = 0; i < text.length(); i++) {
            while (k > 0 && text.charAt(i) != needle.charAt(k)) {
                k = fallback[k - 1];
            }
            if (text.charAt(i) == needle.charAt(k)) {
                k++;
            }
            if (k == needle.length()) {
                if (accept.test(i + 1)) {
                    return i + 1;
                }
                k = fallback[k - 1];
            }
        }
        return -1;
    }
}
