package io.vistazo.app.chevereto;

import java.util.Optional;

/**
 * Where Chevereto put an image's files, as a key under its upload folder ({@code images/} by default), which is
 * also the file's key in Vistazo, so {@code /images/<key>} answers as before: {@code datefolder} files under
 * {@code Y/m/d/} of the row's site-local date, {@code direct} ones at the top, {@code old} ones under
 * {@code old/}, and {@code path} ones in their own folder when it lies inside the upload folder.
 */
final class LegacyPaths {

    private LegacyPaths() {
    }

    /**
     * @param date {@code image_date}, {@code yyyy-MM-dd HH:mm:ss} in the site's zone
     * @param path {@code image_path}, an absolute folder (only read for {@code path})
     * @param uploadFolder the setting {@code upload_image_path}, e.g. {@code images}
     * @return the folder as a key prefix ({@code ""} or ending in '/'), empty when the files lie outside the
     *         upload folder
     */
    static Optional<String> folder(String mode, String date, String path, String uploadFolder) {
        return switch (mode == null ? "datefolder" : mode) {
            case "direct" -> Optional.of("");
            case "old" -> Optional.of("old/");
            case "path" -> insideUploadFolder(path, uploadFolder);
            default -> Optional.of(date.substring(0, 4) + "/" + date.substring(5, 7) + "/" + date.substring(8, 10)
                    + "/");
        };
    }

    private static Optional<String> insideUploadFolder(String path, String uploadFolder) {
        if (path == null) {
            return Optional.empty();
        }
        String folder = path.endsWith("/") ? path : path + "/";
        String marker = "/" + trimSlashes(uploadFolder) + "/";
        int at = folder.lastIndexOf(marker);
        if (at < 0) {
            return Optional.empty();
        }
        String rest = folder.substring(at + marker.length());
        return rest.contains("..") ? Optional.empty() : Optional.of(rest);
    }

    static String trimSlashes(String folder) {
        String trimmed = folder.strip();
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
