package io.vistazo.core.port.out;

import io.vistazo.core.domain.Category;
import java.util.List;
import java.util.Optional;

/** Admin-managed categories. */
public interface CategoryRepository {

    boolean exists(long categoryId);

    /** @throws IllegalArgumentException when the URL key is taken */
    Category create(String name, String urlKey, String description);

    Optional<Category> findByUrlKey(String urlKey);

    /** By name. */
    List<Category> list();

    /** Deletes the category; its media stay, without a category. False when there was none. */
    boolean delete(long categoryId);

    /**
     * Stores the category's new name, URL key and description under its id.
     *
     * @throws IllegalArgumentException when the URL key is another category's
     */
    Category update(Category changed);
}
