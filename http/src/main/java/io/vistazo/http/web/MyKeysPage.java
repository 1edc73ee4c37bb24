package io.vistazo.http.web;

import io.vistazo.core.port.in.ManageKeys;
import java.util.List;

/** The API keys page ({@code myKeys.jte}): a new key shown once, the list (masked) with revoke buttons, a form. */
final class MyKeysPage {

    private MyKeysPage() {
    }

    /** @param issued the key just created, shown this once, or null */
    static MyViews.KeyList view(String csrf, List<ManageKeys.KeyView> list, ManageKeys.IssuedKey issued) {
        return new MyViews.KeyList(csrf, list.stream().map(key -> new MyViews.KeyRow(key.masked(), key.name(),
                key.created().toString(), key.revoked())).toList(), issued == null ? null : issued.view().name(),
                issued == null ? null : issued.key());
    }
}
