package io.vistazo.media.video;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import org.jcodec.api.FrameGrab;
import org.jcodec.api.JCodecException;
import org.jcodec.api.PictureWithMetadata;
import org.jcodec.common.io.FileChannelWrapper;
import org.jcodec.common.io.NIOUtils;

/**
 * Decodes an H.264 frame with JCodec, one picture at a time from the keyframe before the target, so memory stays at
 * a few pictures and the work can be interrupted between pictures.
 */
final class JcodecFrames {

    /** Larger pictures (beyond 4K UHD) are left to ffmpeg, a separate process, or the poster. */
    static final long MAX_PIXELS = 3840L * 2160;
    /** Pictures come out in decoding order; with B-frames the one shown at the target may follow a later one. */
    private static final int REORDER_WINDOW = 16;
    private static final double TOLERANCE_SECONDS = 0.001;

    private JcodecFrames() {
    }

    static boolean canDecode(VideoTrack track) {
        return track.h264Pixels() > 0 && track.h264Pixels() <= MAX_PIXELS;
    }

    /**
     * The picture shown at {@code second} (or the first after it), turned as the player shows it.
     *
     * @param deadline a {@link System#nanoTime()} after which decoding stops with a {@link TimeoutException}
     */
    static BufferedImage grab(Path file, VideoTrack track, double second, long deadline)
            throws IOException, JCodecException, InterruptedException, TimeoutException {
        try (FileChannelWrapper channel = NIOUtils.readableChannel(file.toFile())) {
            FrameGrab grab = FrameGrab.createFrameGrab(channel);
            grab.seekToSecondSloppy(second);
            BufferedImage best = null;
            double bestTime = Double.MAX_VALUE;
            int afterFirstCandidate = 0;
            while (afterFirstCandidate <= REORDER_WINDOW) {
                if (Thread.interrupted()) {
                    throw new InterruptedException("frame extraction cancelled");
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new TimeoutException("JCodec ran out of time at " + second + " s");
                }
                PictureWithMetadata decoded = grab.getNativeFrameWithMetadata();
                if (decoded == null) {
                    break;
                }
                double time = decoded.getTimestamp();
                if (time < second - TOLERANCE_SECONDS) {
                    continue;
                }
                if (time < bestTime) {
                    // JCodec reuses the picture's buffers for the next one: convert now.
                    best = Pictures.toImage(decoded.getPicture());
                    bestTime = time;
                }
                if (Math.abs(time - second) <= TOLERANCE_SECONDS) {
                    break;
                }
                afterFirstCandidate++;
            }
            if (best == null) {
                throw new IOException("no picture at or after " + second + " s");
            }
            return Pictures.rotate(best, track.rotation());
        }
    }
}
