package io.vistazo.core.service;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.ManageInvites;
import io.vistazo.core.port.out.InviteRepository;
import io.vistazo.core.port.out.InviteRepository.StoredInvite;
import io.vistazo.core.port.out.UserRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

/** One-use sign-up invites: admins only; a code is 256 random bits, stored as its SHA-256. */
public final class Invites implements ManageInvites {

    private final InviteRepository invites;
    private final UserRepository users;
    private final Clock clock;
    private final SecureRandom random;

    public Invites(InviteRepository invites, UserRepository users, Clock clock, SecureRandom random) {
        this.invites = invites;
        this.users = users;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public IssuedInvite create(User actor) {
        Permissions.requireAdmin(actor, "create invites");
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = Hashes.sha256Hex(code);
        invites.create(hash, actor.id(), clock.instant());
        return new IssuedInvite(code, view(invites.find(hash).orElseThrow()));
    }

    @Override
    public List<InviteView> list(User actor) {
        Permissions.requireAdmin(actor, "list invites");
        return invites.list().stream().map(this::view).toList();
    }

    @Override
    public void revoke(User actor, String id) {
        Permissions.requireAdmin(actor, "revoke invites");
        if (id == null || !invites.revoke(id.strip(), clock.instant())) {
            throw Refusal.notFound("Open invite");
        }
    }

    private InviteView view(StoredInvite invite) {
        return new InviteView(invite.codeHash(), invite.createdAt(), nameOf(invite.createdBy()),
                nameOf(invite.usedBy()), invite.usedAt(), invite.revokedAt() != null);
    }

    private String nameOf(Long userId) {
        return userId == null ? null : users.findById(userId).map(User::name).orElse(null);
    }
}
