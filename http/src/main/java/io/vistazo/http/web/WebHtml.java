package io.vistazo.http.web;

import io.vistazo.core.domain.User;
import io.vistazo.http.Html;

/** Fragments the web pages share: the CSRF field and the signed-in navigation. */
final class WebHtml {

    private WebHtml() {
    }

    static String csrfField(String csrf) {
        return "<input type=\"hidden\" name=\"csrf\" value=\"" + Html.escape(csrf) + "\">";
    }

    /** A POST button in its own form, carrying the CSRF token. */
    static String postButton(String action, String csrf, String label) {
        return "<form class=\"inline\" method=\"post\" action=\"" + Html.escape(action) + "\">" + csrfField(csrf)
                + "<button type=\"submit\">" + Html.escape(label) + "</button></form>";
    }

    /** The navigation of signed-in pages. */
    static String nav(User user, String csrf) {
        return "<nav class=\"site\"><a href=\"/my\">My media</a> <a href=\"/my/albums\">Albums</a> "
                + "<a href=\"/my/keys\">API keys</a> <span class=\"who\">" + Html.escape(user.name())
                + (user.isAdmin() ? " (admin)" : "") + "</span> " + postButton("/logout", csrf, "Sign out")
                + "</nav>";
    }
}
