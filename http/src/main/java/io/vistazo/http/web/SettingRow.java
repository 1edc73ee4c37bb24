package io.vistazo.http.web;

/**
 * One effective setting as the admin dashboard lists it; {@code app} masks secrets before they get here.
 *
 * @param value the value in effect, already masked, or "" when unset
 */
public record SettingRow(String name, String value) {
}
