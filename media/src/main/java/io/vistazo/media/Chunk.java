package io.vistazo.media;

/**
 * One chunk of a PNG or WebP file: where its data lies in the source and, for the metadata chunks that may be
 * edited, the data itself. Chunks without loaded data are copied from the source when the file is rewritten.
 *
 * @param start where the chunk's header starts in the source
 * @param data the chunk's data, or null when it was not loaded (pixels, or metadata too large to be a fact)
 */
record Chunk(String type, long start, long length, byte[] data) {

    /** The same chunk with new data, to be written rather than copied. */
    Chunk with(byte[] newData) {
        return new Chunk(type, start, newData.length, newData);
    }

    boolean loaded() {
        return data != null;
    }
}
