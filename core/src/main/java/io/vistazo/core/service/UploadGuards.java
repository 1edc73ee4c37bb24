package io.vistazo.core.service;

/** The checks an upload passes besides its own parameters: who it acts as, flood limits and duplicates. */
public record UploadGuards(KeyGate keys, FloodGuard flood, DuplicateGuard duplicates) {
}
