package io.vistazo.media;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Optional;

/**
 * Edits the TIFF structure inside an EXIF block in place, without re-encoding anything: reads the orientation,
 * removes the GPS IFD (pointer and content, so no coordinate survives in the bytes) and resets the orientation.
 * Every offset is checked; a block that does not parse is reported so the caller can drop it whole.
 */
final class ExifTiff {

    private static final int TAG_ORIENTATION = 0x0112;
    private static final int TAG_GPS_IFD = 0x8825;
    private static final int ENTRY_SIZE = 12;
    private static final int TYPE_SHORT = 3;
    /** Bytes per value of TIFF field types 1 to 13; index 0 is unused. */
    private static final int[] TYPE_SIZES = {0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4};

    /** The TIFF structure could not be followed. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    private final byte[] bytes;
    private final ByteBuffer buffer;

    /** Works on a copy of {@code tiff}. */
    ExifTiff(byte[] tiff) throws Malformed {
        this.bytes = tiff.clone();
        if (bytes.length < 8) {
            throw new Malformed("too short");
        }
        ByteOrder order;
        if (bytes[0] == 'I' && bytes[1] == 'I') {
            order = ByteOrder.LITTLE_ENDIAN;
        } else if (bytes[0] == 'M' && bytes[1] == 'M') {
            order = ByteOrder.BIG_ENDIAN;
        } else {
            throw new Malformed("no byte order");
        }
        this.buffer = ByteBuffer.wrap(bytes).order(order);
        if (unsignedShort(2) != 42) {
            throw new Malformed("not TIFF");
        }
        requireIfd(firstIfd());
    }

    byte[] bytes() {
        return bytes.clone();
    }

    /** The Orientation tag of IFD0 (1 to 8), if present and valid. */
    Optional<Orientation> orientation() throws Malformed {
        int entry = findEntry(firstIfd(), TAG_ORIENTATION);
        if (entry < 0 || unsignedShort(entry + 2) != TYPE_SHORT) {
            return Optional.empty();
        }
        return Orientation.of(unsignedShort(entry + 8));
    }

    boolean hasGps() throws Malformed {
        return findEntry(firstIfd(), TAG_GPS_IFD) >= 0;
    }

    /** Zeroes the GPS IFD with the values it points at, and removes its pointer from IFD0. */
    void removeGps() throws Malformed {
        int ifd0 = firstIfd();
        int pointer = findEntry(ifd0, TAG_GPS_IFD);
        if (pointer < 0) {
            return;
        }
        long gpsOffset = unsignedInt(pointer + 8);
        if (gpsOffset < bytes.length) {
            zeroIfd((int) gpsOffset);
        }
        removeEntry(ifd0, pointer);
    }

    /**
     * Sets the orientation to 1 (the pixels were turned upright) and unlinks IFD1, whose thumbnail still has the
     * old orientation.
     */
    void resetOrientation() throws Malformed {
        int ifd0 = firstIfd();
        int entry = findEntry(ifd0, TAG_ORIENTATION);
        if (entry >= 0 && unsignedShort(entry + 2) == TYPE_SHORT) {
            buffer.putShort(entry + 8, (short) 1);
        }
        buffer.putInt(nextIfdPointer(ifd0), 0);
    }

    /**
     * A TIFF structure with nothing but {@code orientation} in IFD0: what {@code strip-all} leaves of the EXIF
     * block of a file whose pixels are stored turned, so viewers still show it upright.
     */
    static byte[] orientationOnly(Orientation orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + ENTRY_SIZE + 4).order(ByteOrder.BIG_ENDIAN);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) TAG_ORIENTATION).putShort((short) TYPE_SHORT).putInt(1)
                .putShort((short) orientation.exifValue()).putShort((short) 0);
        tiff.putInt(0);
        return tiff.array();
    }

    private int firstIfd() throws Malformed {
        long offset = unsignedInt(4);
        if (offset < 8 || offset > bytes.length - 2) {
            throw new Malformed("IFD0 out of bounds");
        }
        return (int) offset;
    }

    private int entryCount(int ifd) throws Malformed {
        requireIfd(ifd);
        return unsignedShort(ifd);
    }

    private void requireIfd(int ifd) throws Malformed {
        if (ifd < 0 || ifd + 2 > bytes.length) {
            throw new Malformed("IFD out of bounds");
        }
        long end = ifd + 2L + (long) unsignedShort(ifd) * ENTRY_SIZE + 4;
        if (end > bytes.length) {
            throw new Malformed("IFD entries out of bounds");
        }
    }

    private int nextIfdPointer(int ifd) throws Malformed {
        return ifd + 2 + entryCount(ifd) * ENTRY_SIZE;
    }

    /** The position of the entry for {@code tag} in {@code ifd}, or -1. */
    private int findEntry(int ifd, int tag) throws Malformed {
        int count = entryCount(ifd);
        for (int i = 0; i < count; i++) {
            int entry = ifd + 2 + i * ENTRY_SIZE;
            if (unsignedShort(entry) == tag) {
                return entry;
            }
        }
        return -1;
    }

    private void zeroIfd(int ifd) throws Malformed {
        int count = entryCount(ifd);
        for (int i = 0; i < count; i++) {
            int entry = ifd + 2 + i * ENTRY_SIZE;
            long size = valueSize(entry);
            if (size > 4) {
                long offset = unsignedInt(entry + 8);
                zero(offset, offset + size);
            }
        }
        zero(ifd, ifd + 2L + (long) count * ENTRY_SIZE + 4);
    }

    private long valueSize(int entry) {
        int type = unsignedShort(entry + 2);
        int typeSize = type < TYPE_SIZES.length ? TYPE_SIZES[type] : 1;
        return typeSize * unsignedInt(entry + 4);
    }

    /** Shifts the later entries and the next-IFD pointer down over {@code entry}; the freed 12 bytes are zeroed. */
    private void removeEntry(int ifd, int entry) throws Malformed {
        int end = nextIfdPointer(ifd) + 4;
        System.arraycopy(bytes, entry + ENTRY_SIZE, bytes, entry, end - entry - ENTRY_SIZE);
        Arrays.fill(bytes, end - ENTRY_SIZE, end, (byte) 0);
        buffer.putShort(ifd, (short) (unsignedShort(ifd) - 1));
    }

    private void zero(long from, long to) {
        int start = (int) Math.max(0, Math.min(from, bytes.length));
        int end = (int) Math.max(start, Math.min(to, bytes.length));
        Arrays.fill(bytes, start, end, (byte) 0);
    }

    private int unsignedShort(int at) {
        return Short.toUnsignedInt(buffer.getShort(at));
    }

    private long unsignedInt(int at) {
        return Integer.toUnsignedLong(buffer.getInt(at));
    }
}
