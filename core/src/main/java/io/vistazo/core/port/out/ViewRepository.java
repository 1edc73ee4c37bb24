package io.vistazo.core.port.out;

import java.time.LocalDate;

/** Who has seen which media on which day, to count each visitor once per day. */
public interface ViewRepository {

    /**
     * Notes that {@code visitor} saw the media on {@code day} and, the first time only, adds one to its
     * {@code views}, atomically.
     *
     * @return whether this visit counted; false for a repeat visit or a media that no longer exists
     */
    boolean record(long mediaId, String visitor, LocalDate day);

    /** Forgets the visits of every day before {@code day}; returns how many were forgotten. */
    int forgetBefore(LocalDate day);
}
