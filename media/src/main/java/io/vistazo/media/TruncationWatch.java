package io.vistazo.media;

import java.util.Locale;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;

/**
 * Notices the warnings by which ImageIO admits it padded a cut-off file (the JPEG reader paints the missing
 * part grey and reports "Truncated File - Missing EOI marker" or libjpeg's "premature end of data segment"
 * instead of failing). Other warnings, such as an invalid colour profile, leave a usable picture and are ignored.
 */
final class TruncationWatch implements IIOReadWarningListener {

    private boolean truncated;

    @Override
    public void warningOccurred(ImageReader source, String warning) {
        String text = warning == null ? "" : warning.toLowerCase(Locale.ROOT);
        if (text.contains("truncated") || text.contains("premature end") || text.contains("missing eoi")) {
            truncated = true;
        }
    }

    boolean truncated() {
        return truncated;
    }
}
