package io.vistazo.media.video;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Builds minimal WebM files element by element, to feed the EBML reader values no encoder would write. */
final class WebmBuilder {

    private WebmBuilder() {
    }

    /** EBML header, then a Segment with Info (1 ms ticks, {@code durationMillis}) and one VP9 video track. */
    static byte[] video(int width, int height, double durationMillis) {
        byte[] header = element(0x1A45DFA3, element(0x4282, "webm".getBytes(StandardCharsets.US_ASCII)));
        byte[] info = element(0x1549A966, element(0x2AD7B1, unsigned(1_000_000)),
                element(0x4489, ByteBuffer.allocate(8).putDouble(durationMillis).array()));
        byte[] track = element(0xAE, element(0xD7, unsigned(1)), element(0x83, unsigned(1)),
                element(0x86, "V_VP9".getBytes(StandardCharsets.US_ASCII)),
                element(0xE0, element(0xB0, unsigned(width)), element(0xBA, unsigned(height))));
        byte[] segment = element(0x18538067, info, element(0x1654AE6B, track));
        return concat(header, segment);
    }

    /** An element with an 8-byte size field, whatever its length. */
    static byte[] element(int id, byte[]... children) {
        byte[] data = concat(children);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] idBytes = ByteBuffer.allocate(4).putInt(id).array();
        int skip = 0;
        while (idBytes[skip] == 0) {
            skip++;
        }
        out.write(idBytes, skip, 4 - skip);
        out.write(0x01);
        out.writeBytes(Arrays.copyOfRange(ByteBuffer.allocate(8).putLong(data.length).array(), 1, 8));
        out.writeBytes(data);
        return out.toByteArray();
    }

    static byte[] unsigned(long value) {
        return ByteBuffer.allocate(8).putLong(value).array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
