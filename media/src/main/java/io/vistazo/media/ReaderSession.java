package io.vistazo.media;

import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.Refusal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An ImageIO reader attached to one file, chosen by the sniffed format rather than by ImageIO's own guess.
 * Everything the reader does goes through {@link #read}, so bad bytes always surface as error 610.
 */
final class ReaderSession implements AutoCloseable {

    /** A call on the reader that may fail because of the file's content. */
    @FunctionalInterface
    interface ReaderCall<T> {
        T call(ImageReader reader) throws IOException;
    }

    private final ImageReader reader;
    private final ImageInputStream stream;

    private ReaderSession(ImageReader reader, ImageInputStream stream) {
        this.reader = reader;
        this.stream = stream;
    }

    /** @throws Refusal 613 when no installed ImageIO plugin reads {@code format} (AVIF, say) */
    static ReaderSession open(Path file, MediaFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.extension());
        if (!readers.hasNext()) {
            throw Refusal.unavailableFormat();
        }
        ImageReader reader = readers.next();
        ImageInputStream stream = null;
        try {
            stream = ImageIO.createImageInputStream(file.toFile());
            if (stream == null) {
                throw new IllegalStateException("no ImageInputStream for " + file);
            }
            // GIF frame positions live in the metadata; every other format can skip it.
            reader.setInput(stream, true, format != MediaFormat.GIF);
            return new ReaderSession(reader, stream);
        } catch (IOException e) {
            release(reader, stream);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            release(reader, stream);
            throw e;
        }
    }

    ImageReader reader() {
        return reader;
    }

    /** Runs {@code call}; a failure caused by the bytes (not an {@link Refusal}) becomes error 610. */
    <T> T read(ReaderCall<T> call) {
        try {
            return call.call(reader);
        } catch (Refusal e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Readers signal bad input with IIOException, but also with EOFException, IndexOutOfBounds,
            // IllegalArgumentException and friends; none of them is our fault.
            throw Refusal.undecodable();
        }
    }

    @Override
    public void close() {
        release(reader, stream);
    }

    private static void release(ImageReader reader, ImageInputStream stream) {
        try {
            reader.dispose();
        } finally {
            closeQuietly(stream);
        }
    }

    private static void closeQuietly(ImageInputStream stream) {
        if (stream == null) {
            return;
        }
        try {
            stream.close();
        } catch (IOException ignored) {
            // Only read from; nothing is lost.
        }
    }
}
