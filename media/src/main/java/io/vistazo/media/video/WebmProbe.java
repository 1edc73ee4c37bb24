package io.vistazo.media.video;

import io.vistazo.core.domain.Refusal;
import io.vistazo.media.video.EbmlReader.Element;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * Reads a WebM (Matroska) file's first video track and duration: {@code Info/Duration × TimecodeScale}, or, when a
 * streaming writer left Duration out, the last block's timestamp found by walking the clusters.
 */
final class WebmProbe {

    private static final long EBML = 0x1A45DFA3L;
    private static final long DOC_TYPE = 0x4282;
    private static final long SEGMENT = 0x18538067L;
    private static final long INFO = 0x1549A966L;
    private static final long TIMECODE_SCALE = 0x2AD7B1;
    private static final long DURATION = 0x4489;
    private static final long TRACKS = 0x1654AE6BL;
    private static final long TRACK_ENTRY = 0xAE;
    private static final long TRACK_TYPE = 0x83;
    private static final long CODEC_ID = 0x86;
    private static final long DEFAULT_DURATION = 0x23E383;
    private static final long VIDEO = 0xE0;
    private static final long PIXEL_WIDTH = 0xB0;
    private static final long PIXEL_HEIGHT = 0xBA;
    private static final long CLUSTER = 0x1F43B675L;
    private static final long CLUSTER_TIMECODE = 0xE7;
    private static final long SIMPLE_BLOCK = 0xA3;
    private static final long BLOCK_GROUP = 0xA0;
    private static final long BLOCK = 0xA1;
    /** Elements that end an unknown-size cluster: every other child of a Segment. */
    private static final Set<Long> SEGMENT_CHILDREN = Set.of(0x114D9B74L, INFO, TRACKS, CLUSTER, 0x1C53BB6BL,
            0x1941A469L, 0x1043A770L, 0x1254C367L);
    private static final Set<String> DOC_TYPES = Set.of("webm", "matroska");
    private static final int VIDEO_TRACK_TYPE = 1;
    private static final long DEFAULT_TIMECODE_SCALE_NS = 1_000_000;
    private static final long MAX_HEADER_ELEMENT_BYTES = 1 << 20;
    /** Enough for hours of video at 60 fps with audio; a forged file cannot make the walk longer. */
    private static final int MAX_ELEMENTS = 2_000_000;

    private final EbmlReader reader;
    private int elementsRead;
    private long timecodeScale = DEFAULT_TIMECODE_SCALE_NS;
    private double durationTicks;
    private long lastBlockTicks = -1;
    private String codec;
    private int width;
    private int height;
    private long frameNanos;

    private WebmProbe(EbmlReader reader) {
        this.reader = reader;
    }

    /** @throws Refusal 610 when the file is no WebM/Matroska file with a video track */
    static VideoTrack read(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return new WebmProbe(new EbmlReader(channel)).probe();
        } catch (Refusal e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw Refusal.undecodable();
        }
    }

    private VideoTrack probe() throws IOException {
        long fileSize = reader.fileSize();
        Element header = next(0);
        if (header == null || header.id() != EBML || !header.fitsIn(fileSize) || !knownDocType(header)) {
            throw Refusal.undecodable();
        }
        Element segment = next(header.end(fileSize));
        if (segment == null || segment.id() != SEGMENT) {
            throw Refusal.undecodable();
        }
        readSegment(segment.dataStart(), segment.end(fileSize));
        if (codec == null || width <= 0 || height <= 0) {
            throw Refusal.undecodable();
        }
        return new VideoTrack(codec, width, height, durationSeconds(), 0, 0);
    }

    private boolean knownDocType(Element header) throws IOException {
        for (long position = header.dataStart(); position < header.end(reader.fileSize()); ) {
            Element child = next(position);
            if (child == null || child.unknownSize()) {
                return false;
            }
            if (child.id() == DOC_TYPE) {
                return DOC_TYPES.contains(reader.string(child));
            }
            position = child.end(Long.MAX_VALUE);
        }
        return false;
    }

    private void readSegment(long start, long end) throws IOException {
        long position = start;
        while (position < end) {
            Element element = next(position);
            if (element == null) {
                return;
            }
            if (element.id() == CLUSTER) {
                if (durationTicks > 0 && codec != null) {
                    return;
                }
                position = readCluster(element, end);
                continue;
            }
            if (element.unknownSize()) {
                return;
            }
            if (element.id() == INFO) {
                readInfo(requireHeaderElement(element));
            } else if (element.id() == TRACKS) {
                readTracks(requireHeaderElement(element));
            }
            position = element.end(Long.MAX_VALUE);
        }
    }

    private Element requireHeaderElement(Element element) {
        if (!element.fitsIn(reader.fileSize()) || element.dataSize() > MAX_HEADER_ELEMENT_BYTES) {
            throw Refusal.undecodable();
        }
        return element;
    }

    private void readInfo(Element info) throws IOException {
        for (long position = info.dataStart(); position < info.end(Long.MAX_VALUE); ) {
            Element child = requireKnown(next(position));
            if (child.id() == TIMECODE_SCALE) {
                long scale = reader.unsigned(child);
                timecodeScale = scale > 0 ? scale : DEFAULT_TIMECODE_SCALE_NS;
            } else if (child.id() == DURATION) {
                durationTicks = reader.floatValue(child);
            }
            position = child.end(Long.MAX_VALUE);
        }
    }

    private void readTracks(Element tracks) throws IOException {
        for (long position = tracks.dataStart(); position < tracks.end(Long.MAX_VALUE); ) {
            Element entry = requireKnown(next(position));
            if (entry.id() == TRACK_ENTRY && codec == null) {
                readTrackEntry(entry);
            }
            position = entry.end(Long.MAX_VALUE);
        }
    }

    private void readTrackEntry(Element entry) throws IOException {
        long type = 0;
        String entryCodec = null;
        long defaultDuration = 0;
        Element video = null;
        for (long position = entry.dataStart(); position < entry.end(Long.MAX_VALUE); ) {
            Element child = requireKnown(next(position));
            if (child.id() == TRACK_TYPE) {
                type = reader.unsigned(child);
            } else if (child.id() == CODEC_ID) {
                entryCodec = reader.string(child);
            } else if (child.id() == DEFAULT_DURATION) {
                defaultDuration = reader.unsigned(child);
            } else if (child.id() == VIDEO) {
                video = child;
            }
            position = child.end(Long.MAX_VALUE);
        }
        if (type == VIDEO_TRACK_TYPE && video != null) {
            codec = entryCodec == null ? "" : entryCodec;
            frameNanos = defaultDuration;
            readPixelSize(video);
        }
    }

    private void readPixelSize(Element video) throws IOException {
        for (long position = video.dataStart(); position < video.end(Long.MAX_VALUE); ) {
            Element child = requireKnown(next(position));
            if (child.id() == PIXEL_WIDTH) {
                width = (int) Math.min(Integer.MAX_VALUE, reader.unsigned(child));
            } else if (child.id() == PIXEL_HEIGHT) {
                height = (int) Math.min(Integer.MAX_VALUE, reader.unsigned(child));
            }
            position = child.end(Long.MAX_VALUE);
        }
    }

    /** Notes the latest block timestamp; returns where the next Segment child starts. */
    private long readCluster(Element cluster, long segmentEnd) throws IOException {
        long end = cluster.end(segmentEnd);
        long clusterTicks = 0;
        long position = cluster.dataStart();
        while (position < end) {
            Element child = next(position);
            if (child == null) {
                return end;
            }
            if (cluster.unknownSize() && SEGMENT_CHILDREN.contains(child.id())) {
                return position;
            }
            if (child.id() == CLUSTER_TIMECODE) {
                clusterTicks = reader.unsigned(child);
            } else if (child.id() == SIMPLE_BLOCK) {
                noteBlock(child, clusterTicks);
            } else if (child.id() == BLOCK_GROUP) {
                noteBlockGroup(child, clusterTicks);
            }
            if (child.unknownSize()) {
                return end;
            }
            position = child.end(Long.MAX_VALUE);
        }
        return end;
    }

    private void noteBlockGroup(Element group, long clusterTicks) throws IOException {
        for (long position = group.dataStart(); position < group.end(reader.fileSize()); ) {
            Element child = next(position);
            if (child == null || child.unknownSize()) {
                return;
            }
            if (child.id() == BLOCK) {
                noteBlock(child, clusterTicks);
            }
            position = child.end(Long.MAX_VALUE);
        }
    }

    /** A block starts with its track number (a variable-length integer) and a signed 16-bit relative time. */
    private void noteBlock(Element block, long clusterTicks) throws IOException {
        ByteBuffer head = reader.blockHead(block);
        if (head.remaining() < 3) {
            return;
        }
        int trackNumberLength = Integer.numberOfLeadingZeros(head.get(0) & 0xFF) - 23;
        if (trackNumberLength > 8 || head.remaining() < trackNumberLength + 2) {
            return;
        }
        lastBlockTicks = Math.max(lastBlockTicks, clusterTicks + head.getShort(trackNumberLength));
    }

    private double durationSeconds() {
        if (durationTicks > 0) {
            return durationTicks * timecodeScale / 1e9;
        }
        if (lastBlockTicks >= 0) {
            return (lastBlockTicks * (double) timecodeScale + frameNanos) / 1e9;
        }
        return 0;
    }

    private Element next(long position) throws IOException {
        if (++elementsRead > MAX_ELEMENTS) {
            return null;
        }
        return reader.elementAt(position);
    }

    private Element requireKnown(Element element) {
        if (element == null || element.unknownSize()) {
            throw Refusal.undecodable();
        }
        return element;
    }
}
