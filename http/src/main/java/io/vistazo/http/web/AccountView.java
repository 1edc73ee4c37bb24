package io.vistazo.http.web;

/**
 * The account page ({@code myAccount.jte}): the password form, with the outcome of the last change.
 *
 * @param csrf the session's token for the form
 * @param refusal the message key of why the last change was refused, or null
 * @param changed whether the password was just changed
 */
public record AccountView(String csrf, String refusal, boolean changed) {
}
