package io.vistazo.http.web;

import io.vistazo.core.domain.User;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the layout of every page needs: the visitor's language and account, the session's CSRF token (for the
 * sign-out form), the site's name, the style sheet and the page's own path (where signing in returns).
 *
 * @param signUpOpen whether anyone may make an account ({@code signup=open}): visitors are then offered to
 */
public record PageFrame(Messages messages, String siteName, Optional<User> user, String csrf, String styles,
                        String path, boolean signUpOpen) {

    /** A frame of a site where visitors are not offered to make an account. */
    public PageFrame(Messages messages, String siteName, Optional<User> user, String csrf, String styles,
                     String path) {
        this(messages, siteName, user, csrf, styles, path, false);
    }

    /** The same frame for a page whose sign-in link returns to {@code path} instead. */
    public PageFrame returningTo(String path) {
        return new PageFrame(messages, siteName, user, csrf, styles, path, signUpOpen);
    }

    /** Whether to offer this visitor to make an account: not signed in, and anyone may. */
    public boolean offerSignUp() {
        return signUpOpen && user.isEmpty();
    }

    /** The text of a key in the visitor's language. */
    public String t(String key) {
        return messages.get(key);
    }

    /** The text of a key with its placeholders filled, in the visitor's language. */
    public String format(String key, Object... args) {
        return messages.format(key, args);
    }

    public Language language() {
        return messages.language();
    }

    public boolean signedIn() {
        return user.isPresent();
    }

    public boolean admin() {
        return user.map(User::isAdmin).orElse(false);
    }

    /** The acting user: the signed-in one, else the guest. */
    public User viewer() {
        return user.orElse(User.GUEST);
    }

    /** The sign-in link, returning here afterwards. */
    public String signInHref() {
        return "/login?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    /** The language switcher's entries: each language in its own name. */
    public List<Messages> languages() {
        return Arrays.stream(Language.values()).map(Messages::of).toList();
    }
}
