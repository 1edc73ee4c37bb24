package io.vistazo.core.service;

import io.vistazo.core.domain.FileNaming;
import io.vistazo.core.domain.StorageMode;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The operator's upload settings.
 *
 * @param maxUploadBytes largest accepted file
 * @param zone the site time zone: {@code date} and date folders follow it
 * @param urlUploads who may upload by URL
 * @param workDir where sources and renditions are staged before they are stored
 */
public record UploadPolicy(
        long maxUploadBytes,
        StorageMode storageMode,
        FileNaming fileNaming,
        ZoneId zone,
        int thumbWidth,
        int thumbHeight,
        int mediumWidth,
        UrlUploads urlUploads,
        Path workDir) {

    public UploadPolicy {
        Objects.requireNonNull(storageMode, "storageMode");
        Objects.requireNonNull(fileNaming, "fileNaming");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(urlUploads, "urlUploads");
        Objects.requireNonNull(workDir, "workDir");
    }

    /** Who may upload by URL. */
    public enum UrlUploads {
        OFF,
        ADMIN,
        USERS
    }
}
