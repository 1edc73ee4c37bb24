package io.vistazo.core.port.out;

/** Admin-managed categories, as far as uploads need them. */
public interface CategoryRepository {

    boolean exists(long categoryId);
}
