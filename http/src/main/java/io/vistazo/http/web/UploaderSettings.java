package io.vistazo.http.web;

import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.UrlUploads;
import java.util.List;
import java.util.Objects;

/**
 * The operator's settings the web uploader follows.
 *
 * @param guestUploads whether visitors who are not signed in may upload from the web uploader, as the guest
 * @param threads how many files the page sends at once
 * @param urlUploads who may upload by URL (the page offers its "file URLs" dialog to them only)
 * @param formats the formats the server stores; the page accepts only these
 */
public record UploaderSettings(boolean guestUploads, int threads, UrlUploads urlUploads, List<MediaFormat> formats) {

    public UploaderSettings {
        Objects.requireNonNull(urlUploads, "urlUploads");
        formats = List.copyOf(formats);
        if (threads < 1) {
            throw new IllegalArgumentException("upload-threads must be at least 1, not " + threads);
        }
    }
}
