package io.vistazo.http.web;

import io.vistazo.core.port.in.ChangePassword;

/**
 * The use cases behind the account pages: changing one's password.
 *
 * @param passwords changes a signed-in user's own password
 */
public record AccountServices(ChangePassword passwords) {
}
