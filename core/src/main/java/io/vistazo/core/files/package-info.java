/** Small file-system helpers the modules share, such as {@link io.vistazo.core.files.Folders}. */
package io.vistazo.core.files;
