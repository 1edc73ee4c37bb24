package io.vistazo.core.domain;

/**
 * One page of a listing.
 *
 * @param number 1 for the first page
 * @param size rows per page, 1 to {@value #MAX_SIZE}
 */
public record Page(int number, int size) {

    public static final int MAX_SIZE = 100;

    public Page {
        if (number < 1) {
            throw Refusal.invalidValue("Page numbers start at 1");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw Refusal.invalidValue("Page size must be 1 to " + MAX_SIZE);
        }
    }

    public static Page first(int size) {
        return new Page(1, size);
    }

    public long offset() {
        return (long) (number - 1) * size;
    }
}
