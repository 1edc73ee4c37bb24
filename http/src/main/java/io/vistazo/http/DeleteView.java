package io.vistazo.http;

/**
 * The page of a delete link ({@code delete.jte}): the question before deleting, or the answer after.
 *
 * @param kind {@code image} or {@code video}
 * @param thumb the thumb shown with the question
 * @param action where the form posts (the link itself)
 * @param deleted whether this is the answer after deleting
 */
public record DeleteView(String kind, String title, String thumb, String action, boolean deleted) {
}
