package io.vistazo.core.domain;

import java.time.Instant;

/** A stored API key: only the SHA-256 of the secret is kept. */
public record ApiKey(long id, long userId, String name, String hashHex, Instant created, boolean revoked) {
}
