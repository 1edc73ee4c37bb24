/**
 * Sniffing, probing and rendering of uploaded images and videos (ImageIO, imgscalr, JCodec, libheif's tool).
 * See docs/ARCHITECTURE.md.
 */
module io.vistazo.media {
    requires transitive io.vistazo.core;
    requires java.desktop;
    // xmpcore, pulled in by metadata-extractor, needs java.xml, and automatic modules cannot say so.
    requires java.xml;
    // Filename-derived automatic module names; keep them confined to this module.
    requires imgscalr.lib;
    requires metadata.extractor;
    // JCodec's core jar only, for video probing and frames; jcodec-javase splits its packages and is banned.
    requires jcodec;
    // TwelveMonkeys' WebP ImageReaderSpi (Automatic-Module-Name in its manifest; its META-INF/services entry is
    // honoured on the module path). No code uses it directly: the requires keeps it, and with it the other
    // TwelveMonkeys automatic modules, in the module graph of every launch.
    requires com.twelvemonkeys.imageio.webp;
    // TwelveMonkeys' JPEG reader (CMYK, YCCK, ICC profiles): its provider orders itself before the JDK's, and
    // ReaderSession takes the first reader ImageIO offers.
    requires com.twelvemonkeys.imageio.jpeg;

    exports io.vistazo.media;
    exports io.vistazo.media.video;
}
