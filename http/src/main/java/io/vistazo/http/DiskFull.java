package io.vistazo.http;

/** Recognises a failure caused by a full disk, whether the file system or SQLite reports it. */
final class DiskFull {

    private DiskFull() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && (message.contains("No space left on device") || message.contains("SQLITE_FULL")
                    || message.contains("database or disk is full"))) {
                return true;
            }
        }
        return false;
    }
}
