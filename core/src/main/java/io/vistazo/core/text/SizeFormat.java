package io.vistazo.core.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Chevereto's {@code format_bytes}: decimal units, one decimal, no trailing {@code .0}. */
public final class SizeFormat {

    private static final long BASE = 1000;
    private static final List<String> UNITS = List.of("KB", "MB", "GB", "TB", "PB", "EB");

    private SizeFormat() {
    }

    /** 999 → {@code "999 B"}, 1050 → {@code "1.1 KB"}, 3011299 → {@code "3 MB"}. */
    public static String format(long bytes) {
        if (bytes < BASE) {
            return bytes + " B";
        }
        int unit = 0;
        long divisor = BASE;
        while (unit < UNITS.size() - 1 && bytes / divisor >= BASE) {
            unit++;
            divisor *= BASE;
        }
        // Exact decimal arithmetic rounds 1150 B to 1.2 KB like PHP's round(), where 1.15 * 10 in doubles would not.
        BigDecimal value = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(divisor))
                .setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return value.toPlainString() + " " + UNITS.get(unit);
    }
}
