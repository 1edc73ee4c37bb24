/** File layouts and SQLite repositories. */
package io.vistazo.storage;
