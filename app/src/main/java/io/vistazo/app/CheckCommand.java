package io.vistazo.app;

import io.vistazo.core.domain.Media;
import io.vistazo.core.service.StoreCheck;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** {@code vistazo check [--repair]}: compares rows with files and, when asked, fixes what does not match. */
final class CheckCommand {

    /** The flag {@code check} reads besides the settings. */
    static final Set<String> OPTIONS = Set.of("repair");

    private CheckCommand() {
    }

    /** @return 0 when everything matches (or was repaired), 1 when problems remain */
    static int run(Settings settings, PrintStream out) {
        boolean repair = settings.get("repair").isPresent();
        try (Wiring wiring = Wiring.openForCommand(VistazoConfig.from(settings))) {
            wiring.join();
            if (repair) {
                int interrupted = wiring.recoverAbandonedUploads();
                if (interrupted > 0) {
                    out.println("interrupted uploads of nodes that are gone (removed): " + interrupted);
                }
            }
            StoreCheck.Report report = wiring.storeCheck().run(repair);
            print(report, out);
            return report.clean() || repair ? 0 : 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void print(StoreCheck.Report report, PrintStream out) {
        String done = report.repaired() ? "removed" : "found";
        for (String orphan : report.orphanFiles()) {
            out.println("orphan file (" + done + "): " + orphan);
        }
        for (Media row : report.rowsWithoutFile()) {
            out.println("row without its file (" + (report.repaired() ? "deleted" : "found") + "): id " + row.id()
                    + ", " + row.storageKey());
        }
        for (String key : report.missingDerivatives()) {
            out.println("missing derivative (" + (report.repaired() ? "rendered again" : "found") + "): " + key);
        }
        if (report.clean()) {
            out.println("check: every row has its files and every file belongs to a row");
        } else if (!report.repaired()) {
            out.println("check: problems found; run again with --repair to fix them");
        }
    }
}
