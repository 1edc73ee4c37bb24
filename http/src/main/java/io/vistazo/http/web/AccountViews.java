package io.vistazo.http.web;

import java.util.List;

/** The views of the sign-up, invites and client setup pages. */
public final class AccountViews {

    private AccountViews() {
    }

    /**
     * The sign-up form ({@code signup.jte}).
     *
     * @param invite the invite code carried by the form, or empty
     * @param needsInvite whether sign-up needs an invite and the visitor has no open one: no form then
     * @param name the name typed last, or empty
     * @param refusal the message key of why the last attempt was refused, or null
     */
    public record SignUpForm(String csrf, String invite, boolean needsInvite, String name, String refusal) {
    }

    /**
     * The admins' invites page ({@code invites.jte}).
     *
     * @param issuedLink the link of the invite just made, shown this once, or null
     */
    public record InviteList(String csrf, List<InviteRow> invites, String issuedLink) {
    }

    /**
     * One invite as listed.
     *
     * @param state the message key of its state (open, used, revoked)
     * @param usedBy the account made with it, or empty
     */
    public record InviteRow(String id, String created, String createdBy, String state, String usedBy,
                            boolean open) {
    }

    /**
     * The client setup page ({@code myClients.jte}); every field but the token is null until a key was just
     * made, and shown this once.
     *
     * @param keyName the new key's name
     * @param key the new plain key
     * @param uploadUrl the site's {@code /api/1/upload} URL, PicGo's Chevereto plugin's {@code url}
     * @param cheveretoHost imgbb-uploader's {@code cheveretoHost}: the site's scheme, host and port
     * @param picgo the PicGo-Core configuration ({@code ~/.picgo/config.json}) with the Chevereto plugin, as JSON
     * @param curl a curl line uploading with the key
     * @param sharex the ShareX custom uploader, as JSON
     */
    public record ClientSetup(String csrf, String keyName, String key, String uploadUrl, String cheveretoHost,
                              String picgo, String curl, String sharex) {
    }
}
