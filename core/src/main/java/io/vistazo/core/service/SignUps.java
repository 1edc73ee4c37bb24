package io.vistazo.core.service;

import io.vistazo.core.domain.Refusal;
import io.vistazo.core.domain.Role;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.in.LimitAttempts;
import io.vistazo.core.port.in.PasswordWeakness;
import io.vistazo.core.port.in.SignUp;
import io.vistazo.core.port.out.InviteRepository;
import java.time.Clock;
import java.util.Optional;

/**
 * Sign-up by the {@code signup} setting. With invites, the invite is checked before the account is made and
 * taken after; an invite taken meanwhile by another sign-up removes the new account again, so one invite makes
 * one account.
 */
public final class SignUps implements SignUp {

    private final Mode mode;
    private final Accounts accounts;
    private final PasswordRule rule;
    private final InviteRepository invites;
    private final LimitAttempts attempts;
    private final Clock clock;

    /** @param attempts every sign-up attempt of a client counts, successful or not */
    public SignUps(Mode mode, Accounts accounts, PasswordRule rule, InviteRepository invites,
                   LimitAttempts attempts, Clock clock) {
        this.mode = mode;
        this.accounts = accounts;
        this.rule = rule;
        this.invites = invites;
        this.attempts = attempts;
        this.clock = clock;
    }

    @Override
    public Mode mode() {
        return mode;
    }

    @Override
    public boolean inviteOpen(String code) {
        return code != null && !code.isBlank()
                && invites.find(Hashes.sha256Hex(code.strip())).map(InviteRepository.StoredInvite::open)
                        .orElse(false);
    }

    @Override
    public Result signUp(String name, String password, String invite, String client) {
        if (mode == Mode.OFF) {
            return Result.of(Outcome.CLOSED);
        }
        long wait = attempts.secondsUntilAllowed(client);
        if (wait > 0) {
            return new Result(Outcome.RATE_LIMITED, Optional.empty(), Optional.empty(), wait);
        }
        attempts.recordFailure(client);
        if (mode == Mode.INVITE && !inviteOpen(invite)) {
            return Result.of(Outcome.BAD_INVITE);
        }
        String validName;
        try {
            validName = Names.userName(name);
        } catch (Refusal invalid) {
            return Result.of(Outcome.BAD_NAME);
        }
        Optional<PasswordWeakness> weakness = rule.weakness(validName, password);
        if (weakness.isPresent()) {
            return new Result(Outcome.WEAK, Optional.empty(), weakness, 0);
        }
        if (accounts.find(validName).isPresent()) {
            return Result.of(Outcome.NAME_TAKEN);
        }
        User created;
        try {
            created = accounts.create(User.CONSOLE, validName, Role.USER, password);
        } catch (Refusal taken) {
            return Result.of(Outcome.NAME_TAKEN);
        }
        if (mode == Mode.INVITE && !invites.use(Hashes.sha256Hex(invite.strip()), created.id(), clock.instant())) {
            accounts.remove(User.CONSOLE, created.name(), false);
            return Result.of(Outcome.BAD_INVITE);
        }
        return new Result(Outcome.CREATED, Optional.of(created), Optional.empty(), 0);
    }
}
