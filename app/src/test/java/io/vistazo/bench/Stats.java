package io.vistazo.bench;

import java.util.Arrays;
import java.util.Locale;

/** Throughput and latency percentiles of one phase. */
record Stats(int ok, int errors, double seconds, long[] latenciesMicros) {

    double perSecond() {
        return ok / seconds;
    }

    double percentileMillis(double p) {
        if (latenciesMicros.length == 0) {
            return 0;
        }
        long[] sorted = latenciesMicros.clone();
        Arrays.sort(sorted);
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1000.0;
    }

    String line(String label) {
        return String.format(Locale.ROOT, "%-22s %9.1f req/s  p50 %7.2f ms  p99 %7.2f ms  errors %d", label,
                perSecond(), percentileMillis(50), percentileMillis(99), errors);
    }
}
