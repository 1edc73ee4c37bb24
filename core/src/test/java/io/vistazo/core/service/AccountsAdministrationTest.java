package io.vistazo.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.Role;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.ManageAccounts.AccountView;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** What the admin pages do to accounts: search, roles, password resets, disabling; admins only. */
class AccountsAdministrationTest {

    private final FakeUserRepository users = new FakeUserRepository();
    private final Accounts accounts = new Accounts(users,
            new DeleteMediaService(new FakeMediaRepository(), new FakeBlobStore()),
            new PasswordHasher(1_000, new SecureRandom()));

    @Test
    void searchFindsNamesContainingTheTextInAnyCaseOnePageAtATime() {
        for (String name : new String[] {"anabel", "bob", "diana", "joana", "mariana"}) {
            accounts.create(User.CONSOLE, name, Role.USER, null);
        }
        assertThat(accounts.search(User.CONSOLE, " ANA", 0, 10)).extracting(view -> view.user().name())
                .containsExactly("anabel", "diana", "joana", "mariana");
        assertThat(accounts.search(User.CONSOLE, "ana", 1, 2)).extracting(view -> view.user().name())
                .containsExactly("diana", "joana");
        assertThat(accounts.search(User.CONSOLE, "", 0, 10)).hasSize(5);
        User bob = accounts.require("bob");
        assertThatThrownBy(() -> accounts.search(bob, "", 0, 10)).isInstanceOf(Refusal.class);
    }

    @Test
    void rolesChangeButTheLastAdminStays() {
        User root = accounts.create(User.CONSOLE, "root", Role.ADMIN, null);
        accounts.create(User.CONSOLE, "ana", Role.USER, null);

        assertThatThrownBy(() -> accounts.changeRole(root, "root", Role.USER))
                .hasMessage("Cannot demote the last admin");
        assertThat(accounts.changeRole(root, "ana", Role.ADMIN).role()).isEqualTo(Role.ADMIN);
        assertThat(accounts.require("ana").isAdmin()).isTrue();
        assertThat(accounts.changeRole(root, "root", Role.USER).role()).isEqualTo(Role.USER);
        assertThatThrownBy(() -> accounts.changeRole(accounts.require("root"), "ana", Role.USER))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> accounts.changeRole(User.CONSOLE, "ana", Role.GUEST))
                .hasMessage("A user's role is admin or user");
    }

    @Test
    void aResetPasswordIsNewRandomAndSignsIn() {
        accounts.create(User.CONSOLE, "ana", Role.USER, "ana's old password");
        String first = accounts.resetPassword(User.CONSOLE, "ana");
        String second = accounts.resetPassword(User.CONSOLE, "ana");

        assertThat(first).hasSize(16).matches("[A-Za-z0-9]+").isNotEqualTo(second);
        assertThat(accounts.verifyPassword("ana", "ana's old password")).isEmpty();
        assertThat(accounts.verifyPassword("ana", first)).isEmpty();
        assertThat(accounts.verifyPassword("ana", second)).isPresent();
        User ana = accounts.require("ana");
        assertThatThrownBy(() -> accounts.resetPassword(ana, "ana")).isInstanceOf(Refusal.class);
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAndTheLastAdminStaysEnabled() {
        User root = accounts.create(User.CONSOLE, "root", Role.ADMIN, null);
        accounts.create(User.CONSOLE, "ana", Role.USER, "ana's long password");

        accounts.setDisabled(root, "ana", true);
        assertThat(accounts.verifyPassword("ana", "ana's long password")).isEmpty();
        assertThat(accounts.search(root, "ana", 0, 1)).extracting(AccountView::disabled).containsExactly(true);
        accounts.setDisabled(root, "ana", false);
        assertThat(accounts.verifyPassword("ana", "ana's long password")).isPresent();

        assertThatThrownBy(() -> accounts.setDisabled(root, "root", true))
                .hasMessage("Cannot disable the last admin");
        accounts.changeRole(root, "ana", Role.ADMIN);
        accounts.setDisabled(root, "ana", true);
        assertThatThrownBy(() -> accounts.remove(root, "root", false)).as("ana is an admin, but disabled")
                .hasMessage("Cannot remove the last admin");
    }
}
