package io.vistazo.core.port.in;

/**
 * What someone asked to change about a media, as typed; a null field stays as it is. {@link EditMedia} validates.
 *
 * @param title blank removes it
 * @param tags comma-separated (chevereto-compat.md §3.14); blank removes them all
 * @param album an encoded album id; blank takes the media out of its album
 * @param category a category id; blank removes it
 * @param expiration seconds or an ISO-8601 duration from now (chevereto-compat.md §3.16); blank or {@code never}
 *                   removes it
 */
public record MediaChanges(String title, String description, String tags, String album, String category,
                           Boolean nsfw, String expiration) {

    /** Nothing changes. */
    public static MediaChanges none() {
        return new MediaChanges(null, null, null, null, null, null, null);
    }
}
