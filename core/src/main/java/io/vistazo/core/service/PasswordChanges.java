package io.vistazo.core.service;

import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.ChangePassword;
import io.vistazo.core.port.in.PasswordWeakness;
import io.vistazo.core.port.out.SessionRepository;
import java.util.Optional;

/** A user changes their own password: current one checked, new one by {@link PasswordRule}, sessions ended. */
public final class PasswordChanges implements ChangePassword {

    private final Accounts accounts;
    private final PasswordRule rule;
    private final SessionRepository sessions;

    public PasswordChanges(Accounts accounts, PasswordRule rule, SessionRepository sessions) {
        this.accounts = accounts;
        this.rule = rule;
        this.sessions = sessions;
    }

    @Override
    public Result change(User user, String currentPassword, String newPassword) {
        Permissions.requireAccount(user);
        if (accounts.verifyPassword(user.name(), currentPassword).filter(found -> found.id() == user.id())
                .isEmpty()) {
            return new Result(Outcome.WRONG_CURRENT, Optional.empty());
        }
        Optional<PasswordWeakness> weakness = rule.weakness(user.name(), newPassword);
        if (weakness.isPresent()) {
            return new Result(Outcome.WEAK, weakness);
        }
        accounts.setPassword(user, user, newPassword);
        sessions.deleteForUser(user.id());
        return new Result(Outcome.CHANGED, Optional.empty());
    }
}
