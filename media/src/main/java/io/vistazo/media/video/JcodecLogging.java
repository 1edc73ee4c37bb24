package io.vistazo.media.video;

import org.jcodec.common.logging.LogSink;
import org.jcodec.common.logging.Logger;
import org.jcodec.common.logging.Message;

/**
 * JCodec prints to standard output unless a sink is registered before its first message, and hostile files make
 * it talk ("Broken atom…"). Its messages go to the platform logger {@code org.jcodec} at debug level instead.
 */
final class JcodecLogging {

    private static final System.Logger LOG = System.getLogger("org.jcodec");
    private static boolean installed;

    private JcodecLogging() {
    }

    static synchronized void install() {
        if (!installed) {
            Logger.addSink(new DebugSink());
            installed = true;
        }
    }

    private static final class DebugSink implements LogSink {
        @Override
        public void postMessage(Message message) {
            LOG.log(System.Logger.Level.DEBUG, () -> message.getLevel() + " " + message.getClassName() + ": "
                    + message.getMessage());
        }
    }
}
