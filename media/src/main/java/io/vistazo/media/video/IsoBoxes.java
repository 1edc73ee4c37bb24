package io.vistazo.media.video;

import io.vistazo.core.domain.Refusal;
import io.vistazo.media.iso.TopLevelBoxes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** The moov box of an ISO base media file (MP4, QuickTime), found among the top-level boxes. */
final class IsoBoxes {

    /** An hour of 60 fps video with audio needs under 10 MB of sample tables. */
    static final long MAX_MOOV_BYTES = 16L << 20;
    private static final int HEADER = 8;

    private IsoBoxes() {
    }

    /** The whole moov box, header included, as a buffer positioned at its start. */
    static ByteBuffer readMoov(FileChannel channel) throws IOException {
        long fileSize = channel.size();
        long position = 0;
        for (int i = 0; i < TopLevelBoxes.MAX_BOXES && position + HEADER <= fileSize; i++) {
            TopLevelBoxes.Box box = TopLevelBoxes.at(channel, position, fileSize);
            if (box.type().equals("moov")) {
                return TopLevelBoxes.load(channel, box, fileSize, MAX_MOOV_BYTES);
            }
            position = box.end();
        }
        throw Refusal.undecodable();
    }
}
