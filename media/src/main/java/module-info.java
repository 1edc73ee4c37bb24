/** Sniffing, probing and rendering of uploaded images with ImageIO and imgscalr. */
module io.vistazo.media {
    requires transitive io.vistazo.core;
    requires java.desktop;
    // xmpcore, pulled in by metadata-extractor, needs java.xml, and automatic modules cannot say so.
    requires java.xml;
    // Filename-derived automatic module names; keep them confined to this module.
    requires imgscalr.lib;
    requires metadata.extractor;

    exports io.vistazo.media;
}
