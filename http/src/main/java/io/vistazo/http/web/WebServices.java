package io.vistazo.http.web;

import io.vistazo.core.service.Accounts;
import io.vistazo.core.service.Albums;
import io.vistazo.core.service.AttemptLimiter;
import io.vistazo.core.service.Categories;
import io.vistazo.core.service.Keys;
import io.vistazo.core.service.MediaEditor;
import io.vistazo.core.service.MediaLinks;
import io.vistazo.core.service.MediaListing;

/**
 * The use cases behind the web pages. Each one takes the acting user and enforces ownership itself.
 *
 * @param loginFailures failed sign-ins per client address
 */
public record WebServices(CookieSessions sessions, Accounts accounts, AttemptLimiter loginFailures, Keys keys,
                          Albums albums, Categories categories, MediaListing listing, MediaEditor editor,
                          MediaLinks links) {
}
