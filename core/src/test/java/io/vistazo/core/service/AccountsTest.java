package io.vistazo.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.Role;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.out.ForeignHashes;
import io.vistazo.core.testing.TestMedia;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class AccountsTest {

    private final FakeUserRepository users = new FakeUserRepository();
    private final FakeMediaRepository media = new FakeMediaRepository();
    // Few iterations keep the test fast; PasswordHasherTest checks the production cost.
    private final Accounts accounts = new Accounts(users, new DeleteMediaService(media, new FakeBlobStore()),
            new PasswordHasher(1_000, new SecureRandom()));

    @Test
    void passwordsVerifyForTheirOwnUserOnly() {
        User ana = accounts.create(User.CONSOLE, "ana", Role.USER, "ana's long password");
        accounts.create(User.CONSOLE, "bob", Role.USER, "bob's long password");
        accounts.create(User.CONSOLE, "keys-only", Role.USER, null);

        assertThat(accounts.verifyPassword("ana", "ana's long password")).contains(ana);
        assertThat(accounts.verifyPassword("ana", "bob's long password")).isEmpty();
        assertThat(accounts.verifyPassword("nobody", "ana's long password")).isEmpty();
        assertThat(accounts.verifyPassword("keys-only", "")).isEmpty();
        assertThat(accounts.verifyPassword("ana", null)).isEmpty();
        assertThat(users.hashes.get(ana.id())).startsWith("pbkdf2-sha256$").doesNotContain("password");
    }

    @Test
    void anImportedForeignHashSignsInOnceThenOursReplacesIt() {
        ForeignHashes plain = new ForeignHashes() {
            @Override
            public boolean recognizes(String hash) {
                return hash != null && hash.startsWith("plain:");
            }

            @Override
            public boolean matches(String secret, String hash) {
                return hash.equals("plain:" + secret);
            }
        };
        Accounts withImports = new Accounts(users, new DeleteMediaService(media, new FakeBlobStore()),
                new PasswordHasher(1_000, new SecureRandom()), plain);
        User old = withImports.create(User.CONSOLE, "old", Role.USER, null);
        users.setPasswordHash(old.id(), "plain:old secret");

        assertThat(withImports.verifyPassword("old", "wrong secret")).isEmpty();
        assertThat(users.hashes.get(old.id())).isEqualTo("plain:old secret");
        assertThat(withImports.verifyPassword("old", "old secret")).contains(old);
        assertThat(users.hashes.get(old.id())).startsWith("pbkdf2-sha256$");
        assertThat(withImports.verifyPassword("old", "old secret")).contains(old);
        assertThat(accounts.verifyPassword("old", "old secret")).as("our hash needs no foreign check").contains(old);
    }

    @Test
    void onlyAdminsManageAccounts() {
        User ana = accounts.create(User.CONSOLE, "ana", Role.USER, null);

        assertThatThrownBy(() -> accounts.create(ana, "eve", Role.ADMIN, null)).isInstanceOf(Refusal.class)
                .hasMessage("Only admins may create users");
        assertThatThrownBy(() -> accounts.list(ana)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> accounts.remove(ana, "ana", false)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> accounts.setPassword(ana, User.CONSOLE, "whatever-long")).isInstanceOf(
                Refusal.class);
        accounts.setPassword(ana, ana, "my own password");
        assertThat(accounts.verifyPassword("ana", "my own password")).contains(ana);
    }

    @Test
    void namesRolesAndPasswordsFollowTheRules() {
        accounts.create(User.CONSOLE, "ana", Role.USER, null);

        assertThatThrownBy(() -> accounts.create(User.CONSOLE, "ana", Role.USER, null))
                .hasMessage("User name already taken: ana");
        assertThatThrownBy(() -> accounts.create(User.CONSOLE, "a b", Role.USER, null))
                .hasMessageContaining("User names are");
        assertThatThrownBy(() -> accounts.create(User.CONSOLE, "x".repeat(33), Role.USER, null))
                .hasMessageContaining("User names are");
        assertThatThrownBy(() -> accounts.create(User.CONSOLE, "guest2", Role.GUEST, null))
                .hasMessageContaining("role");
        assertThatThrownBy(() -> accounts.create(User.CONSOLE, "short", Role.USER, "1234567"))
                .hasMessageContaining("Passwords must be 8");
        assertThat(users.findByName("short")).isEmpty();
    }

    @Test
    void theLastAdminStaysAndRemovingAUserKeepsOrDeletesTheirMedia() {
        User root = accounts.create(User.CONSOLE, "root", Role.ADMIN, null);
        User ana = accounts.create(User.CONSOLE, "ana", Role.USER, null);
        User bob = accounts.create(User.CONSOLE, "bob", Role.USER, null);
        media.add(TestMedia.aPngWithThumbAndMedium().id(1).storageKey("k/a.png").userId(ana.id()).build());
        media.add(TestMedia.aPngWithThumbAndMedium().id(2).storageKey("k/b.png").userId(bob.id()).build());

        assertThatThrownBy(() -> accounts.remove(User.CONSOLE, "root", false))
                .hasMessage("Cannot remove the last admin");
        assertThat(accounts.remove(root, "ana", true)).isEqualTo(1);
        assertThat(accounts.remove(root, "bob", false)).isZero();

        assertThat(users.list()).containsExactly(root);
        assertThat(media.rows.keySet()).containsExactly(2L);
        assertThatThrownBy(() -> accounts.remove(root, "ana", false)).hasMessage("User ana not found");
    }
}
