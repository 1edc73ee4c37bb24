package io.vistazo.app.chevereto;

/**
 * Which Chevereto wrote the database, told from its data and tables as Chevereto itself does: the
 * {@code variables} row (4.2+) before the {@code settings} row, which a 4.2 upgrade leaves behind stale.
 *
 * @param installed the version string, e.g. {@code 4.2.0}, {@code 3.20.4} or {@code 1.6.2} (Chevereto Free)
 */
public record CheveretoVersion(String installed, Generation generation) {

    /** The schema families the importer reads differently. */
    public enum Generation {
        /** Chevereto Free 1.x: V3's schema, a site-wide API key. */
        FREE,
        /** Paid V3.x. */
        V3,
        /** 4.0 and 4.1: per-user keys and passwords in their own tables, codec settings in {@code settings}. */
        V4_0,
        /** 4.2 and later: {@code variables}, tags. */
        V4_2;

        public boolean isV4() {
            return this == V4_0 || this == V4_2;
        }
    }

    /** @throws IllegalArgumentException for a 2.x database, or one that is no Chevereto database */
    public static CheveretoVersion detect(CheveretoDatabase database) {
        if (database.hasTable("info")) {
            throw new IllegalArgumentException("this is a Chevereto 2.x database (it has the table "
                    + database.table("info") + "): upgrade it to Chevereto 3 or 4 first, then import that");
        }
        String installed = database.setting("chevereto_version_installed").orElseThrow(() ->
                new IllegalArgumentException("no Chevereto site under the prefix '" + database.table("")
                        + "': no chevereto_version_installed in " + database.table("settings")
                        + " (see --prefix)"));
        return new CheveretoVersion(installed, generationOf(installed, database));
    }

    private static Generation generationOf(String installed, CheveretoDatabase database) {
        if (installed.startsWith("4.")) {
            return database.hasTable("variables") || database.hasTable("tags") ? Generation.V4_2 : Generation.V4_0;
        }
        if (installed.startsWith("3.")) {
            return Generation.V3;
        }
        if (installed.startsWith("1.")) {
            return Generation.FREE;
        }
        throw new IllegalArgumentException("Chevereto " + installed + " is not one the importer knows "
                + "(Free 1.x, 3.x and 4.x are)");
    }
}
