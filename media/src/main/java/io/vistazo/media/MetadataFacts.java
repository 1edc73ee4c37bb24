package io.vistazo.media;

import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.StringValue;
import com.drew.metadata.Tag;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import io.vistazo.core.domain.MediaMetadata;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the upload use case wants from metadata-extractor's reading of a file: title, description (UTF-8, from
 * XMP, then IPTC, then EXIF), {@code original_exifdata}, 360 projection and capture date.
 */
final class MetadataFacts {

    private static final DateTimeFormatter EXIF_DATE = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss",
            Locale.ROOT);
    /** Longer values are binary blobs (padding, print settings) rendered as text, not facts. */
    private static final int MAX_JSON_VALUE_LENGTH = 1000;

    private MetadataFacts() {
    }

    static MediaMetadata of(Metadata metadata, ExifPolicy policy) {
        Map<String, String> xmp = xmpProperties(metadata);
        return new MediaMetadata(
                firstPresent(xmpText(xmp, "dc:title"), iptc(metadata, IptcDirectory.TAG_OBJECT_NAME),
                        exif0(metadata, ExifDirectoryBase.TAG_WIN_TITLE, Directory::getDescription)),
                firstPresent(xmpText(xmp, "dc:description"), iptc(metadata, IptcDirectory.TAG_CAPTION),
                        exif0(metadata, ExifDirectoryBase.TAG_IMAGE_DESCRIPTION, MetadataFacts::utf8OrLatin1)),
                exifJson(metadata, policy),
                isEquirectangular(xmp),
                takenAt(metadata).orElse(null),
                takenOffset(metadata).orElse(null));
    }

    private static Map<String, String> xmpProperties(Metadata metadata) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (XmpDirectory directory : metadata.getDirectoriesOfType(XmpDirectory.class)) {
            directory.getXmpProperties().forEach(properties::putIfAbsent);
        }
        return properties;
    }

    /** A language alternative's first entry ({@code dc:title[1]}), which XMP writers make the default. */
    private static Optional<String> xmpText(Map<String, String> xmp, String property) {
        return Optional.ofNullable(xmp.get(property + "[1]")).or(() -> Optional.ofNullable(xmp.get(property)));
    }

    private static boolean isEquirectangular(Map<String, String> xmp) {
        return xmp.entrySet().stream().anyMatch(property -> property.getKey().endsWith(":ProjectionType")
                && "equirectangular".equalsIgnoreCase(property.getValue().strip()));
    }

    private static Optional<String> iptc(Metadata metadata, int tag) {
        return metadata.getDirectoriesOfType(IptcDirectory.class).stream()
                .map(directory -> directory.getString(tag)).filter(MetadataFacts::hasText).findFirst();
    }

    private static Optional<String> exif0(Metadata metadata, int tag, ValueReader reader) {
        return metadata.getDirectoriesOfType(ExifIFD0Directory.class).stream()
                .filter(directory -> directory.containsTag(tag))
                .map(directory -> reader.read(directory, tag)).filter(MetadataFacts::hasText).findFirst();
    }

    /** Reads one tag of a directory as text. */
    @FunctionalInterface
    private interface ValueReader {
        String read(Directory directory, int tag);
    }

    /** EXIF says ASCII, cameras and phones write UTF-8, old Windows tools Latin-1: accept what decodes. */
    private static String utf8OrLatin1(Directory directory, int tag) {
        StringValue value = directory.getStringValue(tag);
        if (value == null) {
            return directory.getString(tag);
        }
        byte[] bytes = value.getBytes();
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /** The first candidate with text: XMP, then IPTC, then EXIF. */
    private static String firstPresent(Optional<String> xmp, Optional<String> iptc, Optional<String> exif) {
        return Stream.of(xmp, iptc, exif).flatMap(Optional::stream).map(MetadataFacts::clean)
                .filter(MetadataFacts::hasText).findFirst().orElse(null);
    }

    /** Drops NULs and other control characters (but not line breaks) that fixed-size fields carry. */
    private static String clean(String text) {
        return text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static Optional<LocalDateTime> takenAt(Metadata metadata) {
        return subIfdString(metadata, ExifDirectoryBase.TAG_DATETIME_ORIGINAL).flatMap(text -> {
            try {
                return Optional.of(LocalDateTime.parse(text.strip(), EXIF_DATE));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<ZoneOffset> takenOffset(Metadata metadata) {
        return subIfdString(metadata, ExifDirectoryBase.TAG_TIME_ZONE_ORIGINAL).flatMap(text -> {
            try {
                return Optional.of(ZoneOffset.of(text.strip()));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<String> subIfdString(Metadata metadata, int tag) {
        return metadata.getDirectoriesOfType(ExifSubIFDDirectory.class).stream()
                .map(directory -> directory.getString(tag)).filter(MetadataFacts::hasText).findFirst();
    }

    /** The EXIF tags by name, without the maker note, and without GPS unless the policy keeps everything. */
    private static String exifJson(Metadata metadata, ExifPolicy policy) {
        if (policy == ExifPolicy.STRIP_ALL) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        List<Class<? extends Directory>> kinds = policy == ExifPolicy.KEEP_ALL
                ? List.of(ExifIFD0Directory.class, ExifSubIFDDirectory.class, GpsDirectory.class)
                : List.of(ExifIFD0Directory.class, ExifSubIFDDirectory.class);
        for (Class<? extends Directory> kind : kinds) {
            for (Directory directory : metadata.getDirectoriesOfType(kind)) {
                addTags(directory, fields);
            }
        }
        return fields.isEmpty() ? null : ExifJson.write(fields);
    }

    private static void addTags(Directory directory, Map<String, String> fields) {
        for (Tag tag : directory.getTags()) {
            if (tag.getTagType() == ExifDirectoryBase.TAG_MAKERNOTE) {
                continue;
            }
            String value = describe(tag, directory);
            if (hasText(value) && value.length() <= MAX_JSON_VALUE_LENGTH) {
                fields.putIfAbsent(jsonName(tag.getTagName()), clean(value));
            }
        }
    }

    private static String describe(Tag tag, Directory directory) {
        try {
            return tag.getDescription();
        } catch (RuntimeException e) {
            // A descriptor may trip over a malformed value; the raw text will do.
            return directory.getString(tag.getTagType());
        }
    }

    /** {@code Date/Time Original} becomes {@code DateTimeOriginal}, as PHP names EXIF tags. */
    static String jsonName(String tagName) {
        StringBuilder name = new StringBuilder();
        for (String word : tagName.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
        }
        return name.toString();
    }
}
