package io.vistazo.http.web;

import io.vistazo.http.Html;

/** The sign-in form. */
final class LoginPage {

    private LoginPage() {
    }

    /** @param error shown above the form, or null */
    static String render(String csrf, String next, String error, String name) {
        String body = "<h1>Sign in</h1>"
                + (error == null ? "" : "<p class=\"error\" role=\"alert\">" + Html.escape(error) + "</p>")
                + "<form method=\"post\" action=\"/login\">"
                + WebHtml.csrfField(csrf)
                + "<input type=\"hidden\" name=\"next\" value=\"" + Html.escape(next) + "\">"
                + "<label for=\"name\">Name</label><input id=\"name\" name=\"name\" autocomplete=\"username\" "
                + "required value=\"" + Html.escape(name) + "\">"
                + "<label for=\"password\">Password</label><input id=\"password\" name=\"password\" "
                + "type=\"password\" autocomplete=\"current-password\" required>"
                + "<p><button type=\"submit\">Sign in</button></p></form>";
        return Html.page("Sign in", "", body);
    }
}
