package io.vistazo.core.port.out;

import io.vistazo.core.domain.Role;
import io.vistazo.core.domain.User;
import java.util.Optional;

/** Accounts. */
public interface UserRepository {

    User create(String name, Role role);

    Optional<User> findById(long id);

    Optional<User> findByName(String name);

    long count();
}
