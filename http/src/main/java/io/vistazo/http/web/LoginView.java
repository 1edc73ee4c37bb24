package io.vistazo.http.web;

/**
 * The sign-in form.
 *
 * @param csrf the session's token for the form
 * @param next where to go once signed in
 * @param wrongPassword whether the last attempt failed
 * @param name the name typed last, or empty
 */
public record LoginView(String csrf, String next, boolean wrongPassword, String name) {
}
