package io.vistazo.storage;

/** How an S3 service treats {@code If-None-Match: *} on a write, which decides whether a HEAD must guard it. */
enum ConditionalWrites {
    /** Answers 412 when the key is taken: the condition alone keeps an object from being replaced. */
    HONOURED,
    /** Writes anyway: a HEAD before each write is the guard, with a narrow race between two writers of one key. */
    IGNORED,
    /** Answers 501 Not Implemented: writes go without the condition, a HEAD before each. */
    REFUSED
}
