package io.vistazo.app;

import io.vistazo.app.chevereto.CheveretoDatabase;
import io.vistazo.app.chevereto.CheveretoImport;
import io.vistazo.app.chevereto.CheveretoSecrets;
import io.vistazo.app.chevereto.CheveretoVersion;
import io.vistazo.app.chevereto.FileTarget;
import io.vistazo.app.chevereto.ImportReport;
import io.vistazo.core.service.StoreCheck;
import io.vistazo.http.fetch.FetchPolicy;
import io.vistazo.http.fetch.JettyRemoteFetcher;
import io.vistazo.storage.ImportedRows;
import io.vistazo.storage.Secret;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code vistazo import chevereto --from JDBC_URL --user U --password-file F [--prefix chv_] --files DIR [--link]
 * [--encryption-key-file F] [--fetch-external] [--dry-run] [--resume]}: moves a Chevereto site into this fresh one (see
 * {@link CheveretoImport}), renders the derivatives the old site lacked, writes the settings the server needs to
 * {@code chevereto.properties} and the report to {@code chevereto-import.json}, both in the data folder.
 */
final class ImportCheveretoCommand {

    /** The flags of this command beyond the settings. */
    static final Set<String> OPTIONS = Set.of("from", "user", "password-file", "prefix", "files", "link",
            "fetch-external", "dry-run", "resume", "encryption-key-file");

    static final String REPORT_FILE = "chevereto-import.json";
    static final String SETTINGS_FILE = "chevereto.properties";

    private ImportCheveretoCommand() {
    }

    /** @return 0 when the import ran to its end (skipped rows are in the report) */
    static int run(Settings settings, PrintStream out) {
        String from = settings.get("from").orElseThrow(() -> new IllegalArgumentException(
                "import chevereto needs --from jdbc:mariadb://host:3306/chevereto (and --files, --user, "
                        + "--password-file)"));
        Path files = settings.get("files").map(Path::of).map(Path::toAbsolutePath).orElseThrow(() ->
                new IllegalArgumentException("import chevereto needs --files: the old site's images/ folder"));
        if (!Files.isDirectory(files)) {
            throw new IllegalArgumentException("--files " + files + " is not a folder");
        }
        boolean dryRun = flag(settings, "dry-run");
        VistazoConfig config = VistazoConfig.from(settings);
        CheveretoImport.Options options = new CheveretoImport.Options(files, flag(settings, "link"), dryRun,
                flag(settings, "resume"), flag(settings, "fetch-external"), config.tempDir().resolve("import"),
                settings.get("encryption-key-file").map(Path::of).map(CheveretoSecrets::fromKeyFile)
                        .orElse(CheveretoSecrets.NONE));
        String password = settings.get("password-file").map(DatabaseSetup::readPasswordFile)
                .map(Secret::reveal).orElse(null);
        PrintStream progress = System.console() != null && out == System.out ? out : null;
        try (CheveretoDatabase source = CheveretoDatabase.open(from, settings.get("user").orElse(null), password,
                settings.get("prefix", "chv_"))) {
            CheveretoVersion.detect(source);
            ImportReport report = dryRun
                    ? new CheveretoImport(source, null, null, null, options, Clock.systemUTC(), progress).run()
                    : importInto(config, source, options, progress);
            report.summary().forEach(out::println);
            if (!dryRun) {
                save(config, report, out);
            }
            return 0;
        }
    }

    private static ImportReport importInto(VistazoConfig config, CheveretoDatabase source,
                                           CheveretoImport.Options options, PrintStream progress) {
        if (options.link() && config.storage().isS3()) {
            throw new IllegalArgumentException("--link needs local storage (storage=local)");
        }
        try (Wiring wiring = Wiring.openForCommand(config);
             JettyRemoteFetcher fetcher = options.fetchExternal()
                     ? new JettyRemoteFetcher(FetchPolicy.defaults(Set.of()).withAllowList(config.urlUploadAllow()))
                     : null) {
            FileTarget files = config.storage().isS3() ? FileTarget.store(wiring.files(), options.workDir())
                    : FileTarget.folder(config.imagesDir());
            ImportReport report = new CheveretoImport(source, ImportedRows.into(wiring.database()), files, fetcher,
                    options, Clock.systemUTC(), progress).run();
            if (report.imported("derivatives to render") > 0) {
                StoreCheck.Report check = wiring.storeCheck().run(true);
                report.rendered(check.missingDerivatives().size());
            }
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void save(VistazoConfig config, ImportReport report, PrintStream out) {
        Path reportFile = config.dataDir().resolve(REPORT_FILE);
        report.save(reportFile);
        out.println("The report is in " + reportFile);
        if (report.settings().isEmpty()) {
            return;
        }
        Path settingsFile = config.dataDir().resolve(SETTINGS_FILE);
        String lines = report.settings().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(setting -> setting.getKey() + "=" + setting.getValue())
                .collect(Collectors.joining("\n", "# The old Chevereto site's settings (import chevereto)\n", "\n"));
        try {
            Files.writeString(settingsFile, lines);
            settingsFile.toFile().setReadable(false, false);
            settingsFile.toFile().setReadable(true, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + settingsFile, e);
        }
        out.println("Start Vistazo with --config " + settingsFile + " (or copy its lines into your config file): "
                + String.join(", ", report.settings().keySet()));
    }

    private static boolean flag(Settings settings, String name) {
        return settings.get(name).map(Boolean::parseBoolean).orElse(false);
    }
}
