/** Local file layouts and the SQLite metadata store through Jdbi. */
module io.vistazo.storage {
    requires transitive io.vistazo.core;
    requires java.sql;
    requires org.jdbi.v3.core;
    // Jdbi is an automatic module: its named dependencies are not resolved for it, so we require them.
    requires org.slf4j;
    requires io.leangen.geantyref;

    exports io.vistazo.storage;
}
