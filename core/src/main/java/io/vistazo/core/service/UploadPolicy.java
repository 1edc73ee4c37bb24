package io.vistazo.core.service;

import io.vistazo.core.domain.DerivativeSizes;
import io.vistazo.core.domain.FileNaming;
import io.vistazo.core.domain.MediaKind;
import io.vistazo.core.domain.StorageMode;
import io.vistazo.core.domain.UrlUploads;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The operator's upload settings.
 *
 * @param maxUploadBytes largest accepted image
 * @param maxVideoBytes largest accepted video; sources are staged up to the larger of the two limits and held to
 *                      their own once their type is known
 * @param zone the site time zone: {@code date} and date folders follow it
 * @param urlUploads who may upload by URL
 * @param workDir where sources and renditions are staged before they are stored
 */
public record UploadPolicy(
        long maxUploadBytes,
        long maxVideoBytes,
        StorageMode storageMode,
        FileNaming fileNaming,
        ZoneId zone,
        DerivativeSizes derivativeSizes,
        UrlUploads urlUploads,
        Path workDir) {

    public UploadPolicy {
        Objects.requireNonNull(storageMode, "storageMode");
        Objects.requireNonNull(fileNaming, "fileNaming");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(derivativeSizes, "derivativeSizes");
        Objects.requireNonNull(urlUploads, "urlUploads");
        Objects.requireNonNull(workDir, "workDir");
    }

    /** The largest source worth staging, before its type is known. */
    public long maxSourceBytes() {
        return Math.max(maxUploadBytes, maxVideoBytes);
    }

    /** The limit for a source of this kind. */
    public long maxBytesFor(MediaKind kind) {
        return kind == MediaKind.VIDEO ? maxVideoBytes : maxUploadBytes;
    }
}
