/**
 * File layouts and SQLite repositories: {@link io.vistazo.storage.Database} opens the database, applies its
 * migrations and hands out the repository ports; {@link io.vistazo.storage.LocalBlobStore} keeps the files.
 */
package io.vistazo.storage;
