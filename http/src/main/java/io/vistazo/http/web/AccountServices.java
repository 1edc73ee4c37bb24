package io.vistazo.http.web;

import io.vistazo.core.port.in.ChangePassword;
import io.vistazo.core.port.in.ManageInvites;
import io.vistazo.core.port.in.SignUp;

/**
 * The use cases behind the account pages.
 *
 * @param passwords changes a signed-in user's own password
 * @param signUp visitors' own accounts, by the {@code signup} setting
 * @param invites the admins' one-use sign-up invites
 */
public record AccountServices(ChangePassword passwords, SignUp signUp, ManageInvites invites) {
}
