package io.vistazo.media.video;

import io.vistazo.core.domain.Refusal;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import org.jcodec.codecs.h264.H264Utils;
import org.jcodec.codecs.h264.io.model.SeqParameterSet;
import org.jcodec.codecs.h264.mp4.AvcCBox;
import org.jcodec.common.io.ByteBufferSeekableByteChannel;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.containers.mp4.MP4Util;
import org.jcodec.containers.mp4.boxes.MovieBox;
import org.jcodec.containers.mp4.boxes.NodeBox;
import org.jcodec.containers.mp4.boxes.SampleEntry;
import org.jcodec.containers.mp4.boxes.TrakBox;
import org.jcodec.containers.mp4.boxes.VideoSampleEntry;

/** Reads the first video track of an MP4 or QuickTime file with JCodec's box parser. */
final class IsoProbe {

    private static final long UNKNOWN_32_BIT_DURATION = 0xFFFF_FFFFL;
    private static final Set<String> H264_SAMPLE_ENTRIES = Set.of("avc1", "avc3");

    private IsoProbe() {
    }

    /** @throws Refusal 610 when the file has no readable moov box or no video track */
    static VideoTrack read(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer moov = IsoBoxes.readMoov(channel);
            SampleTableCheck.check(moov);
            // JCodec parses only the checked copy of the moov box, never the rest of the file.
            MovieBox movie = MP4Util.parseMovieChannel(ByteBufferSeekableByteChannel.readFromByteBuffer(moov));
            if (movie == null) {
                throw Refusal.undecodable();
            }
            return describe(movie, firstVideoTrack(movie));
        } catch (Refusal e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // JCodec recurses into nested boxes; a forged nesting must not take down the request thread.
            throw Refusal.undecodable();
        }
    }

    private static TrakBox firstVideoTrack(MovieBox movie) {
        for (TrakBox track : movie.getTracks()) {
            if (track.isVideo() && track.getTrackHeader() != null && track.getSampleEntries().length > 0) {
                return track;
            }
        }
        throw Refusal.undecodable();
    }

    private static VideoTrack describe(MovieBox movie, TrakBox track) {
        SampleEntry entry = track.getSampleEntries()[0];
        int width;
        int height;
        if (entry instanceof VideoSampleEntry video) {
            width = video.getWidth();
            height = video.getHeight();
        } else {
            // JCodec knows the sample entries of the codecs it decodes; for others (hvc1, av01) the track header.
            width = Math.round(track.getTrackHeader().getWidth());
            height = Math.round(track.getTrackHeader().getHeight());
        }
        return new VideoTrack(entry.getFourcc(), width, height, duration(movie, track),
                rotation(track.getTrackHeader().getMatrix()), h264Pixels(entry));
    }

    /**
     * Pixels per picture by the SPS in the sample entry's avcC box, for the 8-bit 4:2:0 H.264 JCodec decodes; 0
     * otherwise. The decoder sizes its pictures from the SPS, not from the container.
     */
    private static long h264Pixels(SampleEntry entry) {
        if (!H264_SAMPLE_ENTRIES.contains(entry.getFourcc())) {
            return 0;
        }
        AvcCBox avcC = NodeBox.findFirst(entry, AvcCBox.class, "avcC");
        if (avcC == null || avcC.getSpsList().isEmpty()) {
            return 0;
        }
        SeqParameterSet sps;
        try {
            sps = H264Utils.readSPSFromBufferList(avcC.getSpsList()).get(0);
        } catch (RuntimeException e) {
            return 0;
        }
        if (sps.chromaFormatIdc != ColorSpace.YUV420J || sps.bitDepthLumaMinus8 != 0
                || sps.bitDepthChromaMinus8 != 0) {
            return 0;
        }
        long widthInMbs = sps.picWidthInMbsMinus1 + 1L;
        long heightInMbs = (sps.picHeightInMapUnitsMinus1 + 1L) * (sps.frameMbsOnlyFlag ? 1 : 2);
        return widthInMbs * heightInMbs * 16 * 16;
    }

    /** The track's duration, else its media's, else the movie's, as ffprobe prefers the stream's. */
    private static double duration(MovieBox movie, TrakBox track) {
        double seconds = seconds(track.getDuration(), movie.getTimescale());
        if (seconds <= 0) {
            seconds = seconds(track.getMediaDuration(), track.getTimescale());
        }
        if (seconds <= 0) {
            seconds = seconds(movie.getDuration(), movie.getTimescale());
        }
        return seconds;
    }

    private static double seconds(long units, long timescale) {
        if (timescale <= 0 || units <= 0 || units == UNKNOWN_32_BIT_DURATION) {
            return 0;
        }
        return (double) units / timescale;
    }

    /**
     * Clockwise degrees from the track header's display matrix {@code {a, b, u, c, d, v, x, y, w}}, which maps
     * (x, y) to (a·x + c·y, b·x + d·y). Only the signs of a, b, c and d matter for quarter turns.
     */
    static int rotation(int[] matrix) {
        if (matrix == null || matrix.length < 5) {
            return 0;
        }
        int a = Integer.signum(matrix[0]);
        int b = Integer.signum(matrix[1]);
        int c = Integer.signum(matrix[3]);
        int d = Integer.signum(matrix[4]);
        if (a == 0 && d == 0 && b == 1 && c == -1) {
            return 90;
        } else if (a == -1 && d == -1 && b == 0 && c == 0) {
            return 180;
        } else if (a == 0 && d == 0 && b == -1 && c == 1) {
            return 270;
        }
        return 0;
    }
}
