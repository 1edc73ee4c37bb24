package io.vistazo.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** Stored file names and titles derived from client file names ({@code docs/chevereto-compat.md} §3.2, §3.15). */
public final class FileNames {

    private static final int MAX_STEM_LENGTH = 200;
    private static final int RANDOM_STEM_LENGTH = 32;
    private static final int MIXED_SUFFIX_LENGTH = 16;
    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITESPACE_RUNS = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
    private static final Pattern UNSAFE_CHARS = Pattern.compile("[^A-Za-z0-9_.-]+");
    private static final Pattern TITLE_SEPARATOR_RUNS = Pattern.compile("[-_\\s\\p{Z}]+");

    private FileNames() {
    }

    /** The client name without directories and without its last extension: {@code "a/b/c.d.jpg"} → {@code "c.d"}. */
    public static String stemOf(String filename) {
        String name = baseName(filename);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** The lower-case extension of a client name, or {@code ""}. */
    public static String extensionOf(String filename) {
        String name = baseName(filename);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Chevereto's cleaning: transliterate accents, whitespace runs to {@code -}, trim {@code -}, keep only
     * {@code [A-Za-z0-9_.-]}, cap at 200; empty result becomes 32 random hex.
     */
    public static String cleanStem(String stem, RandomGenerator random) {
        String text = transliterate(stem == null ? "" : stem);
        text = WHITESPACE_RUNS.matcher(text).replaceAll("-");
        text = EDGE_HYPHENS.matcher(text).replaceAll("");
        text = UNSAFE_CHARS.matcher(text).replaceAll("");
        return text.isEmpty() ? randomHex(RANDOM_STEM_LENGTH, random) : capped(text);
    }

    /** {@code stem} + 16 random hex ({@code mixed} mode). */
    public static String mixed(String cleanStem, RandomGenerator random) {
        return capped(cleanStem) + randomHex(MIXED_SUFFIX_LENGTH, random);
    }

    /** {@code n} random lower-case hex characters. */
    public static String randomHex(int n, RandomGenerator random) {
        if (n < 0) {
            throw new IllegalArgumentException("negative length " + n);
        }
        char[] hex = new char[n];
        for (int i = 0; i < n; i++) {
            hex[i] = HEX_DIGITS[random.nextInt(HEX_DIGITS.length)];
        }
        return new String(hex);
    }

    /** Title from a name stem: trim, runs of {@code -}, {@code _} or whitespace become one space. */
    public static String titleFromStem(String stem) {
        if (stem == null) {
            return "";
        }
        // Trimming again afterwards keeps "_name_" from becoming " name ".
        return TITLE_SEPARATOR_RUNS.matcher(stem.strip()).replaceAll(" ").strip();
    }

    private static String baseName(String filename) {
        if (filename == null) {
            return "";
        }
        int slash = Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\'));
        return filename.substring(slash + 1);
    }

    private static String capped(String text) {
        return text.length() <= MAX_STEM_LENGTH ? text : text.substring(0, MAX_STEM_LENGTH);
    }

    private static String transliterate(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String unaccented = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        StringBuilder ascii = new StringBuilder(unaccented.length());
        unaccented.chars().forEach(c -> ascii.append(latinLetter((char) c)));
        return ascii.toString();
    }

    /** Latin letters that NFD does not decompose into a base letter plus marks. */
    private static String latinLetter(char c) {
        return switch (c) {
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'Æ' -> "AE";
            case 'œ' -> "oe";
            case 'Œ' -> "OE";
            case 'ø' -> "o";
            case 'Ø' -> "O";
            case 'đ', 'ð' -> "d";
            case 'Đ', 'Ð' -> "D";
            case 'ł' -> "l";
            case 'Ł' -> "L";
            case 'þ' -> "th";
            case 'Þ' -> "TH";
            case 'ı' -> "i";
            case 'ħ' -> "h";
            case 'Ħ' -> "H";
            default -> String.valueOf(c);
        };
    }
}
