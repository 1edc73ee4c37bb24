package io.vistazo.core.service;

import io.vistazo.core.domain.Role;
import io.vistazo.core.domain.User;
import io.vistazo.core.port.out.UserRepository;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Users and password hashes in maps. */
final class FakeUserRepository implements UserRepository {

    final Map<Long, User> rows = new TreeMap<>();
    final Map<Long, String> hashes = new HashMap<>();
    final Set<Long> disabled = new HashSet<>();

    @Override
    public User create(String name, Role role) {
        if (findByName(name).isPresent()) {
            throw new IllegalArgumentException("taken");
        }
        User user = new User(rows.size() + 1L, name, role);
        rows.put(user.id(), user);
        return user;
    }

    @Override
    public Optional<User> findById(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<User> findByName(String name) {
        return rows.values().stream().filter(user -> user.name().equals(name)).findFirst();
    }

    @Override
    public long count() {
        return rows.size();
    }

    @Override
    public List<User> list() {
        return rows.values().stream().sorted(Comparator.comparing(User::name)).toList();
    }

    @Override
    public boolean delete(long userId) {
        hashes.remove(userId);
        return rows.remove(userId) != null;
    }

    @Override
    public void setPasswordHash(long userId, String hash) {
        if (hash == null) {
            hashes.remove(userId);
        } else {
            hashes.put(userId, hash);
        }
    }

    @Override
    public Optional<String> passwordHash(long userId) {
        return Optional.ofNullable(hashes.get(userId));
    }

    @Override
    public void setRole(long userId, Role role) {
        rows.computeIfPresent(userId, (id, user) -> new User(id, user.name(), role));
    }

    @Override
    public void setDisabled(long userId, boolean disable) {
        if (disable) {
            disabled.add(userId);
        } else {
            disabled.remove(userId);
        }
    }

    @Override
    public boolean isDisabled(long userId) {
        return disabled.contains(userId);
    }
}
