package io.vistazo.http.web;

import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.ManageKeys;
import io.vistazo.http.Html;
import java.util.List;

/** The API keys page: a new key shown once, the list (masked) with revoke buttons, and the form for a new key. */
final class MyKeysPage {

    private MyKeysPage() {
    }

    /** @param issued the key just created, shown this once, or null */
    static String render(User user, String csrf, List<ManageKeys.KeyView> list, ManageKeys.IssuedKey issued) {
        StringBuilder body = new StringBuilder(WebHtml.nav(user, csrf)).append("<h1>API keys</h1>");
        if (issued != null) {
            body.append("<section class=\"notice\" role=\"status\"><h2>New key “")
                    .append(Html.escape(issued.view().name())).append("”</h2>")
                    .append("<p>Copy it now: it is shown only this once.</p>")
                    .append("<input id=\"new-key\" readonly value=\"").append(Html.escape(issued.key()))
                    .append("\" aria-label=\"New API key\"></section>");
        }
        body.append(list.isEmpty() ? "<p class=\"empty\">No keys yet.</p>" : table(list, csrf));
        body.append("<section><h2>New key</h2><form method=\"post\" action=\"/my/keys\">")
                .append(WebHtml.csrfField(csrf))
                .append("<label for=\"key-name\">Name (e.g. ShareX laptop)</label>")
                .append("<input id=\"key-name\" name=\"name\" maxlength=\"64\">")
                .append("<p><button type=\"submit\">Create key</button></p></form></section>");
        return Html.page("API keys", "", body.toString());
    }

    private static String table(List<ManageKeys.KeyView> list, String csrf) {
        StringBuilder html = new StringBuilder("<table class=\"keys\"><thead><tr><th>Key</th><th>Name</th>"
                + "<th>Created (UTC)</th><th>State</th><th></th></tr></thead><tbody>");
        for (ManageKeys.KeyView key : list) {
            html.append("<tr><td><code>").append(Html.escape(key.masked())).append("</code></td><td>")
                    .append(Html.escape(key.name())).append("</td><td>").append(Html.escape(key.created().toString()))
                    .append("</td><td>").append(key.revoked() ? "revoked" : "active").append("</td><td>")
                    .append(key.revoked() ? "" : revokeForm(key, csrf)).append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private static String revokeForm(ManageKeys.KeyView key, String csrf) {
        return "<form class=\"inline\" method=\"post\" action=\"/my/keys/revoke\">" + WebHtml.csrfField(csrf)
                + "<input type=\"hidden\" name=\"key\" value=\"" + Html.escape(key.masked()) + "\">"
                + "<button type=\"submit\">Revoke</button></form>";
    }
}
