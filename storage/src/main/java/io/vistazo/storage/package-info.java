/**
 * The storage adapters: {@link io.vistazo.storage.Database} (SQLite or PostgreSQL through Jdbi; migrations, the
 * {@code Sql*} repositories of the outbound ports) and the blob stores ({@link io.vistazo.storage.LocalBlobStore},
 * {@link io.vistazo.storage.S3BlobStore}, {@link io.vistazo.storage.CachedBlobStore}). Repositories store and
 * read; the rules about who may do what stay in {@code core}. See {@code docs/ARCHITECTURE.md}.
 */
package io.vistazo.storage;
