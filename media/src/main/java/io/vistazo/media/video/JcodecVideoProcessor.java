package io.vistazo.media.video;

import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.port.out.VideoProcessor;
import io.vistazo.core.text.Durations;
import io.vistazo.core.text.SizeFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@link VideoProcessor} built on JCodec's core jar: MP4 and QuickTime are measured with its box parser and
 * H.264 frames decoded with it; WebM is measured by a small EBML reader. Streams JCodec cannot decode go to ffmpeg
 * when it is installed, else get a generated poster. Frames are extracted on a small pool of their own, within a
 * time limit, so a hostile file costs at most that time of one pool thread.
 */
public final class JcodecVideoProcessor implements VideoProcessor, AutoCloseable {

    /** Larger sides are refused before anything is decoded. */
    public static final int MAX_SIDE = 8192;
    private static final int FRAME_THREADS = 2;
    private static final int QUEUED_FRAMES = 16;
    /** Two names: an extraction that outlives its time limit must not write over the poster. */
    private static final String FRAME_FILE = "frame.jpeg";
    private static final String POSTER_FILE = "poster.jpeg";

    private final VideoSettings settings;
    private final Ffmpeg ffmpeg;
    private final ThreadPoolExecutor framePool;

    public JcodecVideoProcessor(VideoSettings settings) {
        JcodecLogging.install();
        this.settings = settings;
        this.ffmpeg = new Ffmpeg(settings.ffmpeg());
        this.framePool = framePool();
    }

    @Override
    public VideoProbe probe(Path file, MediaFormat format) {
        if (size(file) > settings.maxBytes()) {
            throw Refusal.tooBig(SizeFormat.format(settings.maxBytes()));
        }
        VideoTrack track = read(file, format);
        if (track.codedWidth() <= 0 || track.codedHeight() <= 0) {
            throw Refusal.undecodable();
        }
        if (track.codedWidth() > MAX_SIDE || track.codedHeight() > MAX_SIDE) {
            throw Refusal.videoTooLarge(track.codedWidth() + "x" + track.codedHeight() + " is more than "
                    + MAX_SIDE + " pixels wide or high");
        }
        if (track.durationSeconds() <= 0) {
            throw Refusal.invalidVideo();
        }
        if (track.durationSeconds() > settings.maxDurationSeconds()) {
            throw Refusal.videoTooLong(Durations.minutesSeconds(settings.maxDurationSeconds()));
        }
        return new VideoProbe(format, track.width(), track.height(), (int) track.durationSeconds());
    }

    private static VideoTrack read(Path file, MediaFormat format) {
        return switch (format) {
            case MP4, MOV -> IsoProbe.read(file);
            case WEBM -> WebmProbe.read(file);
            default -> throw Refusal.undecodable();
        };
    }

    @Override
    public Path frame(Path file, VideoProbe probe, Path workDir) {
        Path target = workDir.resolve(FRAME_FILE);
        int second = probe.durationSeconds() / 4;
        Future<Boolean> extraction;
        try {
            extraction = framePool.submit(() -> extract(file, probe.format(), second, target));
        } catch (RejectedExecutionException e) {
            return poster(probe, workDir);
        }
        try {
            if (extraction.get(settings.frameTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                return target;
            }
        } catch (TimeoutException | ExecutionException e) {
            extraction.cancel(true);
        } catch (InterruptedException e) {
            extraction.cancel(true);
            Thread.currentThread().interrupt();
        }
        return poster(probe, workDir);
    }

    /**
     * JCodec for H.264, else ffmpeg; false when neither wrote a frame. Runs on the frame pool. When ffmpeg is there
     * to take over, JCodec (slow on long groups of pictures at high resolution) gets half of the time limit.
     */
    private boolean extract(Path file, MediaFormat format, int second, Path target) throws Exception {
        long start = System.nanoTime();
        long deadline = start + settings.frameTimeout().toNanos();
        VideoTrack track = read(file, format);
        boolean ffmpegReady = ffmpeg.available();
        if (JcodecFrames.canDecode(track)) {
            long jcodecDeadline = ffmpegReady ? start + settings.frameTimeout().toNanos() / 2 : deadline;
            try {
                JpegFiles.write(JcodecFrames.grab(file, track, second, jcodecDeadline), target);
                return true;
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                // Out of time, or a stream JCodec only half supports: ffmpeg may still read it.
            }
        }
        Duration left = Duration.ofNanos(deadline - System.nanoTime());
        return ffmpegReady && !left.isNegative() && !left.isZero()
                && ffmpeg.frame(file, format, second, target, left);
    }

    private static Path poster(VideoProbe probe, Path workDir) {
        try {
            return JpegFiles.write(Posters.paint(probe.width(), probe.height()), workDir.resolve(POSTER_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw Refusal.invalidFileSource();
        }
    }

    private static ThreadPoolExecutor framePool() {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(FRAME_THREADS, FRAME_THREADS, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUED_FRAMES), runnable -> {
                    Thread thread = new Thread(runnable, "vistazo-video-frame-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Stops the frame pool, interrupting extractions in progress. */
    @Override
    public void close() {
        framePool.shutdownNow();
    }
}
