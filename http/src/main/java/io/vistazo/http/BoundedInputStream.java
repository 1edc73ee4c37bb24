package io.vistazo.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails with {@link BodyTooLargeException} as soon as more than {@code limit} bytes have been read. */
final class BoundedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    BoundedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws BodyTooLargeException {
        count += n;
        if (count > limit) {
            throw new BodyTooLargeException();
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
