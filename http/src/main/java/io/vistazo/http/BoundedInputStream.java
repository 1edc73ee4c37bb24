package io.vistazo.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fails with {@link BodyTooLargeException} as soon as more than {@code limit} bytes have been read, and with
 * {@link BodyTimeoutException} once the deadline has passed, so a client trickling bytes cannot hold a worker. A
 * body the client stopped sending (it hung up) fails with {@link BodyBrokenException}: the client's doing, not
 * ours.
 */
final class BoundedInputStream extends FilterInputStream {

    private final long limit;
    private final long deadlineNanos;
    private long count;

    BoundedInputStream(InputStream in, long limit, long deadlineNanos) {
        super(in);
        this.limit = limit;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public int read() throws IOException {
        int b = readOrBroken(() -> super.read());
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = readOrBroken(() -> super.read(buffer, offset, length));
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private interface Read {
        int run() throws IOException;
    }

    private static int readOrBroken(Read read) throws IOException {
        try {
            return read.run();
        } catch (IOException e) {
            throw new BodyBrokenException(e);
        }
    }

    private void count(int n) throws IOException {
        count += n;
        if (count > limit) {
            throw new BodyTooLargeException();
        }
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new BodyTimeoutException();
        }
    }

    /** The request body did not arrive in time. */
    static final class BodyTimeoutException extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTimeoutException() {
            super("request body too slow", null);
        }
    }

    /** The connection failed or ended before the whole body arrived. */
    static final class BodyBrokenException extends IOException {
        private static final long serialVersionUID = 1L;

        BodyBrokenException(IOException cause) {
            super("request body broken off: " + cause.getMessage(), cause);
        }
    }

    /** The request body exceeded its limit. */
    static final class BodyTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLargeException() {
            super("request body too large", null);
        }
    }
}
