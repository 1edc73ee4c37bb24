package io.vistazo.core.service;

import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.UploadCommand;

/** The checks an upload passes besides its own parameters: who it acts as, flood limits and duplicates. */
public record UploadGuards(KeyGate keys, FloodGuard flood, DuplicateGuard duplicates) {

    /** The uploader the caller already authenticated (a web session), else the user of the command's key. */
    User uploader(UploadCommand command) {
        if (command.uploader() != null) {
            return command.uploader();
        }
        return keys.admit(command.apiKey(), command.clientIp());
    }
}
